import Foundation
import SelarasCore
import SelarasReport

/// One `check` run: workspace, inputs, engine, baseline, exit code.
struct CheckSession {
    var workspace: Workspace
    var failOn: Severity
    var engine: Engine
    var baseline: Baseline?
    var io: CommandIO

    init(parsed: ParsedArguments, io: CommandIO) throws {
        self.io = io
        workspace = try Workspace.load(
            configPath: parsed.value(.config), registryOverride: parsed.value(.registry),
            workingDirectory: io.workingDirectory, environment: io.environment)
        let configuration = workspace.configuration
        failOn = parsed.value(CheckCommand.failOn).flatMap(Severity.init(parsing:)) ?? configuration.failOn ?? .error
        var options = EngineOptions(minimumLevel: parsed.value(CheckCommand.minLevel).flatMap(Severity.init(parsing:)) ?? configuration.minLevel ?? .suggestion)
        if let written = parsed.value(.date) {
            guard let date = LocalDate(iso: written) else {
                throw SelarasError(.usage, "--date '\(written)' is not a date", hint: "write it as YYYY-MM-DD, e.g. 2025-06-10")
            }
            options.runDate = date
            options.runDateOrigin = .commandLine
        } else if let date = configuration.date {
            options.runDate = date
            options.runDateOrigin = .configuration
        }
        options.defaultAgency = parsed.value(.agency)
        let workspace = self.workspace
        options.policy = { path in workspace.policy(forDisplayPath: path) }
        ClaimWiring.configure(&options, registry: workspace.registry, activeKinds: Set(workspace.rules.map(\.metadata.kind)))
        var rules = workspace.rules
        if CrossDraftWiring.isEnabled(packs: configuration.packs) {
            CrossDraftWiring.configure(&options, registry: workspace.registry)
            rules = CrossDraftWiring.withCrossDraftRules(rules)
        }
        engine = Engine(rules: rules, registry: workspace.registry, options: options)
        if let baselinePath = parsed.value(CheckCommand.baseline) {
            let absolute = baselinePath.hasPrefix("/") ? baselinePath : io.workingDirectory + "/" + baselinePath
            guard let data = FileBytes.read(atPath: absolute) else {
                throw SelarasError(.input, "cannot read the baseline file", path: baselinePath,
                                   hint: "record one with: selaras baseline PATH... -o \(baselinePath)")
            }
            baseline = try Baseline.load(data, path: baselinePath)
        }
    }

    /// Collects the inputs and checks them.
    func run(paths: [String]) throws -> Report {
        let workspace = self.workspace
        var collector = InputCollector(isIgnored: { workspace.isIgnored(displayPath: $0) })
        if let extensions = workspace.configuration.extensions { collector.extensions = Set(extensions.map { $0.lowercased() }) }
        let collection = collector.collect(paths, workingDirectory: io.workingDirectory, standardInput: io.readStandardInput)
        var report = engine.check(collection.inputs)
        report.diagnostics = workspace.diagnostics + collection.diagnostics + report.diagnostics
        if collection.inputs.isEmpty && collection.diagnostics.isEmpty {
            report.diagnostics.append(Diagnostic(.warning, "no .txt or .md files found in \(paths.joined(separator: ", "))"))
        }
        if let baseline { report = baseline.filter(report) }
        return report
    }

    /// 2 when anything could not be checked; 1 when a finding is at or above `failOn`; else 0.
    func exitCode(for report: Report) -> Int32 {
        if report.diagnostics.contains(where: { $0.level == .error }) { return 2 }
        if report.findings.contains(where: { $0.level >= failOn }) { return 1 }
        return 0
    }
}
