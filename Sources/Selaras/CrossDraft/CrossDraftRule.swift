import SelarasCore
import SelarasRules

/// A rule of kind `cross-draft`: compares one sort of fact across all drafts of a run.
///
/// These rules find nothing in a single draft (phase 1 returns no findings); the engine's
/// phase 2 (`CrossDraftWiring`) runs them on every draft at once. They are built in rather than
/// written in a pack because their examples need two drafts, which the one-document example
/// harness of packs cannot express. They still behave like pack rules for users: their ids are
/// `lintas.*`, configuration `levels`/`disable` switch or relevel them (`lintas: "off"`), and
/// they are listed in the report's rules (SARIF `rules`).
public struct CrossDraftRule: Rule {
    /// Which fact the rule compares.
    public enum Fact: String, Sendable, CaseIterable {
        /// The same figure: one registry figure, or the same subject, unit, period and region.
        case figure
        /// The same official: one position held on the same date, or one person named twice.
        case official
        /// The same named event given two dates.
        case date
        /// The same regulation (same type and title) cited with another number or year.
        case regulation
    }

    public static let kindName = "cross-draft"
    public static let packID = "lintas"

    public let metadata: RuleMetadata
    public let fact: Fact

    public init(fact: Fact, metadata: RuleMetadata) {
        self.fact = fact
        self.metadata = metadata
    }

    /// Phase 1: nothing to find in one draft.
    public func check(_ context: RuleContext) throws -> [Finding] { [] }

    /// The four built-in rules, at level warning: a disagreement between agencies needs a
    /// person to decide which side is right, so it should not fail a pipeline by default.
    public static let all: [CrossDraftRule] = [
        make(.figure, "angka", "Angka yang sama dilaporkan berbeda oleh draf lain",
             "Dua draf menyebut angka untuk fakta yang sama (angka registri yang sama, atau pokok, satuan, periode dan wilayah yang sama) dengan nilai yang tidak bisa sama-sama benar. Pembulatan (1,2 juta dan 1.200.000) dan kata perkiraan (sekitar 1.200) yang mencakup angka lain tidak dilaporkan; jumlah dan persentase tidak dibandingkan."),
        make(.official, "pejabat", "Pejabat yang sama ditulis berbeda oleh draf lain",
             "Dua draf menulis pejabat yang sama pada tanggal yang sama dengan nama berbeda (jabatan sama, nama lain) atau dengan jabatan berbeda (nama sama, jabatan lain pada instansi/wilayah yang sama)."),
        make(.date, "tanggal", "Acara yang sama diberi tanggal berbeda oleh draf lain",
             "Dua draf menyebut acara bernama yang sama (misalnya Apel Siaga Bencana Banjir) dengan tanggal berbeda dalam kalimat yang sama."),
        make(.regulation, "regulasi", "Regulasi yang sama dikutip dengan nomor atau tahun berbeda oleh draf lain",
             "Dua draf mengutip regulasi berjenis dan berjudul sama (atau yang menurut registri sama) dengan nomor atau tahun berbeda."),
    ]

    /// The built-in rule comparing `fact`.
    public static func rule(for fact: Fact) -> CrossDraftRule? { all.first { $0.fact == fact } }

    private static func make(_ fact: Fact, _ name: String, _ summary: String, _ description: String) -> CrossDraftRule {
        CrossDraftRule(fact: fact, metadata: RuleMetadata(
            id: "\(packID).\(name)", packID: packID, kind: kindName, level: .warning,
            message: summary + ": {match}", description: description, scope: .all,
            file: "(built in: Sources/Selaras/CrossDraft)"))
    }
}
