/// The emoji shortcodes seen most in incident channels, as characters. Others stay `:name:`.
enum SlackEmoji {
    static let table: [String: String] = [
        "fire": "🔥", "white_check_mark": "✅", "heavy_check_mark": "✔️", "pushpin": "📌", "eyes": "👀",
        "+1": "👍", "thumbsup": "👍", "-1": "👎", "thumbsdown": "👎", "rotating_light": "🚨",
        "warning": "⚠️", "x": "❌", "red_circle": "🔴", "large_green_circle": "🟢", "green_circle": "🟢",
        "stopwatch": "⏱️", "hourglass": "⌛", "tada": "🎉", "pray": "🙏", "rocket": "🚀", "bug": "🐛",
        "sweat_smile": "😅", "smile": "😄", "slightly_smiling_face": "🙂", "joy": "😂", "thinking_face": "🤔",
        "heart": "❤️", "100": "💯", "ok_hand": "👌", "point_up": "☝️", "raised_hands": "🙌", "clap": "👏",
        "memo": "📝", "mag": "🔍", "chart_with_upwards_trend": "📈", "chart_with_downwards_trend": "📉",
        "ambulance": "🚑", "construction": "🚧", "no_entry": "⛔", "bell": "🔔", "telephone_receiver": "📞",
        "wave": "👋", "sob": "😭", "grimacing": "😬", "scream": "😱", "boom": "💥", "zap": "⚡",
        "heavy_plus_sign": "➕", "question": "❓", "exclamation": "❗", "link": "🔗", "lock": "🔒",
    ]
}
