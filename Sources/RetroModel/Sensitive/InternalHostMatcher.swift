import Foundation

/// Decides whether a host name belongs to the organisation.
struct InternalHostMatcher: @unchecked Sendable {
    /// Suffixes that are internal wherever they appear (RFC 6762 `.local`, `.internal`, and the common private ones).
    static let genericSuffixes = ["internal", "local", "corp", "lan", "intranet", "localdomain", "home.arpa"]

    let domains: [String]
    let patterns: [NSRegularExpression]
    /// Generic suffixes and the incident's domains, each with its leading dot.
    private let dottedSuffixes: [String]

    init(_ names: InternalNames) {
        domains = names.domains.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".* ")) }.filter { !$0.isEmpty }
        patterns = names.hosts.compactMap { glob in
            let escaped = NSRegularExpression.escapedPattern(for: glob.lowercased()).replacingOccurrences(of: "\\*", with: "[a-z0-9.-]*")
            return try? NSRegularExpression(pattern: "^" + escaped + "$", options: [.caseInsensitive])
        }
        dottedSuffixes = (Self.genericSuffixes + domains).map { "." + $0 }
    }

    /// What an internal host without a pattern ends with (a suffix with its dot) or is (a domain).
    var suffixesAndDomains: [String] { dottedSuffixes + domains }

    /// True when `host` (no scheme, no port) is internal.
    func isInternal(_ host: String) -> Bool {
        let host = host.lowercased()
        if host == "localhost" { return true }
        // A bare generic suffix ("local") is a word, not a host; a listed domain is a host itself.
        if domains.contains(host) || dottedSuffixes.contains(where: host.hasSuffix) { return true }
        guard !patterns.isEmpty else { return false }
        let range = NSRange(host.startIndex..., in: host)
        return patterns.contains { $0.firstMatch(in: host, range: range) != nil }
    }

    /// True for RFC 1918 private, loopback and link-local IPv4 addresses.
    static func isPrivateIPv4(_ address: String) -> Bool {
        let octets = (address.split(separator: "/").first ?? "").split(separator: ".").compactMap { Int($0) }
        guard octets.count == 4 else { return false }
        switch (octets[0], octets[1]) {
        case (10, _), (127, _), (192, 168), (169, 254): return true
        case (172, 16...31): return true
        default: return false
        }
    }
}
