import Testing
import SelarasCore
@testable import SelarasRegistry

/// The shipped sample must stay clean and must answer the questions its README promises.
@Suite struct SampleRegistryTests {
    static var sampleDirectory: String {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SelarasRegistryTests/SampleRegistryTests.swift
        return parts.joined(separator: "/") + "/Samples/registry"
    }

    @Test func sampleChecksCleanAndMeetsTheMinimumSizes() throws {
        let (registry, diagnostics) = try FactRegistry.load(directory: Self.sampleDirectory)
        #expect(diagnostics.filter { $0.level == .error }.isEmpty, "\(diagnostics)")
        #expect(registry.agencies.count >= 20)
        #expect(registry.officials.count >= 40)
        #expect(registry.regulations.count >= 25)
        #expect(registry.figures.count >= 15)
        #expect(registry.terms.count >= 50)
        #expect(registry.agencies.contains { $0.successor != nil })
        #expect(registry.officials.contains { $0.role.isActing })
        #expect(registry.regulations.contains { $0.revokedBy != nil })
        #expect(registry.regulations.contains { !$0.amendedBy.isEmpty })
    }

    @Test func sampleAnswersTheKalselGovernorTimeline() throws {
        let registry = try FactRegistry.load(directory: Self.sampleDirectory).0
        func holder(_ date: String) -> [String] {
            registry.holders(ofPosition: "Gubernur Kalsel", at: LocalDate(iso: date)!).map { "\($0.role.rawValue) \($0.fullName)" }
        }
        #expect(holder("2018-01-23") == ["definitif Sahbirin Noor"])
        #expect(holder("2024-11-20") == ["plh Roy Rizali Anwar"])
        #expect(holder("2025-06-01") == ["definitif Muhidin"])
        let kominfo = try #require(registry.agency(named: "Kominfo", at: LocalDate(iso: "2025-01-01")!))
        #expect(kominfo.isRenamed && kominfo.validName == "Kementerian Komunikasi dan Digital")
        #expect(registry.regulations(citedAs: "UU 14/2008").first?.title == "Keterbukaan Informasi Publik")
        #expect(registry.regulations(citedAs: "Keppres 160/P Tahun 2024").count == 1)
    }
}
