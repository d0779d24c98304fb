import Foundation
import SelarasCore
import Testing
@testable import Selaras

/// `Workspace.load` reads packs and registry (and `check`'s inputs) side by side: what it returns
/// and the error it throws must be what a serial load gives.
@Suite struct WorkspaceLoadTests {
    static let goodRule = BadInput.patternRule(id: "uji-pola", pattern: "xyz")
    static let registry = [
        "registry/terms.tsv": "id\tterm\tvariants\tstatus\tpreferred\tvalid_from\tvalid_to\tnote\tsource\tverified_as_of\n"
            + "baku-001\thimbauan\t\tdeprecated\timbauan\t\t\t\tKBBI daring\t2025-10-15\n",
    ]

    /// A workspace with the pack `uji` (one good rule) and a one-row registry.
    static func workspaceWithRegistry(configuration: String = "{ packs: [\"uji\"], registry: \"registry\" }\n") throws -> String {
        var files = registry
        files["selaras.json5"] = configuration
        files["uji/pack.json5"] = manifest
        files["uji/pola.json5"] = goodRule
        return try Harness.temporaryDirectory(files)
    }

    @Test func loadsPacksRegistryAndTheNameLexiconTogether() throws {
        let directory = try Self.workspaceWithRegistry()
        let workspace = try Workspace.load(configPath: nil, workingDirectory: directory, environment: [:], compileNameLexicon: true)
        #expect(workspace.packs.map(\.id) == ["uji"])
        #expect(workspace.registry != nil)
        #expect(workspace.nameLexicon != nil)
        let withoutLexicon = try Workspace.load(configPath: nil, workingDirectory: directory, environment: [:])
        #expect(withoutLexicon.registry != nil)
        #expect(withoutLexicon.nameLexicon == nil)
    }

    @Test func aBrokenPackIsReportedBeforeAMissingRegistry() throws {
        let directory = try Harness.temporaryDirectory([
            "selaras.json5": "{ packs: [\"uji\"], registry: \"tidak-ada\" }\n",
            "uji/pack.json5": Self.manifest,
            "uji/pola.json5": "{ id: \"uji.rusak\", kind: ",
        ])
        // Several runs: the two threads finish in either order, the error must not depend on it.
        for _ in 0..<5 {
            let error = #expect(throws: SelarasErrorList.self) {
                try Workspace.load(configPath: nil, workingDirectory: directory, environment: [:], compileNameLexicon: true)
            }
            #expect(error?.errors.first?.path?.hasSuffix("uji/pola.json5") == true)
        }
    }

    @Test func aMissingRegistryIsReportedWhenThePacksLoad() throws {
        let directory = try Harness.temporaryDirectory([
            "selaras.json5": "{ packs: [\"uji\"], registry: \"tidak-ada\" }\n",
            "uji/pack.json5": Self.manifest,
            "uji/pola.json5": Self.goodRule,
        ])
        let error = #expect(throws: SelarasError.self) {
            try Workspace.load(configPath: nil, workingDirectory: directory, environment: [:])
        }
        #expect(error?.message == "registry directory not found")
        // Without the registry asked for, the same workspace loads.
        #expect(try Workspace.load(configPath: nil, workingDirectory: directory, environment: [:], loadRegistry: false).packs.count == 1)
    }

    @Test func runsTheAlongsideJobOnTheConfiguration() throws {
        let directory = try Self.workspaceWithRegistry(configuration: "{ packs: [\"uji\"], registry: \"registry\", ignore: [\"arsip/**\"] }\n")
        let loaded = try Workspace.load(configPath: nil, workingDirectory: directory, environment: [:],
                                        alongside: { configuration in configuration.ignore.count })
        #expect(loaded.alongside == 1)
        #expect(loaded.workspace.packs.map(\.id) == ["uji"])
        #expect(Workspace.isIgnored(displayPath: "arsip/a.txt", configuration: loaded.workspace.configuration, workingDirectory: directory))
        #expect(!Workspace.isIgnored(displayPath: "rilis/a.txt", configuration: loaded.workspace.configuration, workingDirectory: directory))
    }

    static let manifest = "{ id: \"uji\", name: \"Uji\", version: \"0.1.0\", description: \"uji\", language: \"id\", maintainer: \"uji\", rules: [\"*.json5\"] }\n"
}
