/// Readable text from Slack `blocks` and legacy `attachments`, where apps and bots put their content.
struct SlackBlocks: Sendable {
    var markup: SlackMarkup

    /// The text of a message's blocks: rich text, section and header text, context lines. Unknown
    /// block and element types are passed over, as Slack's own clients do.
    func text(of blocks: [[String: Any]]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block.string("type") {
            case "rich_text":
                let text = block.objects("elements").map(richElement).joined()
                if !text.isEmpty { lines.append(text) }
            case "section", "header":
                if let text = block.object("text").flatMap(textObject), !text.isEmpty { lines.append(text) }
                for field in block.objects("fields") {
                    if let text = textObject(field), !text.isEmpty { lines.append(text) }
                }
            case "context":
                let parts = block.objects("elements").compactMap(textObject).filter { !$0.isEmpty }
                if !parts.isEmpty { lines.append(parts.joined(separator: " ")) }
            default:
                continue
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The text of legacy attachments: pretext, title, text and fields, or the fallback alone.
    func text(ofAttachments attachments: [[String: Any]]) -> String {
        var lines: [String] = []
        for attachment in attachments {
            var parts: [String] = []
            for key in ["pretext", "title", "text"] {
                if let value = attachment.text(key) { parts.append(markup.convert(value)) }
            }
            for field in attachment.objects("fields") {
                let title = field.string("title") ?? ""
                let value = field.string("value").map(markup.convert) ?? ""
                let line = [title, value].filter { !$0.isEmpty }.joined(separator: ": ")
                if !line.isEmpty { parts.append(line) }
            }
            if parts.isEmpty, let fallback = attachment.text("fallback") { parts.append(markup.convert(fallback)) }
            if !parts.isEmpty {
                lines.append(parts.joined(separator: "\n"))
            } else if !attachment.objects("blocks").isEmpty {
                let text = self.text(of: attachment.objects("blocks"))
                if !text.isEmpty { lines.append(text) }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func textObject(_ object: [String: Any]) -> String? {
        guard let text = object.string("text") else { return nil }
        return object.string("type") == "mrkdwn" ? markup.convert(text) : text
    }

    /// One element of a rich_text block: sections, lists, quotes, preformatted text and their leaves.
    private func richElement(_ element: [String: Any]) -> String {
        switch element.string("type") {
        case "rich_text_section", "rich_text_quote", "rich_text_preformatted":
            return element.objects("elements").map(leaf).joined()
        case "rich_text_list":
            let ordered = element.string("style") == "ordered"
            let items = element.objects("elements").enumerated().map { index, item in
                (ordered ? "\(index + 1). " : "• ") + item.objects("elements").map(leaf).joined()
            }
            return items.joined(separator: "\n") + "\n"
        default:
            return leaf(element)
        }
    }

    private func leaf(_ element: [String: Any]) -> String {
        switch element.string("type") {
        case "text":
            return element.string("text") ?? ""
        case "link":
            let url = element.string("url") ?? ""
            guard let label = element.text("text"), label != url else { return url }
            return "\(label) (\(url))"
        case "user":
            let id = element.string("user_id") ?? ""
            return "@" + (markup.users[id] ?? id)
        case "usergroup":
            return "@" + (element.string("usergroup_id") ?? "")
        case "channel":
            let id = element.string("channel_id") ?? ""
            return "#" + (markup.channels[id] ?? id)
        case "broadcast":
            return "@" + (element.string("range") ?? "here")
        case "emoji":
            let name = element.string("name") ?? ""
            return SlackEmoji.table[name] ?? ":\(name):"
        case "date":
            return element.string("fallback") ?? ""
        default:
            return element.string("text") ?? ""
        }
    }
}
