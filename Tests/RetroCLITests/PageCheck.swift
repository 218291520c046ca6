import Foundation

/// Measures a generated page the way a reader sees it: in headless Chromium at a phone's and a
/// desktop's width, and as printed.
///
/// Headless Chromium lays a page out at least 500 px wide whatever `--window-size` says, and it
/// cannot switch to print media without a debugging client. So the page is measured inside an
/// iframe of the exact width, and "print" is measured with the stylesheet's print rules turned on
/// for the screen at the printable width of an A4 page. The copies that are measured drop the
/// page's Content-Security-Policy and carries a measuring script; the real page never does.
enum PageCheck {
    /// Text smaller than this, in CSS px as rendered (SVG text scaled with its chart), is unreadable.
    static let minimumTextPx = 10.0
    /// A4 (210 mm) less the print stylesheet's 14 mm margins, at 96 px per inch.
    static let printWidth = Int((210.0 - 28.0) / 25.4 * 96)

    struct Measurement: Decodable {
        struct Text: Decodable { var el: String; var px: Double; var text: String }
        struct Box: Decodable { var el: String; var left: Double; var right: Double; var text: String }
        struct Table: Decodable { var headers: [String]; var visibleHeaders: Int; var scrolls: Bool }
        var width: Double
        var scrollWidth: Double
        var small: [Text]
        var overflow: [Box]
        var tables: [Table]
        /// Body cells with text but no column label: a phone shows them as bare values.
        var unlabelled: Int
        /// Links out of the page whose `::after` shows their target (the print rule).
        var linkTargets: Int
        var fishboneList: Bool
    }

    /// One way of laying the page out: a width in CSS px, for the screen or with the print rules.
    struct Layout: Hashable {
        var width: Int
        var print: Bool
    }

    /// Lays `html` out in each of `layouts` (one Chromium run, an iframe each) and measures it.
    static func measure(_ html: String, _ layouts: [Layout], chromium: String, in dir: URL) throws -> [Layout: Measurement] {
        let bare = html.replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy"[^>]*>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "</body>", with: "<script>\(script)</script></body>")
        var frames = ""
        for (index, layout) in layouts.enumerated() {
            let page = layout.print
                ? bare.replacingOccurrences(of: "@media print", with: "@media all").replacingOccurrences(of: "@media screen", with: "@media not all")
                : bare
            try page.write(to: dir.appendingPathComponent("measure-\(index).html"), atomically: true, encoding: .utf8)
            frames += "<iframe name=\"\(index)\" src=\"measure-\(index).html\" style=\"display:block;border:0;width:\(layout.width)px;height:900px\"></iframe>\n"
        }
        let wrapper = """
            <!DOCTYPE html><html><body style="margin:0">
            \(frames)<script>addEventListener('message', function (e) { var p = document.createElement('pre'); p.className = 'retro-measure'; p.textContent = e.data; document.body.appendChild(p); });</script>
            </body></html>
            """
        let wrapperURL = dir.appendingPathComponent("measure-frames.html")
        try wrapper.write(to: wrapperURL, atomically: true, encoding: .utf8)
        let dom = try BrowserCheck.headless(chromium, ["--hide-scrollbars", "--window-size=1400,1000", "--virtual-time-budget=8000", "--dump-dom", wrapperURL.absoluteString])
        var results: [Layout: Measurement] = [:]
        for match in dom.matches(of: /<pre class="retro-measure">(\d+) ([^<]*)<\/pre>/) {
            guard let index = Int(match.1), index < layouts.count, let json = String(match.2).removingPercentEncoding else { continue }
            results[layouts[index]] = try JSONDecoder().decode(Measurement.self, from: Data(json.utf8))
        }
        guard results.count == layouts.count else { throw CheckError("the measuring script reported \(results.count) of \(layouts.count) layouts") }
        return results
    }

    /// A screenshot `width` px wide of the page's first `height` px.
    static func screenshot(_ page: URL, width: Int, height: Int, to png: URL, chromium: String) throws {
        _ = try BrowserCheck.headless(chromium, ["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)", page.absoluteString])
    }

    /// The page printed to PDF as a reader's browser would, and the PDF's text (pdftotext), or nil
    /// when pdftotext is not installed.
    static func printText(_ page: URL, to pdf: URL, chromium: String) throws -> String? {
        _ = try BrowserCheck.headless(chromium, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        guard let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        return try BrowserCheck.output(of: pdftotext, [pdf.path, "-"])
    }

    struct CheckError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs in the measured copy after load and posts its findings to the wrapper page.
    static let script = """
        addEventListener('load', function () {
          var W = document.documentElement.clientWidth;
          var out = {width: W, scrollWidth: document.documentElement.scrollWidth, small: [], overflow: [], tables: [], unlabelled: 0, linkTargets: 0, fishboneList: false};
          function name(el) { return el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').join('.') : ''); }
          function clipped(el) {
            for (var a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              var o = getComputedStyle(a).overflowX; if (o !== 'visible') return true;
            }
            return false;
          }
          function shown(el) { return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'; }
          var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), seen = new Set();
          while (walker.nextNode()) {
            var node = walker.currentNode, el = node.parentElement;
            if (!node.textContent.trim() || seen.has(el)) continue;
            seen.add(el);
            if (el.closest('title, desc, style, script, thead') || !shown(el)) continue;
            var size = parseFloat(getComputedStyle(el).fontSize);
            if (el instanceof SVGGraphicsElement) { var m = el.getScreenCTM(); if (m) size *= Math.hypot(m.a, m.b); }
            if (size < \(minimumTextPx)) out.small.push({el: name(el), px: Math.round(size * 10) / 10, text: node.textContent.trim().slice(0, 80)});
          }
          document.querySelectorAll('body *').forEach(function (el) {
            if (!shown(el) || el.closest('thead')) return;
            var r = el.getBoundingClientRect();
            if ((r.right > W + 0.5 || r.left < -0.5) && !clipped(el)) out.overflow.push({el: name(el), left: r.left, right: r.right, text: (el.textContent || '').trim().slice(0, 80)});
          });
          document.querySelectorAll('table').forEach(function (t) {
            var ths = Array.prototype.slice.call(t.querySelectorAll('thead th'));
            var visible = ths.filter(function (th) { var r = th.getBoundingClientRect(); return r.width > 0 && r.left >= -0.5 && r.right <= W + 0.5; }).length;
            out.tables.push({headers: ths.map(function (th) { return th.textContent.trim(); }), visibleHeaders: visible, scrolls: t.scrollWidth > t.clientWidth + 1});
          });
          document.querySelectorAll('tbody td').forEach(function (td) { if (td.textContent.trim() && !td.getAttribute('data-label')) out.unlabelled++; });
          document.querySelectorAll('a[href]').forEach(function (a) { if (getComputedStyle(a, '::after').content.indexOf(a.getAttribute('href')) >= 0) out.linkTargets++; });
          var list = document.querySelector('figure.fishbone ol.bones');
          out.fishboneList = !!list && shown(list);
          parent.postMessage(window.name + ' ' + encodeURIComponent(JSON.stringify(out)), '*');
        });
        """
}
