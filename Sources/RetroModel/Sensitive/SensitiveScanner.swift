import Foundation

/// Finds sensitive content in text: personal data, secrets, internal hosts and links, ticket
/// keys, internal names and people. Redaction and the `customer` lint profile both use it, so
/// there is one definition of what counts as a leak.
public struct SensitiveScanner: @unchecked Sendable {
    public let vocabulary: SensitiveVocabulary
    let hosts: InternalHostMatcher
    /// Known people: multi-word names ignore case; single words (first names, ids, handles) must match exactly.
    let people: [NSRegularExpression]
    /// The same alternations as byte matchers, where every name is ASCII.
    let peopleMatchers: [NameMatcher?]
    let terms: NSRegularExpression?
    let ticketKeys: NSRegularExpression?
    /// This scanner's own copies of the fixed detectors (see `SensitivePatterns.leading`).
    let leading: [SensitivePatterns.Pattern]
    let middle: [SensitivePatterns.Pattern]
    let trailing: [SensitivePatterns.Pattern]
    /// Byte tests that spare texts naming none of the words the three above look for.
    let peopleFilters: [LiteralPrefilter]
    let termsFilter: LiteralPrefilter
    let ticketKeysFilter: LiteralPrefilter
    /// For `Gate.internalSuffix`: the suffixes and domains a kept host must end with or be; nil
    /// when the incident names host patterns, which any host-shaped word may match.
    let internalSuffixes: LiteralPrefilter?
    /// Off only in tests, which check that the gates change no answer.
    let gated: Bool

    public init(vocabulary: SensitiveVocabulary = SensitiveVocabulary()) {
        self.init(vocabulary: vocabulary, gated: true)
    }

