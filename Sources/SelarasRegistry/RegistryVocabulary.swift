/// The closed value lists of the registry: agency kinds, official roles, term statuses.
/// A value outside these lists is an error naming the file and line, so a typo never becomes a fact.

/// What kind of body an agency is.
public enum AgencyKind: String, Sendable, Hashable, CaseIterable {
    case kementerian, kemenko, lembaga, badan
    case pemprov, pemkab, pemkot, setda, dprd, dinas, inspektorat, kecamatan
    case polri, tni, kejaksaan, pengadilan
    case bumn, bumd, kanwil, universitas, forum, lainnya
}

/// How an official holds a position.
public enum OfficialRole: String, Sendable, Hashable, CaseIterable {
    /// Appointed or elected holder.
    case definitif
    /// Pelaksana Tugas: stands in long-term.
    case plt
    /// Pelaksana Harian: day-to-day stand-in.
    case plh
    /// Penjabat: fills a vacant elected post.
    case pj
    /// Penjabat Sementara: stands in during the incumbent's campaign leave.
    case pjs

    /// Parses `definitif`, `Plt`, `Plt.`, `PLH`, … (case and final period ignored).
    public init?(parsing text: String) {
        var key = text.trimmingSpaces().lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        self.init(rawValue: key)
    }

    /// The marker written before a position: `Plt.`, `Plh.`, `Pj.`, `Pjs.`; empty for definitif.
    public var marker: String {
        switch self {
        case .definitif: return ""
        case .plt: return "Plt."
        case .plh: return "Plh."
        case .pj: return "Pj."
        case .pjs: return "Pjs."
        }
    }

    /// Whether the role is a stand-in (any role but definitif).
    public var isActing: Bool { self != .definitif }
}

/// Whether a form of a term should be used.
public enum TermStatus: String, Sendable, Hashable, CaseIterable {
    /// The form to use.
    case preferred
    /// Acceptable, though another form is preferred.
    case admitted
    /// Not to be used; use `preferred` instead.
    case deprecated
}

import SelarasCore
