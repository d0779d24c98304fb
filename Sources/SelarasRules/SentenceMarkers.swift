/// Finds marker words or phrases in a sentence (case-insensitive, whole words), for the checks
/// that stay quiet when a sentence plainly talks about the past (`sebelumnya`, `telah dicabut`).
public struct SentenceMarkers: Sendable, Hashable {
    /// Each marker as lowercase words.
    private let phrases: [[String]]

    public init(_ markers: [String]) {
        phrases = markers.map { SentenceMarkers.words($0) }.filter { !$0.isEmpty }
    }

    /// Whether any marker occurs in `sentence` as whole words.
    public func occurs(in sentence: String) -> Bool {
        let words = SentenceMarkers.words(sentence)
        for phrase in phrases where phrase.count <= words.count {
            for start in 0...(words.count - phrase.count) where Array(words[start..<start + phrase.count]) == phrase {
                return true
            }
        }
        return false
    }

    /// Lowercase runs of letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Words that say a sentence is about an earlier state (agency names, revoked regulations).
    public static let pastDefaults: [String] = [
        "dulu", "dahulu", "sebelumnya", "semula", "sempat", "kala itu", "saat itu", "waktu itu", "ketika itu",
        "berganti nama", "berubah nama", "ganti nama", "kini", "sekarang", "yang lama", "nama lama",
    ]

    /// Words that say a sentence already knows a regulation was revoked or replaced.
    public static let revocationDefaults: [String] = [
        "dicabut", "mencabut", "pencabutan", "diganti", "digantikan", "menggantikan", "pengganti", "tidak berlaku",
        "tidak lagi berlaku", "sebelumnya", "semula", "yang lama",
    ]
}
