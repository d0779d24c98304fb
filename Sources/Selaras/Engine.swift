import Foundation
import SelarasCore
import SelarasRegistry
import SelarasRules
import SelarasText

/// Checks drafts against rules.
///
/// Phase 1 runs every rule on each document (documents in parallel, results kept in input
/// order); phase 2 compares the claims of all documents. Suppression comments, scopes, level
/// overrides and the minimum level are applied here, centrally, so rules stay pure.
public struct Engine: Sendable {
    public var rules: [any Rule]
    public var registry: FactRegistry?
    public var options: EngineOptions

    public init(rules: [any Rule], registry: FactRegistry? = nil, options: EngineOptions = EngineOptions()) {
        self.rules = rules
        self.registry = registry
        self.options = options
    }

    /// Checks `inputs` and builds the report (findings sorted, deterministic).
    public func check(_ inputs: [InputFile]) -> Report {
        // This report holds every finding anyway: kept drafts keep the text their findings show.
        let keeping = options.crossDraft.map { _ in DraftKeeping(table: CrossDraftTable(), keepsText: true) }
        let results = ParallelMap.map(inputs, workers: options.workers) { input in checkOne(input, keeping: keeping) }
        var report = Report(toolVersion: SelarasVersion.current, rules: rules.map(\.metadata.descriptor).sorted { $0.id < $1.id })
        var drafts: [KeptDraft] = []
        for result in results {
            report.diagnostics += result.diagnostics
            if let summary = result.summary { report.files.append(summary) }
            report.findings += result.findings
            if let draft = result.draft { drafts.append(draft) }
        }
        if let perDraft = crossDraftFindings(drafts) {
            for (draftIndex, pending) in perDraft { report.findings += reported(pending, in: drafts[draftIndex]) }
            recount(&report)
        }
        report.findings.sort(by: ReportedFinding.reportOrder)
        report.claims = report.files.reduce(ClaimStats()) { $0 + $1.claims }
        let undated = report.files.filter { $0.dateOrigin == .today }.count
        if undated > 0 { report.diagnostics.append(undatedNote(undated)) }
        return report
    }

    func undatedNote(_ count: Int) -> Diagnostic {
        Diagnostic(.note, "\(count) file(s) have no date in front matter or dateline; facts were checked as of \(options.runDate) (use --date to choose)")
    }

    /// Checks one in-memory document (used by `pack test` and the tests).
    public func check(document: Document) -> [ReportedFinding] {
        let policy = options.policy(document.path)
        var output = DraftResult()
        run(document, policy: policy, into: &output, keeping: nil)
        return output.findings.sorted(by: ReportedFinding.reportOrder)
    }

    /// One rule's findings on one document, after suppression comments and scope, before
    /// levels: what `selaras pack test` compares with a rule's examples.
    public func findings(of rule: any Rule, in initial: Document) throws -> [Finding] {
        var document = initial
        let dating = options.dateDocument(document)
        document.metadata.date = dating.date
        document.metadata.dateOrigin = dating.origin
        let needsClaims = options.claimExtractor != nil && options.kindsNeedingClaims.contains(rule.metadata.kind)
        let claims = needsClaims ? options.claimExtractor!(document, registry) : ClaimSet()
        let context = RuleContext(document: document, referenceDate: dating.date, registry: registry, claims: claims)
        return try rule.check(context).filter { finding in
            SuppressionMask.allows(finding.ruleID, at: finding.span, in: document) && Engine.inScope(finding.span, rule.metadata.scope, document)
        }
    }

    static func inScope(_ span: Span, _ scope: RuleScope, _ document: Document) -> Bool {
        switch scope {
        case .all: return true
        case .body: return !document.headings.contains { $0.overlaps(span) }
        case .heading: return document.headings.contains { $0.overlaps(span) }
        }
    }

    // MARK: Phase 1

    struct DraftResult: Sendable {
        var summary: FileSummary?
        var findings: [ReportedFinding] = []
        var diagnostics: [Diagnostic] = []
        var draft: KeptDraft?
        /// The cross-draft findings given to `checkOne(_:digesting:keeping:adding:)`, resolved on
        /// the document (also in `findings`).
        var added: [ReportedFinding] = []
        /// XXH64 of the bytes checked, when asked for (`checkOne(_:digesting:keeping:adding:)`).
        var digest: UInt64?
    }

    /// Reads and checks one input. `digesting` also keeps a hash of the bytes read, for a
    /// streamed check to tell later whether the file is still what it checked.
    /// `keeping` says how to keep the draft for phase 2 (nil: not at all); `adding` are phase-2
    /// findings on this draft, resolved on its document and added to its findings.
    func checkOne(_ input: InputFile, digesting: Bool = false, keeping: DraftKeeping?, adding: [PendingFinding] = []) -> DraftResult {
        switch input.read() {
        case .success(let bytes):
            var output = checkOne(bytes: bytes, path: input.displayPath, keeping: keeping, adding: adding)
            if digesting { output.digest = XXHash64.digest(bytes) }
            return output
        case .failure(let error):
            return DraftResult(diagnostics: [Diagnostic(error: error)])
        }
    }

