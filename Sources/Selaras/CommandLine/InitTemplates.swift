/// The files `selaras init` writes, as text.
///
/// Kept in one place so they are easy to adjust when a format changes: the registry tables
/// follow `TableSchema` in `SelarasRegistry` (required and optional columns per table). Every
/// example row is fictional ("Contoh Raya") or a plain public fact, so that a starter registry
/// never contradicts a real draft before the secretariat fills in its own data.
enum InitTemplates {
    /// The local pack's directory and id.
    static let localPackDirectory = "packs/lokal"

    /// Relative path → contents. `builtInPacks` are the ids named in the configuration;
    /// `date` (YYYY-MM-DD) fills `verified_as_of` of the example rows.
    static func files(builtInPacks: [String], date: String) -> [(path: String, contents: String)] {
        [
            ("selaras.json5", configuration(builtInPacks: builtInPacks)),
            ("registry/regions.csv", regions(date)),
            ("registry/agencies.csv", agencies(date)),
            ("registry/officials.csv", officials(date)),
            ("registry/regulations.csv", regulations(date)),
            ("registry/figures.csv", figures(date)),
            ("registry/terms.csv", terms(date)),
            ("\(localPackDirectory)/pack.json5", packManifest),
            ("\(localPackDirectory)/istilah-asing.json5", foreignTermsRule),
        ]
    }

    static func configuration(builtInPacks: [String]) -> String {
        let packs = (builtInPacks + ["lintas", localPackDirectory]).map { "    \"\($0)\",\n" }.joined()
        return """
            // Konfigurasi Selaras. Jalur (path) di sini relatif terhadap folder berkas ini.
            // Penjelasan lengkap setiap kunci: docs/configuration.md.
            {
              // Folder registri fakta: tabel CSV/TSV wilayah, instansi, pejabat, peraturan, angka, istilah.
              // Periksa dengan: selaras registry check registry
              registry: "registry",

              // Paket aturan yang dipakai: id paket bawaan, atau folder yang berisi pack.json5.
              // "lintas" menyalakan perbandingan antardraf (angka, pejabat, tanggal, regulasi).
              // Uji paket dengan: selaras pack test
              packs: [
            \(packs)  ],

              // `selaras check` keluar dengan kode 1 bila ada temuan pada tingkat ini atau lebih tinggi.
              // Pilihan: "error", "warning", "suggestion".
              failOn: "error",

              // Hanya temuan pada tingkat ini atau lebih tinggi yang ditampilkan.
              minLevel: "suggestion",

              // Pengaturan per kelompok berkas; yang ditulis belakangan menang. Contoh:
              // { files: "drafts/dinkes/**", agency: "dinkes-contoh-raya",
              //   disable: ["ejaan.ragam-cakapan"], levels: { "angka.rupiah": "error" } },
              overrides: [],

              // Berkas yang tidak pernah diperiksa (pola glob, relatif terhadap folder ini).
              ignore: ["**/arsip/**"],
            }

            """
    }

    static let note = "CONTOH: ganti dengan data sebenarnya lalu hapus baris ini"

    static func regions(_ date: String) -> String {
        """
        # Wilayah: provinsi, kabupaten, kota. Kolom wajib: id, name, kind, source. kind: negara, provinsi, kabupaten, kota, kecamatan, desa.
        id,name,short_forms,kind,parent,source,verified_as_of,note
        contoh-raya,Contoh Raya,Cora,provinsi,,"FIKTIF: ganti dengan undang-undang pembentukan provinsi",\(date),\(note)

        """
    }

    static func agencies(_ date: String) -> String {
        """
        # Instansi. Kolom wajib: id, name, kind, source. short_forms dipisah dengan |. valid_from/valid_to: YYYY, YYYY-MM atau YYYY-MM-DD.
        id,name,short_forms,kind,parent,region,valid_from,valid_to,successor,source,verified_as_of,note
        diskominfo-contoh-raya,Dinas Komunikasi dan Informatika Provinsi Contoh Raya,Diskominfo Cora,dinas,,contoh-raya,2020-01-01,,,"FIKTIF: ganti dengan perda pembentukan perangkat daerah",\(date),\(note)

        """
    }

