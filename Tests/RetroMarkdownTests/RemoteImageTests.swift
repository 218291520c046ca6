import Testing

@testable import RetroMarkdown

/// The page loads nothing from elsewhere: remote images become links, local ones stay images.
@Suite struct RemoteImageTests {
    @Test(arguments: [
        ("![graph](https://grafana.example.com/x.png)", "<a href=\"https://grafana.example.com/x.png\">graph</a>"),
        ("![pixel](//tracker.example.com/p.gif \"t\")", "<a href=\"//tracker.example.com/p.gif\" title=\"t\">pixel</a>"),
        ("![chart](assets/error-ratio.svg)", "<img src=\"assets/error-ratio.svg\" alt=\"chart\" />"),
    ])
    func remoteImagesBecomeLinks(markdown: String, expected: String) {
        let html = CMark.renderHTML(markdown)
        #expect(html.contains(expected), "\(html)")
        if !expected.hasPrefix("<img") { #expect(!html.contains("<img"), "\(html)") }
    }

    @Test(arguments: [
        ("https://a.example/x.png", true), ("HTTP://a/x", true), ("//cdn/x", true), ("ftp://a/b", true),
        ("data:image/png;base64,AAAA", false), ("assets/chart.svg", false), ("a/b:c.png", false), ("x.png", false),
    ])
    func classifiesURLs(url: String, remote: Bool) {
        #expect(CMark.isRemote(url) == remote)
    }
}
