import Foundation
import SelarasCore
import SelarasPCRE2
import SelarasPacks
import SelarasRules

/// PackLoader on a temporary pack directory: part 1 is pack.json5, part 2 a rule file, part 3
/// a TSV table next to it (parts separated by 0x1E). Loaded rules are run on a short draft, so
/// fuzzed regexes and term lists are exercised end to end.
private let directory: String = {
    let path = NSTemporaryDirectory() + "selaras-fuzz-pack-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

private let draft = Document(path: "siaran.md", plainText: """
    Jakarta, 10 Juni 2025 — Menteri Keuangan meresmikan program di Kota Bandung. Anggaran Rp 5 milyar \
    atau 12,5 % dari total; walikota hadir pada hari Senin tanggal 09 Juni 2025. 🇮🇩 “Kutipan” selesai.
    """)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = FuzzInput.parts(FuzzInput.bytes(data, size), count: 3)
    _ = FileManager.default.createFile(atPath: directory + "/pack.json5", contents: Data(parts[0]))
    _ = FileManager.default.createFile(atPath: directory + "/aturan.json5", contents: Data(parts[1]))
    _ = FileManager.default.createFile(atPath: directory + "/tabel.tsv", contents: Data(parts[2]))
    let result = PackLoader(matcherFactory: PCRE2MatcherFactory()).load(directory: directory)
    for error in result.errors { precondition(!error.message.isEmpty) }
    for rule in result.pack?.rules ?? [] {
        let context = RuleContext(document: draft, referenceDate: LocalDate(iso: "2025-06-10")!)
        if let findings = try? rule.check(context) {
            for finding in findings { precondition(finding.span.end <= draft.source.count) }
        }
    }
    return 0
}
