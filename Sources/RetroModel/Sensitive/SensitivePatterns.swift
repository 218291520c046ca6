import Foundation

/// The fixed detectors: one regular expression per shape of sensitive text, in priority order.
///
/// Where two detectors match overlapping text, the earlier one in `all` wins, so a URL with
/// credentials is one span rather than a URL plus an e-mail-like `user@host`.
enum SensitivePatterns {
    /// What a candidate match becomes: a kind, or nothing when a check rejects it.
    enum Classifier: Sendable {
        case fixed(SensitiveKind)
        /// A URL: classified by its host and path (credentials, chat permalink, internal).
        case url
        /// A host-name-shaped word: internal only when the vocabulary or a generic suffix says so.
        case host
        /// A single-label host-shaped word, tried only against the incident's host patterns.
        case bareHost
        case ipv4
        case ipv6
        case phone
        case ticketKey
        case handle

        /// Every kind this classifier can give a match.
        var kinds: [SensitiveKind] {
            switch self {
            case .fixed(let kind): [kind]
            case .url: [.credentialURL, .chatPermalink, .internalURL]
            case .host, .bareHost: [.internalHost]
            case .ipv4, .ipv6: [.ipAddress]
            case .phone: [.phone]
            case .ticketKey: [.ticketKey]
            case .handle: [.handle]
            }
        }
    }

    struct Pattern: @unchecked Sendable {
        let regex: NSRegularExpression
        let classifier: Classifier
        /// Lowercase literals of which one must occur in the text for a match to be possible;
        /// checking them first spares the regular expression most texts.
        let hints: [String]
        /// A sharper byte test (see `Gate`).
        var gate: Gate = .hints
        /// `hints` as bytes, so a test does not convert them per text.
        let hintBytes: [[UInt8]]

        init(regex: NSRegularExpression, classifier: Classifier, hints: [String], gate: Gate) {
            self.regex = regex
            self.classifier = classifier
            self.hints = hints
            self.gate = gate
            hintBytes = hints.map { Array($0.utf8) }
        }
    }

    /// A byte test on a text's UTF-8 bytes with ASCII capitals lowered that is false only when
    /// the detector can give no span: its expression cannot match, or its classifier would
    /// reject every match. Where the expression's `\d` could match a digit of another script,
    /// any byte past ASCII counts as a possible digit.
    enum Gate: Sendable {
        /// The hints alone.
        case hints
        /// One of these lower-case literals occurs. With `foldsCase` (an expression that ignores
        /// case, where Unicode folding lets `ſ` match `s`) only ASCII texts are tested.
        case literals([[UInt8]], foldsCase: Bool)
        /// Four dot-separated numbers need a run of digits and dots with three dots in it.
        case dottedQuad
        /// An address the classifier keeps has seven colons or a `::` in one run of hex digits and colons.
        case colonRun
        /// `+` then a digit.
        case plusDigit
        /// `(` then a digit.
        case openParenDigit
        /// Three digits, a `.` or `-`, a digit.
        case digitGroups
        /// An e-mail's `@` has a local-part character before it and a domain character after it.
        case mailbox
        /// `@` then a letter (an `@handle`).
        case atLetter
        /// A capital letter or digit, `-`, a digit (`PAY-1234`, in the original case).
        case ticketShape
        /// Only hosts under the internal suffixes and domains are kept (set by the scanner,
        /// which knows them; when the incident has host patterns the hints decide).
        case internalSuffix
    }

