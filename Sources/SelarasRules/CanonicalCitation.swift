import SelarasCore
import SelarasRegistry
import SelarasText

/// The full citation form of brief §1.3: `⟨type⟩ [⟨issuer⟩] Nomor ⟨N⟩ Tahun ⟨YYYY⟩ tentang ⟨Title⟩`.
enum CanonicalCitation {
    /// The full form of a registry row, its title included when known.
    static func text(for record: RegulationRecord, fallbackTitle: String? = nil) -> String {
        let needsIssuer = SelarasText.RegulationType(rawValue: record.type.key)?.needsIssuer ?? false
        let name = typeName(record.type, issuer: needsIssuer ? record.issuer : nil)
        let title = CitationLookup.title(of: record) ?? fallbackTitle
        return "\(name) Nomor \(record.number) Tahun \(record.year)" + (title.map { " tentang \($0)" } ?? "")
    }

    /// The full form built from the citation alone; nil when the type has no full name here, the
    /// year is missing, or the type needs an issuer the text does not give.
    static func text(for claim: CitationClaim) -> String? {
        guard let year = claim.year, let type = CitationLookup.registryType(claim.type) else { return nil }
        var issuer: String?
        if claim.type.needsIssuer {
            guard let written = claim.issuer, !written.isEmpty else { return nil }
            issuer = written
            if claim.type == .perda, let level = claim.regionLevel {
                let word = ["provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"][level.rawValue] ?? ""
                if !written.lowercased().hasPrefix(word.lowercased()) { issuer = "\(word) \(written)" }
            } else if claim.type == .perda {
                return nil  // `Perda Kalsel`: province or regency is not certain
            }
        }
        let name = typeName(type, issuer: issuer)
        return "\(name) Nomor \(claim.number) Tahun \(year)" + (claim.title.map { " tentang \($0)" } ?? "")
    }

    /// `Peraturan Menteri Dalam Negeri`, `Peraturan Wali Kota Banjarbaru`: the full type name and the
    /// issuer, the words they share written once (`Peraturan Gubernur` + `Gubernur Kalimantan Selatan`).
    static func typeName(_ type: SelarasRegistry.RegulationType, issuer: String?) -> String {
        guard let issuer, !issuer.isEmpty else { return type.fullForm }
        let issuerWords = issuer.split(separator: " ").map(String.init)
        if type.fullForm.contains("/") {
            // `Peraturan Badan/Lembaga`: the issuer names the body.
            let head = type.fullForm.split(separator: " ").first.map(String.init) ?? type.fullForm
            return "\(head) \(issuer)"
        }
        let typeWords = type.fullForm.split(separator: " ").map(String.init)
        var shared = 0
        for length in stride(from: min(typeWords.count, issuerWords.count), through: 1, by: -1)
        where typeWords.suffix(length).map({ $0.lowercased() }) == issuerWords.prefix(length).map({ $0.lowercased() }) {
            shared = length
            break
        }
        let rest = issuerWords.dropFirst(shared)
        return rest.isEmpty ? type.fullForm : "\(type.fullForm) \(rest.joined(separator: " "))"
    }
}