    init(vocabulary: SensitiveVocabulary, gated: Bool) {
        self.vocabulary = vocabulary
        self.gated = gated
        leading = SensitivePatterns.copies(of: SensitivePatterns.leading)
        middle = SensitivePatterns.copies(of: SensitivePatterns.middle)
        trailing = SensitivePatterns.copies(of: SensitivePatterns.trailing)
        hosts = InternalHostMatcher(vocabulary.internalNames)
        internalSuffixes = hosts.patterns.isEmpty ? LiteralPrefilter(hosts.suffixesAndDomains) : nil
        let names = Set(vocabulary.people.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 2 })
        let groups = [(names.filter { $0.contains(" ") }, true), (names.filter { !$0.contains(" ") }, false)]
            .compactMap { words, caseInsensitive in
                Self.wordAlternation(words, caseInsensitive: caseInsensitive, mention: true).map {
                    ($0, LiteralPrefilter(words), NameMatcher(words, caseInsensitive: caseInsensitive))
                }
            }
        people = groups.map(\.0)
        peopleFilters = groups.map(\.1)
        peopleMatchers = groups.map(\.2)
        let termWords = Set(vocabulary.internalNames.names.filter { $0.count >= 2 })
        terms = Self.wordAlternation(termWords, caseInsensitive: true)
        termsFilter = LiteralPrefilter(termWords)
        ticketKeys = Self.wordAlternation(Set(vocabulary.ticketKeys), caseInsensitive: true)
        ticketKeysFilter = LiteralPrefilter(vocabulary.ticketKeys)
    }

    /// Every sensitive span of `kinds` in `text`, in text order, never overlapping.
    public func scan(_ text: String, kinds: Set<SensitiveKind> = Set(SensitiveKind.allCases)) -> [SensitiveSpan] {
        spans(in: text, kinds: kinds, stopAtFirst: false)
    }

    /// Some of the spans `scan` finds, at least one when it finds any: the detectors stop once
    /// one of `kinds` is found, for callers that only ask whether the text holds any.
    public func someSpans(in text: String, kinds: Set<SensitiveKind>) -> [SensitiveSpan] {
        spans(in: text, kinds: kinds, stopAtFirst: true)
    }

    private func spans(in text: String, kinds: Set<SensitiveKind>, stopAtFirst: Bool) -> [SensitiveSpan] {
        let whole = NSRange(text.startIndex..., in: text)
        let ns = text as NSString
        let asciiLowered = gated ? Self.plainLowered(text) : Self.asciiLowered(text)
        let lowered = asciiLowered ?? Array(text.lowercased().utf8)
        // The gates read the UTF-8 bytes with ASCII capitals lowered (`lowered` itself for a
        // plain text), and the text's own bytes for the shapes that depend on case.
        let gateBytes = asciiLowered ?? Self.asciiCapitalsLowered(text)
        var original: [UInt8] { Array(text.utf8) }
        // Kept sorted by location. Each detector's matches arrive in text order and never overlap
        // one another, so they are merged in one pass: inserting them one by one into the sorted
        // array was quadratic (an 8 MB message of addresses took over a minute).
        var accepted: [(range: NSRange, kind: SensitiveKind)] = []
        // Set, with `stopAtFirst`, once a span of `kinds` is accepted: accepted spans are final.
        var done = false
        func accept(_ candidates: [(range: NSRange, kind: SensitiveKind)]) {
            guard !candidates.isEmpty else { return }
            var merged: [(range: NSRange, kind: SensitiveKind)] = []
            merged.reserveCapacity(accepted.count + candidates.count)
            var next = 0
            for candidate in candidates where candidate.range.length > 0 {
                while next < accepted.count, accepted[next].range.location < candidate.range.location {
                    merged.append(accepted[next])
                    next += 1
                }
                // Only spans accepted by earlier detectors can overlap: a detector's own matches do not.
                if next > 0, NSMaxRange(accepted[next - 1].range) > candidate.range.location { continue }
                if next < accepted.count, accepted[next].range.location < NSMaxRange(candidate.range) { continue }
                merged.append(candidate)
                if stopAtFirst, kinds.contains(candidate.kind) { done = true }
            }
            merged.append(contentsOf: accepted[next...])
            accepted = merged
        }
        func run(_ patterns: [SensitivePatterns.Pattern], last: Bool = false) {
            // In the last stage run, detectors after the last one that can give a kind asked for
            // can only lose to it: they change nothing.
            let end = last && gated ? (patterns.lastIndex { !kinds.isDisjoint(with: $0.classifier.kinds) }.map { $0 + 1 } ?? 0) : patterns.count
            for pattern in patterns[..<end] where !done {
                if case .bareHost = pattern.classifier, hosts.patterns.isEmpty { continue }
                if !pattern.hintBytes.isEmpty, !pattern.hintBytes.contains(where: { Self.contains(lowered, $0) }) { continue }
                if gated, !passes(pattern.gate, gateBytes, plain: asciiLowered != nil, original) { continue }
                accept(pattern.regex.matches(in: text, range: whole).compactMap { match in
                    let (range, candidate) = trimmed(match.range, in: ns, pattern.classifier)
                    return classify(candidate, pattern.classifier).map { (range, $0) }
                })
            }
        }
        // A detector only ever loses to earlier ones, so once no later detector can yield a kind
        // asked for, the rest cannot change the answer (`[.handle]` stops after the mentions).
        let stages = SensitivePatterns.stageKinds
        let lastStage = stages.lastIndex { !$0.isDisjoint(with: kinds) } ?? -1
        if lastStage >= 0 { run(leading, last: lastStage == 0) }
        if lastStage >= 1, !done {
            for (group, regex) in people.enumerated() where peopleFilters[group].mayOccur(in: asciiLowered) {
                if gated, let asciiLowered, let matcher = peopleMatchers[group], let ranges = matcher.matches(in: original, lowered: asciiLowered) {
                    accept(ranges.map { ($0, .person) })
                } else {
                    accept(regex.matches(in: text, range: whole).map { ($0.range, .person) })
                }
            }
        }
        if lastStage >= 2, !done { run(middle, last: lastStage == 2) }
        // The incident's other names rank before bare host-like words.
        if lastStage >= 3, !done, let ticketKeys, ticketKeysFilter.mayOccur(in: asciiLowered) {
            accept(ticketKeys.matches(in: text, range: whole).map { ($0.range, .ticketKey) })
        }
        if lastStage >= 4, !done, let terms, termsFilter.mayOccur(in: asciiLowered) {
            accept(terms.matches(in: text, range: whole).map { ($0.range, .internalTerm) })
        }
        if lastStage >= 5, !done { run(trailing, last: true) }
        // Every kind takes part in resolving overlaps (so `sam@example.com` is an e-mail, never a
        // name plus a domain); only the kinds asked for are returned.
        return accepted.filter { kinds.contains($0.kind) }.compactMap { item in
            Range(item.range, in: text).map { SensitiveSpan(range: $0, kind: item.kind, text: String(text[$0])) }
        }
    }

    /// `text` with each span of `kinds` replaced by what `replacement` returns for it.
    public func replacing(in text: String, kinds: Set<SensitiveKind>, with replacement: (SensitiveSpan) -> String) -> String {
        Self.replace(scan(text, kinds: kinds), in: text) { span, _ in replacement(span) }
    }

    /// `text` with `spans` (in order, not overlapping) replaced; `replacement` also sees the text
    /// written so far, to adapt to what precedes the span.
    public static func replace(_ spans: [SensitiveSpan], in text: String, with replacement: (SensitiveSpan, _ before: String) -> String) -> String {
        guard !spans.isEmpty else { return text }
        var result = ""
        var cursor = text.startIndex
        for span in spans {
            result += text[cursor..<span.range.lowerBound]
            result += replacement(span, result)
            cursor = span.range.upperBound
        }
        result += text[cursor...]
        return result
    }

    /// True when removing `kinds` certainly changes `link`: the URL detector reads all of it as
    /// one URL (after the punctuation it trims) that is a chat permalink, and `kinds` holds every
    /// kind of the first detectors, so either the link is one span or an earlier span inside it
    /// (a token, say) is. Answered without the expressions: every message has a permalink of its own.
    public func removesWholePermalink(_ link: String, kinds: Set<SensitiveKind>) -> Bool {
        guard gated, SensitivePatterns.stageKinds[0].isSubset(of: kinds) else { return false }
        let bytes = Array(link.utf8)
        guard let first = bytes.first, ByteShapes.isLowerLetter(first | 0x20) else { return false }
        // `[^\s<>"'`\\]`, in ASCII.
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !Self.notInURL.contains($0) }) else { return false }
        // The scheme, `[A-Za-z][A-Za-z0-9+.-]*`, then `://` and at least one more byte.
        var end = 1
        while end < bytes.count, ByteShapes.isDigit(bytes[end]) || ByteShapes.isLowerLetter(bytes[end] | 0x20) || Self.schemePunctuation.contains(bytes[end]) { end += 1 }
        guard end + 3 < bytes.count, bytes[end] == UInt8(ascii: ":"), bytes[end + 1] == UInt8(ascii: "/"), bytes[end + 2] == UInt8(ascii: "/") else { return false }
        if let slack = Self.isSlackPermalink(bytes, authorityStart: end + 3) { return slack }
        let ns = link as NSString
        let (_, candidate) = trimmed(NSRange(location: 0, length: ns.length), in: ns, .url)
        return classifyURL(candidate) == .chatPermalink
    }

    /// `classifyURL` for the common case, in bytes: a link that `trimmed` leaves whole (it ends in
    /// none of the punctuation a sentence adds) and whose authority is a plain host (no user,
    /// port or brackets). True for a `*.slack.com/archives/` link; nil where `classifyURL` decides.
    private static func isSlackPermalink(_ bytes: [UInt8], authorityStart: Int) -> Bool? {
        guard let last = bytes.last, !trailingPunctuationBytes.contains(last), last != UInt8(ascii: ")") else { return nil }
        var end = authorityStart
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") {
            guard bytes[end] != UInt8(ascii: "@"), bytes[end] != UInt8(ascii: ":"), bytes[end] != UInt8(ascii: "[") else { return nil }
            end += 1
        }
        let host = bytes[authorityStart..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard host.count > slackSuffix.count, host.suffix(slackSuffix.count).elementsEqual(slackSuffix),
            bytes[end...].starts(with: archivesPrefix)
        else { return nil }
        return true
    }

    private static let trailingPunctuationBytes: [UInt8] = Array(".,;:!?'\"*_".utf8)
    private static let slackSuffix: [UInt8] = Array(".slack.com".utf8)
    private static let archivesPrefix: [UInt8] = Array("/archives/".utf8)

    private static let notInURL: [UInt8] = Array("<>\"'`\\".utf8)
    private static let schemePunctuation: [UInt8] = Array("+.-".utf8)

    /// False when `gate` shows that its detector gives no span in the text whose UTF-8 bytes,
    /// ASCII capitals lowered, are `bytes` (`original`: the same bytes in their own case).
    /// `plain`: the text is ASCII apart from characters without case or digits (`plainLowered`).
    private func passes(_ gate: SensitivePatterns.Gate, _ bytes: [UInt8], plain: Bool, _ original: @autoclosure () -> [UInt8]) -> Bool {
        switch gate {
        case .hints: return true
        case .literals(let words, let foldsCase): return (foldsCase && !plain) || words.contains { Self.contains(bytes, $0) }
        case .internalSuffix: return internalSuffixes?.mayOccur(in: bytes) ?? true
        case .dottedQuad: return ByteShapes.hasDottedRun(in: bytes)
        case .colonRun: return ByteShapes.hasIPv6Run(in: bytes)
        case .plusDigit: return ByteShapes.hasDigit(after: UInt8(ascii: "+"), in: bytes)
        case .openParenDigit: return ByteShapes.hasDigit(after: UInt8(ascii: "("), in: bytes)
        case .digitGroups: return plain ? ByteShapes.hasDigitGroups(in: bytes) : ByteShapes.hasDigitsAroundSeparator(in: bytes)
        case .mailbox: return ByteShapes.hasMailbox(in: bytes)
        case .atLetter: return ByteShapes.hasHandle(in: bytes)
        case .ticketShape: return ByteShapes.hasTicketShape(in: original())
        }
    }

    /// Drops punctuation a sentence adds after a URL or host, and an unbalanced closing bracket.
    private func trimmed(_ range: NSRange, in text: NSString, _ classifier: SensitivePatterns.Classifier) -> (NSRange, String) {
        var range = range
        var candidate = text.substring(with: range)
        switch classifier {
        case .url, .handle, .host, .bareHost:
            while let last = candidate.last, SensitivePatterns.trailingPunctuation.contains(last) || (last == ")" && !candidate.contains("(")) {
                candidate.removeLast()
                range.length -= last.utf16.count
            }
        default: break
        }
        return (range, candidate)
    }

    private func classify(_ candidate: String, _ classifier: SensitivePatterns.Classifier) -> SensitiveKind? {
        switch classifier {
        case .fixed(let kind): return kind
        case .url: return classifyURL(candidate)
        case .host, .bareHost: return hosts.isInternal(candidate) ? .internalHost : nil
        case .ipv4: return .ipAddress
        case .ipv6: return Self.isIPv6(candidate) ? .ipAddress : nil
        case .phone:
            let digits = candidate.filter(\.isNumber).count
            return (8...15).contains(digits) ? .phone : nil
        case .ticketKey:
            let prefix = String(candidate.prefix { $0 != "-" })
            let letters = String(prefix.prefix { $0.isLetter })
            return SensitivePatterns.notTicketPrefixes.contains(prefix) || SensitivePatterns.notTicketPrefixes.contains(letters) ? nil : .ticketKey
        case .handle:
            return SensitivePatterns.groupMentions.contains(candidate.lowercased()) || candidate.count < 2 ? nil : .handle
        }
    }

    private func classifyURL(_ url: String) -> SensitiveKind? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@"), authority[..<at].contains(":") { return .credentialURL }
        var host = String(authority.split(separator: "@").last ?? "")
        if host.hasPrefix("[") {
            host = String(host.dropFirst().prefix { $0 != "]" })
        } else if let colon = host.firstIndex(of: ":") {
            host = String(host[..<colon])
        }
        host = host.lowercased()
        let path = String(rest.dropFirst(authority.count))
        if host.hasSuffix(".slack.com") && path.hasPrefix("/archives/") { return .chatPermalink }
        if host == "teams.microsoft.com" && path.hasPrefix("/l/message/") { return .chatPermalink }
        if (host.hasSuffix("discord.com") || host.hasSuffix("discordapp.com")) && path.hasPrefix("/channels/") { return .chatPermalink }
        if path.range(of: #"/pl/[a-z0-9]{20,}"#, options: .regularExpression) != nil { return .chatPermalink }
        if hosts.isInternal(host) || InternalHostMatcher.isPrivateIPv4(host) || host == "::1" { return .internalURL }
        return nil
    }

    /// A full (8 groups) or `::`-compressed IPv6 address; times such as `10:02:33` are not.
    static func isIPv6(_ candidate: String) -> Bool {
        let groups = candidate.components(separatedBy: ":")
        let filled = groups.filter { !$0.isEmpty }
        guard filled.allSatisfy({ $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }) else { return false }
        let compressions = candidate.components(separatedBy: "::").count - 1
        if compressions == 0 { return groups.count == 8 && filled.count == 8 }
        // `a::b` is a path separator in several languages; an address has a digit somewhere.
        guard compressions == 1, filled.count <= 7, !candidate.contains(":::"), candidate.contains(where: \.isNumber) else { return false }
        return candidate.hasPrefix("::") ? !filled.isEmpty : filled.count >= 2
    }

    /// The UTF-8 bytes of `text.lowercased()` by a byte pass, when the text is ASCII (most chat
    /// messages); nil otherwise, where Unicode rules apply (`K`, the Kelvin sign, lowers to `k`).
    static func asciiLowered(_ text: String) -> [UInt8]? {
        var bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
        return bytes
    }

    /// `asciiLowered`, also for a text whose other characters are punctuation, symbols and emoji
    /// from blocks without letters or digits (`—`, `→`, `✅`, `🤔`): none of them has a case, folds
    /// to ASCII or matches `\d`, so byte tests on such a text are as exact as on ASCII, and its
    /// lower-case bytes are the ASCII ones lowered. Nil for any other text.
    static func plainLowered(_ text: String) -> [UInt8]? {
        var bytes = Array(text.utf8)
        var plain = true
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 {
                plain = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte | 0x20 }
        }
        if plain { return bytes }
        guard text.unicodeScalars.allSatisfy({ $0.isASCII || isCaselessSymbol($0) }) else { return nil }
        return asciiCapitalsLowered(text)
    }

    /// General punctuation, currency, arrows, mathematical and technical symbols, box drawing,
    /// shapes, dingbats, emoji and variation selectors (circled letters excluded: they have case).
    static func isCaselessSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2000...0x20FF, 0x2190...0x245F, 0x2500...0x2BFF, 0xFE00...0xFE0F, 0x1F000...0x1F0FF, 0x1F300...0x1FAFF: true
        default: false
        }
    }

    /// The UTF-8 bytes of `text` with A–Z lowered and every other byte as it is.
    static func asciiCapitalsLowered(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
        return bytes
    }

    /// True when the bytes of `needle` occur in `haystack` (a plain byte search: far faster than
    /// comparing Characters).
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        contains(haystack, Array(needle.utf8))
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    /// A whole-word regular expression for any of `words`, longest first.
    /// With `mention`, a leading `@` belongs to the match (`@Dana Ortiz` is one name).
    static func wordAlternation(_ words: Set<String>, caseInsensitive: Bool, mention: Bool = false) -> NSRegularExpression? {
        guard !words.isEmpty else { return nil }
        let alternatives = words.sorted { ($0.count, $0) > ($1.count, $1) }.map(NSRegularExpression.escapedPattern(for:))
        let pattern = (mention ? #"(?<![\w@.-])@?(?<![\w.-])(?:"# : #"(?<![\w@.-])(?:"#) + alternatives.joined(separator: "|") + #")(?![\w-]|\.\w)"#
        return try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }
}
