import SelarasCore

/// An acting marker before a position (brief §2.3).
public enum ActingMarker: String, Sendable, Hashable {
    /// Pelaksana Tugas.
    case plt
    /// Pelaksana Harian.
    case plh
    /// Penjabat.
    case pj
    /// Penjabat Sementara.
    case pjs
}

/// Which came first in the text.
public enum OfficialOrder: String, Sendable, Hashable {
    /// `Gubernur Kalimantan Selatan H. Muhidin`.
    case positionFirst
    /// `dr. Siti Aminah, M.Kes., Kepala Dinas Kesehatan …`.
    case nameFirst
}

/// An official named with a position: `Plt. Kepala Dinas Kesehatan Provinsi Kalimantan Selatan dr. Siti Aminah, M.Kes.`.
public struct OfficialClaim: Sendable, Hashable {
    /// Whole mention: acting marker, position, rank, titles and name.
    public var span: Span
    public var sentence: Span
    public var order: OfficialOrder
    public var acting: ActingMarker?
    public var actingWritten: String?
    /// Position with its unit and region as written (`Kapolda Kalsel`).
    public var positionWritten: String
    public var positionSpan: Span
    /// Head of the position, expanded (`Kapolda` → `Kepala Kepolisian Daerah`, `Walikota` → `Wali Kota`).
    public var positionHead: String
    /// Unit/region after the head, with region abbreviations expanded (`Kalsel` → `Kalimantan Selatan`).
    public var unit: String?
    /// `positionHead` + `unit`: `Kepala Kepolisian Daerah Kalimantan Selatan`.
    public var position: String
    /// `AKBP`, `Kombes Pol.`, `Letkol Inf`.
    public var rank: String?
    public var rankSpan: Span?
    /// `H.`, `dr.`, `Drs.` … in order.
    public var frontTitles: [String]
    /// `S.Sos.`, `M.Si.` … in order.
    public var backTitles: [String]
    /// The name without titles (`Siti Aminah`), nil when the mention names no person.
    public var name: String?
    public var nameSpan: Span?
    /// Front titles through back titles, as written.
    public var nameWithTitles: String?
    public var matchedPersonID: String?
    public var matchedName: String?
    /// Edit distance between `name` and `matchedName` (0 = exact).
    public var distance: Int?
}
