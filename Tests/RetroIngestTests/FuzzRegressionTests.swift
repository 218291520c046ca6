import Foundation
import Testing
import RetroIngest
import RetroModel

/// Inputs that crashed a parser under `make fuzz`, kept as regressions: each must now be read or
/// refused with an InputError, never trap. (Base64 of the reproducer libFuzzer saved.)
@Suite struct FuzzRegressionTests {
    struct Finding: Sendable, CustomStringConvertible {
        var name: String
        var format: String?
        var base64: String
        var description: String { name }
    }

    static let findings: [Finding] = [
        // slack-zip: a central directory pointing past the end of the archive made ZIPFoundation's
        // in-memory reader build a negative range and trap.
        Finding(name: "zip-offset-past-end", format: "slack-export", base64: "UEsDBBQAAAAIABICdV1Cdlz0lQAAAOkAAAAUAAAAZXhwb3J0L2NoYW5uZWxzLmpzb251zbEKgzAUheHdpwh3tnCj1ki3oEsHLbQ4iZRUr0UwKUQ7Fd+9yVColG6HnwNfEzD2grGHA4Mcj1UeYcIhZGCUJh9H0+0+rbOkFvJfLuI0SQUiuqxJ38jOLjdQIy9kJf27xugiS2jdHOfrnQxZNbnToKaZ1nADn2VVnMpv1yrTP/RWBZ7soywWMc/gj/ujLfZJa9AGb1BLAwQUAAAACAASAnVdNMgOrnkAAAARAQAAEQAAAGV4cG9ydC91c2Vycy5qc29ui+ZSUKhWykxRslJQCjUwdHH0c1TSUVDKS8xNBQmlJOYlgvhFqYk58TBBF6Cggn9RSWYVSKqgKD8tMwckUa2UkllckJNYGY+sXS8fnwG1tTooLjAKdvRFdkBxYi4hS4ITcxW8MezAMNnYx9UV2eSc1FQ0k2truWK5AFBLAwQUAAAACAASAnVd5s+/60sAAABZAAAAHQAAAGV4cG9ydC9yYW5kb20vMjAyNS0wMS0xMC5qc29ui+ZSUKhWKqksSFWyUlDKTS0uTkxPVdJRUCotTi0CCYUaGAU7+oJESopBfENzYzMTM3NjAwM9AzAAS6VWlIAkc0rzkjPslWq5YrkAUEsDBBQAAAAIABICdV1084IWYQIAAK0FAAAfAAAAZXhwb3J0L2luYy0yMDQxLzIwMjUtMDEtMTAuanNvbpVUW2/aMBR+7684y7Q9VB2Y+8oqtEBRVa0X1LKnCkUmPhCPEEe22UCU/z7bSUZ67/Lmc/3Od76TuwOArac3KXpd8JaoFJ2jdwSeWk0LaxjRJME4+CV4Yl0rhdLaf5IWtosj90XEIw7pUWKe2Ofz2KcaG9wFFsth2Vwz/1Owlrn8IYjOgXaEDO2rsYHU6qmPakA+tmnOMGGnvpu2jbxdv1rclNuqFtd1LhapDY4jORWm2er/qDbyN1VPAYIh+KyDVNcCk5/cy7rcJTtkH1BLAQIUAxQAAAAIABICdV1Cdlz0lQAAAOkAAAAUAAAAAAAAAAAAAACkgQAAAABleHBvcnQvY2hhbm5lbHMuanNvblBLAQIUAxQAAAAIABICdV00yA6ueQAAABEBAAARAAAAAAAAAAAAAACkgccAAABleHBvcnQvdXNlcnMuanNvblBLAQIUAxQAAAAIABICdV3mz7/rSwAAAFkAAAAdAAAAAAAAAAAAAACkgW8BAABleHBvcnQvcmFuZG9tLzIwMjUtMDEtMTAuanNvblBLAQIUAxQAAAAIABICdV1084IWYQIAAK0FAAAfAAAAAAAAAAAAAACkgfUBAABleHBvcnQvaW5jLTIwNDEvMjAyNS0wMS0xMC5qc29uUEsBAhQDFAAAAAgAEgJ1XYQVY4nnAAAA2AEAAB8AAAAAAAAAAAAAAKSBkwQAAGV4cG9ydC9pbmMtMjA0MS8yMDI1LTAxLTExLmpzb25QSwUGAAAAAAUABQBmAQAAtwUAAAAA"),
        // detect: the same ZIPFoundation trap, reached through format detection of a mutated zip.
        Finding(name: "zip-detect-offset-past-end", format: nil, base64: "UEsDBBQAAAAAABICdV00yA6uEQEAABEBAAAKAAAAdXNlcnMuanNvblsKICB7ImlkIjogIlUwMURBTkEiLCAibmFtZSI6ICJkYW5hIiwgInJlYWxfbmFtZSI6ICJEYW5hIE9ydGl6IiwgInByb2ZpbGUiOiB7ImRpc3BsYXlfbmFtZSI6ICJkYW5BTkRPTSIsICJuYW1lIjogInJhbmRvbSIsICJjcmVhdGVkIjogIjE0NTI4MzczMTgiLCAibWVtYmVycyI6IFsiVTAxREFOQSJdLCAiaXNfZ2VuZXJhbCI6IHRydWV9Cl0KUEsDBBQAAAAAABICdV0pu0wNAgAAAAIAAPb29vb29vb29vb29vb29gAXAAAALi4vZXZpbC8yMDI1LTAxLTEwLmpzb25bXVBLAQIUAxQAAAAAABICdV00yA6uEQEAABEBAAAKAAAAAAAAAAAAAACkgQAAAAB1c2Vycy5qc29uUEsBAhQDFAAAAAAAEgJ1XUJ2XPQDAAAA6QAAAA0AAAAAAAAAAAAAAKSBOQEAAGNoYW5uZWxzLmpzb25QSwECFAMUAAAAAAASAnVdKbtMDQIAAAACAAAAFwAAAAAAAAAAAAAAgAFNAgAALi4vZXZpbC8yMDI1LTAxLTEwLmpzb25QSwUGAAAAAAMAAwC4AAAAhAIAAAAA"),
    ]

    @Test(arguments: findings)
    func isReadOrRefusedWithoutTrapping(_ finding: Finding) throws {
        let data = try #require(Data(base64Encoded: finding.base64))
        do {
            _ = try Ingest.read(SourceInput(data: data, displayPath: finding.name), as: finding.format)
        } catch let error as InputError {
            #expect(error.location.path.hasPrefix(finding.name))
        } catch let errors as InputErrors {
            #expect(!errors.errors.isEmpty)
        }
    }
}