    /// The prototypes: each `SensitiveScanner` compiles its own copies (`copies(of:)`), because
    /// swift-corelibs-foundation's NSRegularExpression is not safe to use from several threads at
    /// once (its shared ICU matcher can call a progress callback of another thread's call, which
    /// crashed parallel tests). The scanner runs these, then the incident's people, then `middle`, then the incident's
    /// other names, then `trailing`.
    static let leading: [Pattern] = compile([
        // Private keys first: a PEM block swallows everything inside it.
        (#"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?:[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----|[\s\S]*)"#, .fixed(.secret), ["-----begin"]),
        (#"(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{8,}"#, .fixed(.secret), ["xox"]),
        (#"(?<![A-Za-z0-9])xapp-\d-[A-Za-z0-9-]{8,}"#, .fixed(.secret), ["xapp-"]),
        (#"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"#, .fixed(.secret), ["akia", "asia"]),
        (#"(?i)\baws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+=]{8,}["']?"#, .fixed(.secret), ["aws_secret_access_key"]),
        (#"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})"#, .fixed(.secret), ["gh"]),
        (#"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"#, .fixed(.secret), ["eyj"]),
        (#"(?i)\bauthorization:\s*(?:[A-Za-z]+\s+)?(?=\S*\d)[^\s"']{8,}"#, .fixed(.secret), ["authorization"]),
        (#"(?i)\bbearer\s+(?=[A-Za-z0-9._~+/-]*\d)[A-Za-z0-9._~+/-]{8,}=*"#, .fixed(.secret), ["bearer"]),
        // `password=…` always; `password: …` only when the value looks like one (a digit or a symbol).
        (#"(?i)\b(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|client[_-]?secret|auth[_-]?token)\s*=\s*["']?[^\s"',;]{3,}["']?"#, .fixed(.secret), ["="]),
        (#"(?i)\b(?:password|passwd|api[_-]?key|apikey|client[_-]?secret|auth[_-]?token)\s*:\s*["']?(?=[^\s"']*[\d!$%&*#_/+=])[^\s"',;]{6,}["']?"#, .fixed(.secret), [":"]),
        (#"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s<>"'`\\]+"#, .url, ["://"]),
        (#"(?<![\w.%+-])[\p{L}\p{M}\p{N}._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])"#, .fixed(.email), ["@"]),
    ], gates: [
        5: .literals(["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"].map { Array($0.utf8) }, foldsCase: false),
        // The alternatives of the two expressions above, `api[_-]?key` spelled out: "api" alone is in every `checkout-api`.
        9: .literals(["passw", "pwd", "secret", "token", "apikey", "api_key", "api-key", "accesskey", "access_key", "access-key"].map { Array($0.utf8) }, foldsCase: true),
        10: .literals(["passw", "apikey", "api_key", "api-key", "clientsecret", "client_secret", "client-secret", "authtoken", "auth_token", "auth-token"].map { Array($0.utf8) }, foldsCase: true),
        12: .mailbox,
    ])

    /// Mentions, addresses and numbers: after the incident's people, so `@Dana Ortiz` is one name.
    static let middle: [Pattern] = compile([
        (#"<@[UW][A-Z0-9]+(?:\|[^>]*)?>"#, .handle, ["<@"]),
        (#"(?<![\w@./])@[A-Za-z][\w.-]*"#, .handle, ["@"]),
        (#"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:/\d{1,2})?(?!\w|\.\d)"#, .ipv4, ["."]),
        (#"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"#, .ipv6, [":"]),
        (#"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\w|[.-]\d)"#, .phone, ["+"]),
        (#"(?<![\w.+-])\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}(?!\w|[.-]\d)"#, .phone, ["("]),
        (#"(?<![\w.+-])\d{3}[.-]\d{3}[.-]\d{4}(?!\w|[.-]\d)"#, .phone, ["-", "."]),
    ], gates: [1: .atLetter, 2: .dottedQuad, 3: .colonRun, 4: .plusDigit, 5: .openParenDigit, 6: .digitGroups])

    /// Shapes that ordinary words can take, so they rank below everything else.
    static let trailing: [Pattern] = compile([
        (#"(?<![\w.@/-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?![\w-]|\.\w)"#, .host, ["."]),
        // Single-label hosts (`db-7`) only matter when the incident names host patterns.
        (#"(?<![\w.@/-])[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?![\w-]|\.\w)"#, .bareHost, []),
        (#"(?<![\w-])[A-Z][A-Z0-9]{1,9}-\d{1,7}(?![\w-]|\.\d)"#, .ticketKey, ["-"]),
    ], gates: [0: .internalSuffix, 2: .ticketShape])

    /// The kinds each stage of `SensitiveScanner.scan` can yield, in the order it runs them:
    /// `leading`, the incident's people, `middle`, ticket keys, internal terms, `trailing`.
    static let stageKinds: [Set<SensitiveKind>] = [
        Set(leading.flatMap(\.classifier.kinds)), [.person], Set(middle.flatMap(\.classifier.kinds)),
        [.ticketKey], [.internalTerm], Set(trailing.flatMap(\.classifier.kinds)),
    ]

    /// How many patterns there are, so a test notices one that failed to compile.
    static let expectedCount = 23

    /// New expressions for `patterns`, for one scanner's use.
    static func copies(of patterns: [Pattern]) -> [Pattern] {
        patterns.compactMap { pattern in
            (try? NSRegularExpression(pattern: pattern.regex.pattern, options: pattern.regex.options))
                .map { Pattern(regex: $0, classifier: pattern.classifier, hints: pattern.hints, gate: pattern.gate) }
        }
    }

    /// The expressions of `sources`, each with its gate from `gates` (by position in `sources`).
    private static func compile(_ sources: [(String, Classifier, [String])], gates: [Int: Gate] = [:]) -> [Pattern] {
        sources.enumerated().compactMap { offset, source in
            (try? NSRegularExpression(pattern: source.0))
                .map { Pattern(regex: $0, classifier: source.1, hints: source.2, gate: gates[offset] ?? .hints) }
        }
    }

    /// Prefixes of standards, scales and zones that look like ticket keys but are not (`SEV-1`, `UTF-8`, `UTC-7`).
    static let notTicketPrefixes: Set<String> = [
        "SEV", "UTF", "ISO", "SHA", "MD", "AES", "RSA", "RFC", "HTTP", "TLS", "SSL", "COVID", "CVE", "CWE", "IPV",
        "GPT", "ECMA", "IEEE", "ANSI", "IEC", "EN", "DIN", "NIST", "TCP", "UDP", "PCI", "SOC", "GDPR", "WCAG", "ES", "H",
        // Zone offsets: "UTC-7", "GMT-5".
        "UTC", "GMT", "PST", "PDT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "CET", "CEST", "IST", "JST", "AEST",
    ]

    /// Mentions of a whole channel, not of a person.
    static let groupMentions: Set<String> = ["@here", "@channel", "@everyone", "@all", "@group"]

    /// Characters a URL or host may not end with in prose ("see https://x/y." ends before the dot).
    static let trailingPunctuation = Set(".,;:!?'\"*_")
}
