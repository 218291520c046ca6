import Testing

@testable import RetroLint

/// The packs are read without Yams at start-up; these tests hold that reader to what Yams reads.
@Suite struct PackReaderTests {
    static let builtInPacks = [("BlamePack", BlamePack.yaml), ("TerminologyPack", TerminologyPack.yaml), ("CustomerPack", CustomerPack.yaml)]

    @Test(arguments: builtInPacks.map(\.0))
    func builtInPackStaysInTheSubsetAndReadsAsYamsReadsIt(name: String) throws {
        let yaml = try #require(Self.builtInPacks.first { $0.0 == name }).1
        let root = PackReader.read(yaml)
        #expect(root != nil, "\(name) uses YAML the pack reader does not read: it falls back to Yams at every start")
        let general = try PhrasePack(yaml: yaml)
        #expect(!general.rules.isEmpty || !general.words.isEmpty)
        #expect(root.map(PhrasePack.init(root:)) == general)
    }

    @Test func readsFlowListsAcrossLinesWithCommentsAndQuotes() throws {
        let yaml = """
            # leading comment
            words:
              # a comment line
              people: [ada, "bo'b",   c d , # a comment inside the list
                       e-f, 20/20 hindsight,]
            rules:
              some.rule:
                terms: []
                other: [x#y, "yes"]   # trailing comment
            """
        let root = try #require(PackReader.read(yaml))
        let pack = PhrasePack(root: root)
        #expect(pack.words == ["people": ["ada", "bo'b", "c d", "e-f", "20/20 hindsight"]])
        #expect(pack.rules == ["some.rule": ["terms": [], "other": ["x#y", "yes"]]])
        #expect(pack == (try PhrasePack(yaml: yaml)))
    }

    @Test(arguments: [
        "words:\n  a: [yes]\n",  // a boolean to YAML
        "words:\n  a: [1, 2]\n",  // numbers
        "words:\n  a: [~]\n",  // null
        "words:\n  a: ['x']\n",  // single quotes
        "words:\n  a: [\"x\\ty\"]\n",  // an escape
        "words:\n  a: [b: c]\n",  // a pair in a flow list
        "words:\n  a:\n    - x\n",  // a block list
        "words:\n  a: &x [b]\n  c: *x\n",  // an anchor and an alias
        "words:\n  a: [b]\n  a: [c]\n",  // a repeated key
        "words:\n  a: [long\n     word]\n",  // a plain item folded over two lines
        "words:\n  a:\n",  // a key with no value
        "words:\n\ta: [b]\n",  // a tab
        "words:\n  a: [b]\n   c: [d]\n",  // inconsistent indentation
    ])
    func leavesEverythingOutsideTheSubsetToYams(yaml: String) {
        #expect(PackReader.read(yaml) == nil)
        // The pack is still read, by Yams, to the same lists as before.
        #expect(PhrasePack.reading(yaml) == ((try? PhrasePack(yaml: yaml)) ?? PhrasePack()))
    }

    @Test func aPackOutsideTheSubsetIsStillRead() {
        let pack = PhrasePack.reading("words:\n  a:\n    - x\n    - y z\n")
        #expect(pack.words["a"] == ["x", "y z"])
    }
}
