import SelarasCore

/// Position names, abbreviations (brief §2.3) and the words that make up units and regions.
enum PositionTable {
    /// Multi-word position heads (lowercased words) → normalised head. Longest first.
    static let heads: [([String], String)] = [
        (["wakil", "wali", "kota"], "Wakil Wali Kota"), (["kepala", "kepolisian", "daerah"], "Kepala Kepolisian Daerah"),
        (["kepala", "kepolisian", "resor"], "Kepala Kepolisian Resor"), (["kepala", "pelaksana"], "Kepala Pelaksana"),
        (["sekretaris", "daerah"], "Sekretaris Daerah"), (["wakil", "gubernur"], "Wakil Gubernur"),
        (["wakil", "bupati"], "Wakil Bupati"), (["wakil", "walikota"], "Wakil Wali Kota"), (["wali", "kota"], "Wali Kota"),
        (["direktur", "utama"], "Direktur Utama"), (["wakil", "menteri"], "Wakil Menteri"), (["wakil", "presiden"], "Wakil Presiden"),
        (["kepala", "dinas"], "Kepala Dinas"), (["kepala", "badan"], "Kepala Badan"), (["kepala", "bagian"], "Kepala Bagian"),
        (["kepala", "bidang"], "Kepala Bidang"), (["kepala", "seksi"], "Kepala Seksi"), (["kepala", "kantor"], "Kepala Kantor"),
        (["kepala", "biro"], "Kepala Biro"), (["kepala", "desa"], "Kepala Desa"), (["kepala", "staf"], "Kepala Staf"),
        (["kepala", "pusat"], "Kepala Pusat"), (["wakil", "ketua"], "Wakil Ketua"), (["kepala", "satuan"], "Kepala Satuan"),
        (["gubernur"], "Gubernur"), (["bupati"], "Bupati"), (["walikota"], "Wali Kota"), (["camat"], "Camat"), (["lurah"], "Lurah"),
        (["direktur"], "Direktur"), (["menteri"], "Menteri"), (["presiden"], "Presiden"), (["ketua"], "Ketua"),
        (["kepala"], "Kepala"), (["panglima"], "Panglima"), (["komandan"], "Komandan"), (["inspektur"], "Inspektur"),
        (["asisten"], "Asisten"), (["sekretaris"], "Sekretaris"),
    ]

    /// Abbreviated positions (exact spelling) → expansion.
    static let abbreviations: FrozenStringMap<String> = [
        "Gub.": "Gubernur", "Wagub": "Wakil Gubernur", "Wabup": "Wakil Bupati", "Wawali": "Wakil Wali Kota",
        "Wawako": "Wakil Wali Kota", "Wako": "Wali Kota", "Sekda": "Sekretaris Daerah", "Sekdaprov": "Sekretaris Daerah Provinsi",
        "Sekdakab": "Sekretaris Daerah Kabupaten", "Sekdako": "Sekretaris Daerah Kota", "Kadis": "Kepala Dinas",
        "Kadiskominfo": "Kepala Dinas Komunikasi dan Informatika", "Kadinkes": "Kepala Dinas Kesehatan",
        "Kadiskes": "Kepala Dinas Kesehatan", "Kadisdik": "Kepala Dinas Pendidikan", "Kadishub": "Kepala Dinas Perhubungan",
        "Kaban": "Kepala Badan", "Kalak": "Kepala Pelaksana", "Kabag": "Kepala Bagian", "Kabid": "Kepala Bidang",
        "Kasubag": "Kepala Subbagian", "Kasubbag": "Kepala Subbagian", "Kasi": "Kepala Seksi", "Kades": "Kepala Desa",
        "Kapolri": "Kepala Kepolisian Negara Republik Indonesia", "Wakapolri": "Wakil Kepala Kepolisian Negara Republik Indonesia",
        "Kapolda": "Kepala Kepolisian Daerah", "Wakapolda": "Wakil Kepala Kepolisian Daerah", "Kapolres": "Kepala Kepolisian Resor",
        "Kapolresta": "Kepala Kepolisian Resor Kota", "Kapolrestabes": "Kepala Kepolisian Resor Kota Besar",
        "Kapolsek": "Kepala Kepolisian Sektor", "Kasat": "Kepala Satuan", "Dirreskrimum": "Direktur Reserse Kriminal Umum",
        "Dirreskrimsus": "Direktur Reserse Kriminal Khusus", "Dirresnarkoba": "Direktur Reserse Narkoba",
        "Dirlantas": "Direktur Lalu Lintas", "KSAD": "Kepala Staf Angkatan Darat", "KSAL": "Kepala Staf Angkatan Laut",
        "KSAU": "Kepala Staf Angkatan Udara", "Pangdam": "Panglima Komando Daerah Militer",
        "Kasdam": "Kepala Staf Komando Daerah Militer", "Danrem": "Komandan Komando Resor Militer",
        "Dandim": "Komandan Komando Distrik Militer", "Danramil": "Komandan Komando Rayon Militer",
        "Kapendam": "Kepala Penerangan Komando Daerah Militer", "Kapuspen": "Kepala Pusat Penerangan",
        "Danlanud": "Komandan Pangkalan Udara", "Danlantamal": "Komandan Pangkalan Utama TNI AL",
        "Danlanal": "Komandan Pangkalan TNI AL", "Dirut": "Direktur Utama", "Kakanwil": "Kepala Kantor Wilayah",
        "Kakankemenag": "Kepala Kantor Kementerian Agama", "Mendagri": "Menteri Dalam Negeri", "Menkeu": "Menteri Keuangan",
        "Menkes": "Menteri Kesehatan", "Menkominfo": "Menteri Komunikasi dan Informatika",
        "Menkomdigi": "Menteri Komunikasi dan Digital", "Wamenkomdigi": "Wakil Menteri Komunikasi dan Digital",
        "Kalaksa": "Kepala Pelaksana",
    ]

