import SelarasCore
import Testing
@testable import SelarasReport

@Suite("Fingerprint and SHA-256")
struct FingerprintTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("Kementerian \u{201C}Kesehatan\u{201D}\u{00A0}\u{1F3E5}",
         "f7c55b213d4ec07aa3fdd75cf3eab6217e83e82916da271658214c9dfb2e2b63"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256.hexDigest(input) == digest)
    }

    /// Lengths around the padding boundaries (55/56 bytes, one and two blocks).
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func blockBoundaries(length: Int, digest: String) {
        #expect(SHA256.hexDigest(String(repeating: "a", count: length)) == digest)
    }

    @Test func oneMillionA() {
        #expect(SHA256.hex(SHA256.digest([UInt8](repeating: 0x61, count: 1_000_000)))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func stableWhenLinesMove() {
        let original = ReportFixtures.findings
        var moved = original
        for index in moved.indices {
            moved[index].line += 7
            moved[index].endLine += 7
            moved[index].span = moved[index].span.shifted(by: 120)
        }
        #expect(Fingerprint.fingerprints(for: original) == Fingerprint.fingerprints(for: moved))
    }

    @Test func changesWithWhatTheFindingIs() {
        let base = Fingerprint.compute(rule: "r", path: "a.md", match: "x", context: "ada x di sini", occurrence: 0)
        #expect(base.count == 64)
        #expect(base != Fingerprint.compute(rule: "r2", path: "a.md", match: "x", context: "ada x di sini", occurrence: 0))
        #expect(base != Fingerprint.compute(rule: "r", path: "b.md", match: "x", context: "ada x di sini", occurrence: 0))
        #expect(base != Fingerprint.compute(rule: "r", path: "a.md", match: "y", context: "ada x di sini", occurrence: 0))
        #expect(base != Fingerprint.compute(rule: "r", path: "a.md", match: "x", context: "ada x di situ", occurrence: 0))
        #expect(base != Fingerprint.compute(rule: "r", path: "a.md", match: "x", context: "ada x di sini", occurrence: 1))
    }

    @Test func normalisesWhitespaceAndPaths() {
        let plain = Fingerprint.compute(rule: "r", path: "d/a.md", match: "x", context: "ada x di sini", occurrence: 0)
        #expect(plain == Fingerprint.compute(rule: "r", path: "./d\\a.md", match: "x",
                                             context: "  ada\u{00A0}x \t di\u{2003}sini ", occurrence: 0))
    }

    @Test func identicalFindingsGetDistinctOccurrences() {
        let one = ReportedFinding(path: "a.md", line: 1, column: 1, endLine: 1, endColumn: 2, rule: "r", level: .error,
                                  message: "m", match: "x", sourceLine: "x x")
        var two = one
        two.column = 3
        let prints = Fingerprint.fingerprints(for: [one, two])
        #expect(prints[0] != prints[1])
        var preset = one
        preset.fingerprint = "engine-made"
        #expect(Fingerprint.fingerprints(for: [preset, two])[0] == "engine-made")
    }

    @Test func fillSetsOnlyEmptyFingerprints() {
        var findings = ReportFixtures.findings
        findings[0].fingerprint = "kept"
        Fingerprint.fill(&findings)
        #expect(findings[0].fingerprint == "kept")
        #expect(findings.dropFirst().allSatisfy { $0.fingerprint.count == 64 })
    }
}
