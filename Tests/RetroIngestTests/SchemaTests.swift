import Foundation
import Testing

@testable import RetroIngest

/// The shipped JSON Schema and the decoder describe the same file.
@Suite struct SchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = root.appendingPathComponent("schema/retro-v1.schema.json")

    static func schema() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL))
        return try #require(object as? [String: Any])
    }

    @Test func topLevelKeysMatchTheDecoder() throws {
        let properties = try #require(try Self.schema()["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(IncidentDecoder.topKeys))
        #expect(try Self.schema()["additionalProperties"] as? Bool == false)
    }

    @Test func timelineEventAndExclusionKeysMatchTheDecoder() throws {
        let properties = try #require(try Self.schema()["properties"] as? [String: Any])
        func itemKeys(_ name: String) throws -> Set<String> {
            let list = try #require(properties[name] as? [String: Any])
            let items = try #require(list["items"] as? [String: Any])
            return Set(try #require(items["properties"] as? [String: Any]).keys)
        }
        #expect(try itemKeys("timeline") == Set(IncidentDecoder.eventKeys))
        #expect(try itemKeys("exclude") == Set(IncidentDecoder.exclusionKeys))
    }

    @Test func everyDecodedKeyIsInTheSchema() throws {
        // Walk the schema and collect every property path; each must be readable by the decoder,
        // which `IncidentFileTests` exercises. Here: the schema rejects unknown keys everywhere.
        func check(_ node: Any, path: String) {
            guard let dict = node as? [String: Any] else { return }
            if let props = dict["properties"] as? [String: Any] {
                #expect(dict["additionalProperties"] as? Bool == false, "\(path) allows unknown keys")
                for (key, value) in props { check(value, path: "\(path).\(key)") }
            }
            if let items = dict["items"] { check(items, path: "\(path)[]") }
        }
        check(try Self.schema(), path: "$")
    }

    static var pythonValidator: Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import jsonschema, yaml"]
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    /// Validates every sample with an independent validator (Python's jsonschema) when it is installed.
    @Test(.enabled(if: pythonValidator, "needs python3 with jsonschema and PyYAML"))
    func samplesValidateAgainstTheSchema() throws {
        let script = """
            import glob, json, sys, yaml, jsonschema
            class Loader(yaml.SafeLoader): pass
            Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp'] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            schema = json.load(open(sys.argv[1]))
            files = sorted(glob.glob(sys.argv[2] + '/*/incident.yaml'))
            assert files, 'no samples found'
            for f in files:
                jsonschema.validate(yaml.load(open(f), Loader=Loader), schema)
                print('valid', f)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, Self.schemaURL.path, Self.root.appendingPathComponent("samples").path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(errors)")
        #expect(text.components(separatedBy: "valid ").count - 1 >= 3)
    }
}