    /// Region abbreviations expanded in normalised positions.
    static let regionExpansions: FrozenStringMap<String> = [
        "Kalsel": "Kalimantan Selatan", "Kaltim": "Kalimantan Timur", "Kalbar": "Kalimantan Barat",
        "Kalteng": "Kalimantan Tengah", "Kaltara": "Kalimantan Utara", "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat",
        "Sumsel": "Sumatera Selatan", "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur",
        "Sulsel": "Sulawesi Selatan", "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah", "Sultra": "Sulawesi Tenggara",
        "Sulbar": "Sulawesi Barat", "Babel": "Kepulauan Bangka Belitung", "Kepri": "Kepulauan Riau", "Malut": "Maluku Utara",
        "Prov.": "Provinsi", "Kab.": "Kabupaten", "Tala": "Tanah Laut", "Batola": "Barito Kuala", "Tanbu": "Tanah Bumbu",
        "HSS": "Hulu Sungai Selatan", "HST": "Hulu Sungai Tengah", "HSU": "Hulu Sungai Utara",
    ]

    /// Lowercased words that belong to a unit or region after a position, never to a name.
    static let unitWords: FrozenStringSet = {
        let text = """
        provinsi prov. kabupaten kab. kota dinas badan bagian bidang seksi subbagian kantor wilayah kesehatan pendidikan \
        komunikasi informatika digital perhubungan sosial pertanian kependudukan pencatatan sipil lingkungan hidup pekerjaan \
        umum penataan ruang perumahan kawasan permukiman pemberdayaan masyarakat desa perempuan perlindungan anak tenaga kerja \
        ketenagakerjaan penanggulangan bencana daerah pelaksana perencanaan pembangunan penelitian keuangan aset pendapatan \
        kepegawaian pengembangan sumber daya manusia kebudayaan pariwisata pemuda olahraga perdagangan perindustrian koperasi \
        usaha kecil menengah ketahanan pangan perikanan kelautan kehutanan perkebunan peternakan energi mineral statistik \
        persandian kepolisian resor sektor negara republik indonesia satuan polisi pamong praja pemadam kebakaran humas \
        hubungan protokol pimpinan prokopim biro administrasi pemerintahan perekonomian kesejahteraan rakyat kesra reserse \
        kriminal narkoba lalu lintas lantas reskrim utama pt (persero) persero tbk selatan utara timur barat tengah tenggara \
        kalimantan sumatera jawa sulawesi papua maluku nusa bali aceh riau jambi bengkulu lampung banten gorontalo jakarta \
        yogyakarta dki diy kepulauan bangka belitung banjar banjarmasin banjarbaru martapura tanah laut bumbu kotabaru barito \
        kuala tapin hulu sungai tabalong balangan kementerian agama dalam negeri luar pertahanan hukum hak asasi staf angkatan \
        darat udara komando militer distrik rayon resort pusat penerangan pangkalan besar khusus kalsel kaltim kalbar kalteng \
        kaltara sumut sumbar sumsel jabar jateng jatim sulsel sulut sulteng sultra sulbar babel kepri malut tala batola tanbu \
        polda polres polresta polrestabes polsek kodim korem kodam koramil lanud lanal lantamal setda satpol rumah sakit inspektorat sekretariat dprd informasi publik ppid setda setdaprov operasional pemasaran teknik sdm
        """
        return FrozenStringSet(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }()

    /// Capitalised words that are neither names nor units: they end a name.
    static let notNames: FrozenStringSet = [
        "ia", "dia", "beliau", "kami", "kita", "menurut", "selain", "sementara", "hal", "kegiatan", "acara", "bapak", "ibu",
        "pak", "bu", "saudara", "pada", "di", "dalam", "saat", "dan", "yang", "ini", "itu", "juga", "the", "pemprov", "pemkab",
        "pemkot", "pemerintah", "rapat", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "januari",
        "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
        "terima", "kasih", "selamat", "bersama", "turut", "hadir", "mengatakan", "menyampaikan", "tersebut", "sedangkan",
        "adapun", "namun", "setelah", "sebelum", "sebagai", "untuk", "dari", "kepada", "oleh", "atas", "tahun", "nomor",
    ]

    static let actingMarkers: FrozenStringMap<ActingMarker> = [
        "Plt.": .plt, "Plt": .plt, "Plh.": .plh, "Plh": .plh, "Pj.": .pj, "Pj": .pj, "Pjs.": .pjs, "Pjs": .pjs,
    ]
}