    func checkOne(bytes: [UInt8], path: String, keeping: DraftKeeping?, adding: [PendingFinding] = []) -> DraftResult {
        var output = DraftResult()
        switch DocumentLoader.load(bytes: bytes, path: path) {
        case .failed(let error):
            output.diagnostics.append(Diagnostic(error: error))
        case .skipped(let note):
            output.diagnostics.append(note)
        case .loaded(var document, let notes):
            output.diagnostics += notes
            let policy = options.policy(document.path)
            if document.metadata.agency == nil { document.metadata.agency = policy.agency ?? options.defaultAgency }
            run(document, policy: policy, into: &output, keeping: keeping, adding: adding)
        }
        return output
    }

    private func run(_ initial: Document, policy: FilePolicy, into output: inout DraftResult, keeping: DraftKeeping?, adding: [PendingFinding] = []) {
        var document = initial
        let dating = options.dateDocument(document)
        document.metadata.date = dating.date
        document.metadata.dateOrigin = dating.origin
        // Indices into `rules`, not copies: copying a rule existential copies its boxed value. A
        // policy that disables nothing and sets no level (most files) turns no rule off.
        let everyRule = policy.disabled.isEmpty && policy.levels.isEmpty
        let active = everyRule ? Array(rules.indices) : rules.indices.filter { !policy.isDisabled(rules[$0].metadata.id) }
        let wantsClaims = options.claimExtractor != nil
            && (options.crossDraft != nil || active.contains { options.kindsNeedingClaims.contains(rules[$0].metadata.kind) })
        let claims = wantsClaims ? options.claimExtractor!(document, registry) : ClaimSet()
        let context = RuleContext(document: document, referenceDate: dating.date, registry: registry, claims: claims)
        var stats = options.claimStats?(claims) ?? ClaimStats()
        for index in active {
            do {
                let found = try rules[index].check(context)
                guard !found.isEmpty else { continue }
                let scope = rules[index].metadata.scope
                for finding in found {
                    if let reported = resolve(finding, in: document, policy: policy, referenceDate: dating.date, scope: scope) {
                        output.findings.append(reported)
                    }
                }
            } catch let error as MatcherError {
                output.diagnostics.append(Diagnostic(.warning, "rule \(rules[index].metadata.id) stopped on this file: \(error.explanation)", path: document.path))
            } catch {
                output.diagnostics.append(Diagnostic(.error, "rule \(rules[index].metadata.id) failed: \(error)", path: document.path))
            }
        }
        if options.computesFingerprints { FingerprintContext.assign(&output.findings, source: document.source) }
        if !adding.isEmpty {
            // Fingerprinted on their own, as `check(_:)` does with the kept text.
            output.added = adding.map { ReportedFindingBuilder.build($0.finding, level: $0.level, in: document) }
            if options.computesFingerprints { FingerprintContext.assign(&output.added, source: document.source) }
            output.findings += output.added
        }
        stats.checked = min(stats.checked, stats.found)
        output.summary = FileSummary(
            path: document.path, agency: document.metadata.agency, date: dating.date.description,
            findings: output.findings.count, dateOrigin: dating.origin, claims: stats)
        // Phase 2 needs the drafts only when a cross-draft comparison is configured, and then
        // only their statements: the kept form holds no document, text or claims, so memory
        // grows with the statements of the corpus, not its text. The statements read the text
        // as written (the masked copy is left out).
        if let comparator = options.crossDraft, let keeping {
            let unmasked = Document(path: document.path, format: document.format, source: document.source, metadata: document.metadata,
                                    directives: document.directives, headings: document.headings)
            output.draft = comparator.keep(CheckedDraft(document: unmasked, claims: claims, policy: policy, referenceDate: dating.date),
                                           into: keeping.table, keepingText: keeping.keepsText)
        }
    }

    /// Applies suppression, scope and levels to a rule's finding and resolves its position.
    func resolve(_ finding: Finding, in document: Document, policy: FilePolicy, referenceDate: LocalDate, scope: RuleScope = .all) -> ReportedFinding? {
        guard SuppressionMask.allows(finding.ruleID, at: finding.span, in: document) else { return nil }
        guard Engine.inScope(finding.span, scope, document) else { return nil }
        guard let level = level(of: finding, policy: policy) else { return nil }
        return ReportedFindingBuilder.build(finding, level: level, in: document)
    }

    /// The finding's level after the policy, or nil when it is off or below the minimum level.
    func level(of finding: Finding, policy: FilePolicy) -> Severity? {
        guard !policy.isDisabled(finding.ruleID) else { return nil }
        var level = finding.severity
        if case .some(.some(let configured)) = policy.level(for: finding.ruleID) { level = configured }
        return level >= options.minimumLevel ? level : nil
    }

    private func recount(_ report: inout Report) {
        var counts: [String: Int] = [:]
        for finding in report.findings { counts[finding.path, default: 0] += 1 }
        for index in report.files.indices { report.files[index].findings = counts[report.files[index].path] ?? 0 }
    }
}

extension MatcherError {
    /// A sentence for users: what happened and what to do.
    var explanation: String {
        switch self {
        case .compile(let message, let offset): return "regex does not compile at pattern offset \(offset): \(message)"
        case .limitExceeded(let message): return "its regex gave up (\(message)); simplify the pattern (avoid nested quantifiers like (a+)+)"
        }
    }
}
