/// Inflected forms for the lemma slots of pack phrases, so that a pack names a cue once and
/// matches it however it is written: `forget~ to` stands for "forget to", "forgets to",
/// "forgot to", "forgotten to" and "forgetting to"; `careless~adj` for "careless",
/// "carelessly" and "carelessness". Words without a slot are kept as written, and a phrase may
/// carry several slots (every combination is produced).
enum Inflection {
    /// `phrases` with every slot replaced by each of its forms, in order, without duplicates.
    static func expand(_ phrases: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for phrase in phrases {
            for form in forms(ofPhrase: phrase) where seen.insert(form).inserted { result.append(form) }
        }
        return result
    }

    /// Each way of writing `phrase`: the product of its words' forms.
    static func forms(ofPhrase phrase: String) -> [String] {
        guard phrase.contains("~") else { return [phrase] }
        var variants = [""]
        for word in phrase.split(separator: " ") {
            let options = forms(ofWord: String(word))
            variants = variants.flatMap { prefix in options.map { prefix.isEmpty ? $0 : prefix + " " + $0 } }
        }
        return variants
    }

    private static func forms(ofWord word: String) -> [String] {
        if word.hasSuffix("~adj") { return adjective(String(word.dropLast(4))) }
        if word.hasSuffix("~") { return verb(String(word.dropLast())) }
        return [word]
    }

    /// Base, third person, past, past participle and -ing forms.
    static func verb(_ lemma: String) -> [String] {
        if let forms = irregular[lemma] { return [lemma] + forms }
        return [lemma, thirdPerson(lemma), past(lemma), presentParticiple(lemma)]
    }

    /// The adjective, its adverb and its noun: "sloppy", "sloppily", "sloppiness".
    static func adjective(_ lemma: String) -> [String] {
        var stem = lemma
        if stem.hasSuffix("y"), stem.count > 2, !isVowel(stem.dropLast().last) {
            stem = String(stem.dropLast()) + "i"
            return [lemma, stem + "ly", stem + "ness"]
        }
        if lemma.hasSuffix("le"), lemma.count > 3 { return [lemma, String(lemma.dropLast()) + "y", lemma + "ness"] }
        return [lemma, lemma + "ly", lemma + "ness"]
    }

    private static func thirdPerson(_ lemma: String) -> String {
        if ["s", "sh", "ch", "x", "z", "o"].contains(where: lemma.hasSuffix) { return lemma + "es" }
        if lemma.hasSuffix("y"), !isVowel(lemma.dropLast().last) { return String(lemma.dropLast()) + "ies" }
        return lemma + "s"
    }

    private static func past(_ lemma: String) -> String {
        if lemma.hasSuffix("e") { return lemma + "d" }
        if lemma.hasSuffix("y"), !isVowel(lemma.dropLast().last) { return String(lemma.dropLast()) + "ied" }
        return doublesFinalConsonant(lemma) ? lemma + String(lemma.last!) + "ed" : lemma + "ed"
    }

    private static func presentParticiple(_ lemma: String) -> String {
        if lemma.hasSuffix("ie") { return String(lemma.dropLast(2)) + "ying" }
        if lemma.hasSuffix("e"), !lemma.hasSuffix("ee"), lemma.count > 2 { return String(lemma.dropLast()) + "ing" }
        return doublesFinalConsonant(lemma) ? lemma + String(lemma.last!) + "ing" : lemma + "ing"
    }

    /// One-syllable consonant-vowel-consonant verbs double the consonant: "drop", "dropped".
    private static func doublesFinalConsonant(_ lemma: String) -> Bool {
        let letters = Array(lemma)
        guard letters.count >= 3, let last = letters.last, "bdgklmnprt".contains(last) else { return false }
        guard isVowel(letters[letters.count - 2]), !isVowel(letters[letters.count - 3]) else { return false }
        let vowelGroups = zip(letters, [Character(" ")] + letters).filter { isVowel($0) && !isVowel($1) }.count
        return vowelGroups == 1
    }

    private static func isVowel(_ letter: Character?) -> Bool {
        letter.map { "aeiou".contains($0) } ?? false
    }

    /// Third person, past, past participle, -ing.
    private static let irregular: [String: [String]] = [
        "forget": ["forgets", "forgot", "forgotten", "forgetting"],
        "sleep": ["sleeps", "slept", "sleeping"],
        "blow": ["blows", "blew", "blown", "blowing"],
        "break": ["breaks", "broke", "broken", "breaking"],
        "take": ["takes", "took", "taken", "taking"],
        "make": ["makes", "made", "making"],
        "catch": ["catches", "caught", "catching"],
        "do": ["does", "did", "done", "doing"],
        "see": ["sees", "saw", "seen", "seeing"],
        "get": ["gets", "got", "gotten", "getting"],
        "let": ["lets", "letting"],
        "read": ["reads", "reading"],
        "run": ["runs", "ran", "running"],
    ]
}
