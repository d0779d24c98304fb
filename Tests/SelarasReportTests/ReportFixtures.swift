import SelarasCore

/// A hand-built report exercising every reporter: multibyte text (curly quotes, NBSP, emoji, a
/// tab), a finding with registry evidence, a multi-line span, a cross-draft conflict reported
/// from both sides, HTML in a match, characters GitHub must escape, and diagnostics.
enum ReportFixtures {
    static let dinkes = "drafts/dinkes/rilis-1.md"
    static let bpbd = "drafts/bpbd/siaran pers.txt"
    static let setda = "drafts/setda/bersih.md"

    static let conflictEvidence = Evidence(
        record: "figures.csv:4 (korban-banjir-hst)", source: "https://bpbd.kalselprov.go.id/laporan/2024-03-04",
        verifiedAsOf: "2024-03-04", asOf: "2024-03-05"
    )

    static var findings: [ReportedFinding] {
        [
            ReportedFinding(
                path: dinkes, line: 3, column: 5, endLine: 3, endColumn: 15, rule: "ejaan.kementrian", level: .error,
                message: "Tulis \u{201C}Kementerian\u{201D}, bukan \u{201C}Kementrian\u{201D}.", match: "Kementrian",
                suggestions: ["Kementerian"],
                sourceLine: "\t\u{1F3E5} \u{201C}Kementrian Kesehatan\u{201D} menyatakan\u{00A0}siaga.",
                agency: "dinkes-kalsel"
            ),
            ReportedFinding(
                path: dinkes, line: 7, column: 10, endLine: 8, endColumn: 6, rule: "pejabat.gubernur", level: .warning,
                message: "Per 2024-03-05 Gubernur Kalimantan Selatan adalah Siti Rahma, bukan Budi Santoso.",
                match: "Budi\nSanto", suggestions: ["Siti Rahma"],
                evidence: Evidence(
                    record: "officials.csv:12 (gub-kalsel)", source: "SK Mendagri No. 100.2.1.3-123/2024",
                    verifiedAsOf: "2024-02-01", asOf: "2024-03-05"
                ),
                sourceLine: "Gubernur Budi", agency: "dinkes-kalsel",
                notes: ["Jabatan berganti pada 2024-02-01."]
            ),
            ReportedFinding(
                path: dinkes, line: 10, column: 31, endLine: 10, endColumn: 39, rule: "lintas.angka-korban",
                level: .error, message: "Jumlah korban berbeda antardraf: 12 orang di sini, 15 orang di bpbd-kalsel.",
                match: "12 orang", evidence: conflictEvidence,
                related: [
                    RelatedLocation(path: bpbd, line: 4, column: 9, endLine: 4, endColumn: 17,
                                    message: "Draf bpbd-kalsel menyebut 15 orang", agency: "bpbd-kalsel", match: "15 orang"),
                ],
                sourceLine: "Banjir di Hulu Sungai menelan 12 orang korban \u{2014} data sementara.",
                agency: "dinkes-kalsel"
            ),
            ReportedFinding(
                path: bpbd, line: 4, column: 9, endLine: 4, endColumn: 17, rule: "lintas.angka-korban", level: .error,
                message: "Jumlah korban berbeda antardraf: 15 orang di sini, 12 orang di dinkes-kalsel.",
                match: "15 orang", evidence: conflictEvidence,
                related: [
                    RelatedLocation(path: dinkes, line: 10, column: 31, endLine: 10, endColumn: 39,
                                    message: "Draf dinkes-kalsel menyebut 12 orang", agency: "dinkes-kalsel", match: "12 orang"),
                ],
                sourceLine: "Korban: 15 orang (100% terdata), lihat lampiran.", agency: "bpbd-kalsel"
            ),
            ReportedFinding(
                path: bpbd, line: 6, column: 1, endLine: 6, endColumn: 28, rule: "format.tag-html",
                level: .suggestion, message: "Tag HTML tertinggal (100%): hapus, lalu periksa ulang.",
                match: "<script>alert(\"x\")</script>", suggestions: ["&amp; <b>"],
                sourceLine: "<script>alert(\"x\")</script> \u{2018}selesai\u{2019}", agency: "bpbd-kalsel"
            ),
        ]
    }

    static var rules: [RuleDescriptor] {
        [
            RuleDescriptor(id: "ejaan.kementrian", kind: "substitution", level: .error,
                           message: "Tulis {expected}, bukan {match}.",
                           description: "Ejaan baku KBBI. Kata \u{201C}Kementrian\u{201D} tidak baku.",
                           link: "https://kbbi.kemdikbud.go.id/entri/kementerian"),
            RuleDescriptor(id: "lintas.angka-korban", kind: "cross-draft", level: .error,
                           message: "Jumlah korban berbeda antardraf.", description: "Angka yang sama harus sama di semua draf."),
            RuleDescriptor(id: "pejabat.gubernur", kind: "official", level: .warning,
                           message: "Nama pejabat tidak sesuai registri.", description: ""),
        ]
    }

    /// The fixture report; `format.tag-html` is deliberately missing from `rules`.
    static var report: Report {
        Report(
            toolVersion: "0.1.0",
            files: [
                FileSummary(path: bpbd, agency: "bpbd-kalsel", date: "2024-03-05", findings: 2),
                FileSummary(path: dinkes, agency: "dinkes-kalsel", date: "2024-03-05", findings: 3),
                FileSummary(path: setda, agency: nil, date: nil, findings: 0),
            ],
            findings: findings.sorted(by: ReportedFinding.reportOrder),
            diagnostics: [
                Diagnostic(.warning, "no date found; assumed 2024-03-05 (today)", path: setda, line: 1, column: 1),
                Diagnostic(.note, "pattern \u{201C}(a+)+$\u{201D} hit its match limit in 1 place"),
            ],
            rules: rules,
            claims: ClaimStats(found: 9, resolved: 7, checked: 5)
        )
    }

    /// A report with nothing in it.
    static var empty: Report {
        Report(toolVersion: "0.1.0", files: [FileSummary(path: setda, agency: nil, date: nil, findings: 0)])
    }
}
