import Foundation
import Testing
import SelarasRegistry
@testable import Selaras

/// The quick rejections in front of the cross-draft statement builders turn away only sentences
/// the full reading would find nothing in.
@Suite struct CrossDraftFilterTests {
    static let sentences = [
        "Apel Siaga Bencana Banjir digelar Senin (3/3/2025) di Banjarmasin.",
        "Rapat Koordinasi Percepatan Penurunan Stunting berlangsung pada 12 Juni 2025.",
        "Peserta mengikuti (Rapat Koordinasi Daerah) pada Selasa, 4 Maret 2025.",
        "“Rapat Koordinasi Daerah” dibuka pada 4 Maret 2025.",
        "Kegiatan\u{00A0}Rapat Kerja Daerah dimulai 4 Maret 2025.",
        "rapat koordinasi digelar pada 4 Maret 2025.",
        "Warga diminta waspada mulai 4 Maret 2025.",
        "Para peserta rapat hadir pada 4 Maret 2025.",
        "APEL PAGI dilaksanakan pada 4 Maret 2025.",
        "Upacara HUT ke-80 RI digelar 17 Agustus 2025.",
    ]

    @Test func eventSentencesAlwaysPass() {
        for sentence in Self.sentences where CrossDraftDates.eventName(in: sentence) != nil {
            #expect(CrossDraftDates.mayNameEvent(sentence), "\(sentence)")
        }
        #expect(Self.sentences.filter { CrossDraftDates.eventName(in: $0) != nil }.count >= 5)
    }

    @Test func asciiSentencesSplitLikeCharacters() {
        let samples = Self.sentences + [
            "  (Rapat)  dibuka,\r\nlalu 'Apel' ditutup.;  ", "Forum:\tKonferensi\u{0B}Daerah\u{0C}2025 ...", "", " ; ",
        ]
        for sentence in samples {
            let raw = sentence.split { $0.isWhitespace }.map(String.init)
            let trimmed = raw.map { $0.trimmingCharacters(in: CrossDraftDates.trimmed) }
            let split = CrossDraftDates.splitWords(sentence)
            #expect(split.raw == raw, "\(sentence)")
            #expect(split.trimmed == trimmed, "\(sentence)")
        }
    }

    static let unicodeSentences = [
        "“Rapat Koordinasi” digelar\u{00A0}Senin (3/3/2025) – kata Kepala Dinas.",
        "Café Forum\u{2009}Daerah: «Apel» pagi… 2025 ± 3½ km²",
        "Réunion\u{200B}Rapat\u{2028}Besar 12 Juni",
        "Kunjungan ke Kota Banjarbaru 👍🏽 pada 4 Maret 2025.",
        "Rapat Koordinasi e\u{0301}kstra di Kabupaten Banjar",
        "Rapat\u{200D}Kerja Daerah, Kalimantan\u{00A0}Selatan",
        "ⅫRapat Kabupaten Tanah Laut ¹²³ Ⅻ",
    ]

    @Test func unicodeSentencesSplitLikeCharacters() {
        for sentence in Self.sentences + Self.unicodeSentences {
            let raw = sentence.split { $0.isWhitespace }.map(String.init)
            let trimmed = raw.map { $0.trimmingCharacters(in: CrossDraftDates.trimmed) }
            let split = CrossDraftDates.splitWords(sentence)
            #expect(split.raw == raw, "\(sentence)")
            #expect(split.trimmed == trimmed, "\(sentence)")
        }
    }

    @Test func regionWordsLikeCharacters() {
        for sentence in Self.sentences + Self.unicodeSentences {
            let reference = NameKey.normalize(String(sentence.map { $0.isLetter || $0.isNumber ? $0 : " " }))
                .split(separator: " ").map(String.init)
            #expect(CrossDraftRegions.words(of: sentence) == reference, "\(sentence)")
        }
    }

    @Test func sentencesWithoutACapitalisedEventWordAreTurnedAway() {
        #expect(!CrossDraftDates.mayNameEvent("rapat koordinasi digelar pada 4 Maret 2025."))
        #expect(!CrossDraftDates.mayNameEvent("Warga diminta waspada mulai 4 Maret 2025."))
        #expect(!CrossDraftDates.mayNameEvent("Para peserta rapat hadir pada 4 Maret 2025."))
        // A non-ASCII byte next to a word may hide one: the full reading decides.
        #expect(CrossDraftDates.mayNameEvent("Warga “diminta” waspada."))
    }
}
