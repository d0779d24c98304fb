import Foundation
import SelarasCore
import SelarasPacks
import SelarasReport

/// One `check` run: workspace, inputs, engine, baseline, exit code.
struct CheckSession {
    var workspace: Workspace
    var failOn: Severity
    var engine: Engine
    var baseline: Baseline?
    var io: CommandIO
    /// The inputs under these paths, collected while the workspace loaded (`init`'s `paths`).
    private var collected: (paths: [String], inputs: [InputFile], diagnostics: [Diagnostic])?

    /// With `paths`, the input files under them are collected at the same time as packs and
    /// registry load (a walk over thousands of files is several milliseconds, otherwise spent
    /// after the load with one core idle); `run`/`runStreaming` with the same paths use them.
    init(parsed: ParsedArguments, io: CommandIO, paths: [String]? = nil) throws {
        self.io = io
        let loaded = try Workspace.load(
            configPath: parsed.value(.config), registryOverride: parsed.value(.registry),
            workingDirectory: io.workingDirectory, environment: io.environment, compileNameLexicon: true,
            alongside: { configuration in paths.map { CheckSession.collectInputs($0, configuration: configuration, io: io) } })
        workspace = loaded.workspace
        if let paths, let inputs = loaded.alongside { collected = (paths, inputs.inputs, inputs.diagnostics) }
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
        ClaimWiring.configure(&options, registry: workspace.registry, lexicon: workspace.nameLexicon,
                              activeKinds: Set(workspace.rules.map(\.metadata.kind)))
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

    /// The inputs under `paths`, sorted by the path shown (findings are reported in that order),
    /// and the diagnostics about collecting them.
    private func collect(_ paths: [String]) -> (inputs: [InputFile], diagnostics: [Diagnostic]) {
        let collection: (inputs: [InputFile], diagnostics: [Diagnostic])
        if let collected, collected.paths == paths {
            collection = (collected.inputs, collected.diagnostics)
        } else {
            collection = CheckSession.collectInputs(paths, configuration: workspace.configuration, io: io)
        }
        var diagnostics = workspace.diagnostics + collection.diagnostics
        if collection.inputs.isEmpty && collection.diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.warning, "no .txt or .md files found in \(paths.joined(separator: ", "))"))
        }
        return (collection.inputs, diagnostics)
    }

    /// The input files under `paths`, sorted for the report, and the diagnostics of the walk.
    private static func collectInputs(_ paths: [String], configuration: Configuration, io: CommandIO)
        -> (inputs: [InputFile], diagnostics: [Diagnostic]) {
        let workingDirectory = io.workingDirectory
        var collector = InputCollector(isIgnored: {
            Workspace.isIgnored(displayPath: $0, configuration: configuration, workingDirectory: workingDirectory)
        })
        if let extensions = configuration.extensions { collector.extensions = Set(extensions.map { $0.lowercased() }) }
        let collection = collector.collect(paths, workingDirectory: workingDirectory, standardInput: io.readStandardInput)
        return (InputFile.sortedForReport(collection.inputs), collection.diagnostics)
    }

    /// Collects the inputs and checks them.
    func run(paths: [String]) throws -> Report {
        let collection = collect(paths)
        var report = engine.check(collection.inputs)
        report.diagnostics = collection.diagnostics + report.diagnostics
        if let baseline { report = baseline.filter(report) }
        return report
    }

    /// Whether `runStreaming` can write `format`: a baseline needs every finding at once, and
    /// only the text and JSON reporters stream.
    func canStream(_ format: ReportFormat) -> Bool {
        baseline == nil && (format == .text || format == .json)
    }

    /// Checks the inputs and writes the report, holding no finding longer than its file's turn:
    /// memory stays flat however many findings there are. Without a cross-draft comparison the
    /// text report is written as files complete; with one, both formats hold their output (in
    /// memory, then a temporary file) until the comparison has revised the files it adds
    /// findings to. Returns the exit code.
    func runStreaming(paths: [String], format: ReportFormat, useColor: Bool) -> Int32 {
        let collection = collect(paths)
        let totals: StreamedCheck
        var header: Report
        switch format {
        case .json:
            let stream = JSONReportStream()
            totals = engine.checkStreaming(collection.inputs, render: { summary, findings in
                (summary.map { JSONReportStream.fragment($0) }, JSONReportStream.fragment(findings), findings.count)
            }, consume: { file in
                stream.append(file: file.rendered.0, fileFindings: file.rendered.1, count: file.rendered.2)
            }, revise: { file in
                stream.replace(file.position, file: file.rendered.0, fileFindings: file.rendered.1, count: file.rendered.2)
            })
            header = totals.headerReport(toolVersion: SelarasVersion.current)
            header.diagnostics = collection.diagnostics + totals.diagnostics
            stream.finish(header) { io.standardOutput($0) }
        default:
            let reporter = TextReporter(useColor: useColor)
            let stream = TextReportStream(reporter: reporter, holdsOutput: engine.options.crossDraft != nil, write: io.standardOutput)
            totals = engine.checkStreaming(collection.inputs, render: { _, findings in reporter.renderFindings(findings) },
                                           consume: { stream.append($0.rendered) }, revise: { stream.replace($0.position, with: $0.rendered) })
            header = totals.headerReport(toolVersion: SelarasVersion.current)
            header.diagnostics = collection.diagnostics + totals.diagnostics
            stream.finish(header, fileCount: totals.fileCount, levelCounts: totals.levelCounts)
        }
        return exitCode(diagnostics: header.diagnostics, levelCounts: totals.levelCounts)
    }

    /// Whether the run must compute fingerprints: baselines, SARIF and GitHub annotations use
    /// them; the text and JSON reports do not show them.
    func needsFingerprints(_ format: ReportFormat) -> Bool {
        baseline != nil || !(format == .text || format == .json)
    }

    /// 2 when anything could not be checked; 1 when a finding is at or above `failOn`; else 0.
    func exitCode(for report: Report) -> Int32 {
        exitCode(diagnostics: report.diagnostics, levelCounts: Report.levelCounts(report.findings))
    }

    private func exitCode(diagnostics: [Diagnostic], levelCounts: [Severity: Int]) -> Int32 {
        if diagnostics.contains(where: { $0.level == .error }) { return 2 }
        if levelCounts.contains(where: { $0.key >= failOn && $0.value > 0 }) { return 1 }
        return 0
    }
}
