import Foundation
import SelarasCore
@testable import SelarasRegistry

/// Writes registry tables to a fresh temporary directory for one test.
struct RegistryFixture {
    let directory: String

    init(_ files: [String: String]) throws {
        directory = NSTemporaryDirectory() + "selaras-registry-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        }
    }

    func load() throws -> (FactRegistry, [Diagnostic]) {
        try FactRegistry.load(directory: directory)
    }

    func errors() throws -> [Diagnostic] {
        try load().1.filter { $0.level == .error }
    }

    static let agenciesHeader = "id,name,short_forms,kind,parent,region,valid_from,valid_to,successor,source,verified_as_of\n"
    static let officialsHeader = "id,person,full_name,front_titles,back_titles,position,agency,role,valid_from,valid_to,source,verified_as_of\n"
    static let regulationsHeader = "id,type,issuer,number,year,title,enacted,amended_by,revoked_by,revoked_on,source,verified_as_of\n"

    /// A small valid registry: the Kominfo rename, the Kalsel governors, a revoked law.
    static let minimal: [String: String] = [
        "regions.csv": "id,name,short_forms,kind,parent,source,verified_as_of\nkalsel,Kalimantan Selatan,Kalsel,provinsi,,brief,2025-10\n",
        "agencies.csv": agenciesHeader + """
            kominfo,Kementerian Komunikasi dan Informatika,Kominfo | Kemenkominfo,kementerian,,,,2024-10-20,komdigi,brief §5.1,2025-10
            komdigi,Kementerian Komunikasi dan Digital,Komdigi,kementerian,,,2024-10-21,,,brief §5.1,2025-10
            pemprov,Pemerintah Provinsi Kalimantan Selatan,Pemprov Kalsel,pemprov,,kalsel,,,,brief,2025-10

            """,
        "officials.csv": officialsHeader + """
            gub-1,sahbirin,Sahbirin Noor,,,Gubernur Kalimantan Selatan,pemprov,definitif,2016,2024-11-13,brief §5.4,2025-10
            gub-plh,roy,Roy Rizali Anwar,,,Gubernur Kalimantan Selatan,pemprov,Plh.,2024-11-14,2024-11-23,brief §5.4,2025-10
            gub-plt,muhidin,Muhidin,H.,,Gubernur Kalimantan Selatan,pemprov,Plt,2024-11-24,2024-12-15,brief §5.4,2025-10
            gub-2,muhidin,Muhidin,H.,,Gubernur Kalimantan Selatan,pemprov,definitif,2024-12-16,,brief §5.4,2025-10
            kadinkes,fitri,Fitri Contoh,dr.,"M.Kes.",Kepala Dinas Kesehatan Provinsi Kalimantan Selatan,pemprov,definitif,2022-01,,fiktif,2025-10

            """,
        "regulations.csv": regulationsHeader + """
            uu-5-2014,UU,,5,2014,Aparatur Sipil Negara,2014-01-15,,uu-20-2023,,brief,2025-10
            uu-20-2023,UU,,20,2023,Aparatur Sipil Negara,2023-10-31,,,,fiktif-tanggal,2025-10
            uu-11-2008,UU,,11,2008,Informasi dan Transaksi Elektronik,2008,uu-19-2016 | uu-1-2024,,,brief,2025-10
            uu-19-2016,UU,,19,2016,Perubahan atas UU 11/2008,2016-11,,,,brief,2025-10
            uu-1-2024,UU,,1,2024,Perubahan Kedua atas UU 11/2008,2024-01-02,,,,brief,2025-10
            keppres-160,KEPPRES,Presiden,160/P,2024,Pengangkatan,2024,,,,brief,2025-10
            pergub-41,Pergub,Gubernur Kalimantan Selatan,041,2023,Contoh,2023-03-01,,,,fiktif,2025-10

            """,
    ]
}
