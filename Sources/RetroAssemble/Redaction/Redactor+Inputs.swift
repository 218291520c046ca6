import RetroModel

extension Redactor {
    /// Messages, alerts, annotations and metric series with every text scrubbed and every
    /// person renamed, down to chart titles and series labels.
    public func redact(_ inputs: AssemblyInputs) -> AssemblyInputs {
        guard level != .none else { return inputs }
        var result = inputs
        // Scrubbing is a pure function of the text, and exports repeat texts: every message of a
        // day names the same file, bots post the same lines, authors write many messages.
        var scrubbed = scrubbedTexts(of: inputs.messages)
        func scrubOnce(_ text: String) -> String {
            if let known = scrubbed[text] { return known }
            let result = scrub(text)
            scrubbed[text] = result
            return result
        }
        result.messages = inputs.messages.map { original in
            var message = original
            if !original.bot, level.replacesNames, let label = pseudonyms.label(for: original.author.id) ?? pseudonyms.label(for: original.author.name) {
                message.author = Message.Author(id: label, name: label)
            } else {
                message.author = Message.Author(id: scrubOnce(original.author.id), name: scrubOnce(original.author.name))
            }
            message.text = scrubOnce(original.text)
            message.files = original.files.map { scrubOnce($0) }
            message.source = redact(original.source, scrub: scrubOnce, keeps: keeps)
            return message
        }
        result.alerts = inputs.alerts.map { original in
            var alert = original
            alert.summary = scrub(original.summary)
            alert.actor = original.actor.map(person)
            alert.service = original.service.map { scrub($0) }
            alert.source = redact(original.source)
            return alert
        }
        result.annotations = inputs.annotations.map(redact)
        result.monitoring = inputs.monitoring.map { original in
            var source = original.source
            source.title = source.title.map { scrub($0) }
            let series = original.series.map { item in
                var copy = item
                copy.name = scrub(item.name)
                copy.labels = Dictionary(item.labels.map { (scrub($0.key), scrub($0.value)) }, uniquingKeysWith: { first, _ in first })
                copy.source = redact(item.source)
                return copy
            }
            return AssemblyInputs.Monitoring(source: source, series: series)
        }
        return result
    }

    /// A source reference whose link is kept only when it holds nothing this level removes
    /// (at `.all`, Slack permalinks built from `workspace_url` go).
    /// The scrubbed form of each distinct message text of a large channel, worked out on both
    /// cores, each thread with a scanner of its own (corelibs' `NSRegularExpression` is not safe to
    /// share between threads). Canonically equal texts share one entry, the first in message order,
    /// as `scrubOnce` would give them. Empty for small channels, which `scrubOnce` handles alone.
    private func scrubbedTexts(of messages: [Message]) -> [String: String] {
        var seen = Set<String>()
        var distinct: [String] = []
        for message in messages where seen.insert(message.text).inserted { distinct.append(message.text) }
        let workers = distinct.count < 2_000 ? 1 : ParallelMap.defaultWorkers
        guard workers > 1 else { return [:] }
        let parts = ParallelMap.map(count: workers, workers: workers) { part in
            let own = Redactor(copying: self, kinds: kinds, scanner: SensitiveScanner(vocabulary: scanner.vocabulary))
            return stride(from: part, to: distinct.count, by: workers).map { own.scrub(distinct[$0]) }
        }
        var result: [String: String] = [:]
        result.reserveCapacity(distinct.count)
        for (part, texts) in parts.enumerated() {
            for (offset, index) in stride(from: part, to: distinct.count, by: workers).enumerated() { result[distinct[index]] = texts[offset] }
        }
        return result
    }

    public func redact(_ source: SourceRef) -> SourceRef {
        redact(source, scrub: { scrub($0) }, keeps: { scrub($0) == $0 })
    }

    private func redact(_ source: SourceRef, scrub: (String) -> String, keeps: (String) -> Bool) -> SourceRef {
        var result = source
        result.file = scrub(source.file)
        result.url = source.url.flatMap { keeps($0) ? $0 : nil }
        return result
    }

    /// `scrub(link) == link`, answered from the first span found where that settles it (every
    /// message's permalink is a different link): a placeholder brings a `[` into a link
    /// that had none, so the link changes; a renamed person is checked in full.
    func keeps(_ link: String) -> Bool {
        guard !kinds.isEmpty else { return true }
        if scanner.removesWholePermalink(link, kinds: kinds) { return false }
        let found = scanner.someSpans(in: link, kinds: kinds)
        if found.isEmpty { return true }
        if !link.utf8.contains(UInt8(ascii: "[")), found.contains(where: { $0.kind != .person && $0.kind != .handle }) { return false }
        return scrub(link) == link
    }
}