    static func officials(_ date: String) -> String {
        """
        # Pejabat: satu baris per masa jabatan. Kolom wajib: id, full_name, position, role, valid_from, source. role: definitif, Plt, Plh, Pj, Pjs.
        id,person,full_name,front_titles,back_titles,name_variants,position,agency,role,valid_from,valid_to,appointed_by,source,verified_as_of,note
        kadiskominfo-contoh-raya,pejabat-contoh,Pejabat Contoh,,S.Sos.,,Kepala Dinas Komunikasi dan Informatika Provinsi Contoh Raya,diskominfo-contoh-raya,definitif,2024-01-02,,,"FIKTIF: ganti dengan keputusan pengangkatan",\(date),\(note)

        """
    }

    static func regulations(_ date: String) -> String {
        """
        # Peraturan. Kolom wajib: id, type, number, year, title, source. type: UU, PP, PERPRES, PERMEN, PERDA, PERGUB, PERBUP, PERWALI, …
        id,type,issuer,number,year,title,enacted,aliases,amended_by,revoked_by,revoked_on,source,verified_as_of,note
        uu-14-2008,UU,,14,2008,Keterbukaan Informasi Publik,2008,UU KIP,,,,JDIH BPK (peraturan.bpk.go.id),\(date),Contoh baris; tambahkan peraturan yang sering dikutip instansi Anda

        """
    }

    static func figures(_ date: String) -> String {
        """
        # Angka resmi. Kolom wajib: id, subject, value, unit, source. triggers dipisah dengan |. Desimal ditulis dengan koma: "12,5".
        id,subject,triggers,value,unit,period,region,as_of,tolerance,source,verified_as_of,note
        peserta-pelatihan-contoh-2024,Peserta pelatihan contoh di Contoh Raya,peserta pelatihan contoh,120,orang,2024,contoh-raya,2024-12-31,0,"FIKTIF: ganti dengan sumber data resmi (BPS, laporan dinas)",\(date),\(note)

        """
    }

    static func terms(_ date: String) -> String {
        """
        # Istilah. Kolom wajib: id, term, status, source. status: preferred, admitted, deprecated (deprecated perlu kolom preferred).
        id,term,variants,status,preferred,valid_from,valid_to,note,source,verified_as_of
        istilah-001,online,,deprecated,daring,,,Padanan bahasa Indonesia (Badan Bahasa),KBBI daring,\(date)

        """
    }

    static let packManifest = """
        // Paket aturan lokal: aturan khusus instansi atau daerah Anda. Lihat docs/rule-packs.md.
        {
          id: "lokal",
          name: "Aturan lokal",
          version: "0.1.0",
          description: "Aturan tambahan milik sekretariat ini.",
          language: "id",
          maintainer: "Sekretariat",
          rules: ["*.json5"],
        }

        """

    static let foreignTermsRule = """
        // Contoh aturan: istilah asing → padanan bahasa Indonesia (Badan Bahasa).
        // Setiap aturan perlu contoh salah (bad, teks yang ditandai diapit «») dan contoh benar (good).
        // Uji dengan: selaras pack test packs/lokal
        {
          id: "istilah-asing",
          kind: "substitution",
          level: "suggestion",
          message: "Gunakan padanan bahasa Indonesia '{expected}' untuk '{match}'.",
          description: "Istilah asing yang sudah punya padanan baku: online → daring, stakeholder → pemangku kepentingan.",
          link: "https://kbbi.kemdikbud.go.id/",
          params: {
            terms: [
              { from: "online", to: "daring" },
              { from: "offline", to: "luring" },
              { from: "stakeholder", to: "pemangku kepentingan" },
              { from: "deadline", to: "tenggat" },
              { from: "roadmap", to: "peta jalan" },
            ],
            // Nama resmi sistem tetap ditulis seperti aslinya.
            exceptions: ["Online Single Submission"],
          },
          examples: {
            bad: [
              { text: "Pendaftaran dibuka secara «online».", suggestion: "daring" },
              "Rapat «offline» bersama para «stakeholder» digelar Senin.",
              { text: "«Roadmap» digitalisasi disusun tahun ini.", suggestion: "Peta jalan" },
            ],
            good: [
              "Pendaftaran dibuka secara daring; rapat luring bersama pemangku kepentingan digelar Senin.",
              "Izin usaha diurus melalui Online Single Submission (OSS).",
            ],
          },
        }

        """
}
