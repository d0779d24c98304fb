import SelarasCore

/// The secretariat's report as one self-contained HTML page: inline CSS, no scripts, no
/// external assets, readable on screen and in print. Same content as `MarkdownReporter`.
///
/// Every value from drafts, packs and registry is escaped; output is deterministic.
public struct HTMLReporter: Reporter {
    /// The page's `<title>` and heading.
    public var title: String

    public init(title: String = "Selaras report") {
        self.title = title
    }

    public func render(_ report: Report) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"selaras \(esc(report.toolVersion))\">\n"
        out += "<title>\(esc(title))</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>\n"
        out += "<h1>\(esc(title))</h1>\n<p class=\"headline\">\(esc(SecretariatSummary.headline(report)))</p>\n"
        out += agencySection(report)
        out += conflictSection(report)
        out += findingSection(report)
        if !report.diagnostics.isEmpty {
            out += "<h2>About the run</h2>\n<ul class=\"diagnostics\">\n"
            for diagnostic in report.diagnostics {
                out += "<li class=\"\(diagnostic.level.rawValue)\">\(esc(diagnostic.description))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    private func esc(_ text: String) -> String { XMLText.escape(text) }

    private func agencySection(_ report: Report) -> String {
        let rows = AgencyCounts.make(report)
        guard !rows.isEmpty else { return "" }
        var out = "<h2>Per agency</h2>\n<table class=\"counts\">\n<thead><tr><th>agency</th><th>files</th>"
        out += "<th>error</th><th>warning</th><th>suggestion</th></tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr><td>\(esc(row.agency))</td><td class=\"n\">\(row.files)</td>"
            out += "<td class=\"n\">\(row.count(.error))</td><td class=\"n\">\(row.count(.warning))</td>"
            out += "<td class=\"n\">\(row.count(.suggestion))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func conflictSection(_ report: Report) -> String {
        let groups = ConflictGroup.make(report)
        var out = "<h2>Conflicts between drafts (\(groups.count))</h2>\n"
        if groups.isEmpty { return out + "<p>No conflicts between drafts.</p>\n" }
        for (number, group) in groups.enumerated() {
            out += "<section class=\"conflict\">\n<h3>\(number + 1). \(esc(group.message))</h3>\n"
            out += "<p class=\"meta\"><span class=\"level \(group.level.rawValue)\">\(group.level.rawValue)</span> "
            out += "<code>\(esc(group.rule))</code></p>\n<div class=\"sides\">\n"
            for participant in group.participants {
                let parts = ConflictGroup.split(participant)
                out += "<div class=\"side\"><p class=\"agency\">\(esc(participant.agency ?? AgencyCounts.unknownAgency))</p>"
                out += "<p class=\"loc\">\(esc(participant.location))</p>"
                out += "<blockquote>\(esc(parts.before))<mark>\(esc(parts.flagged))</mark>\(esc(parts.after))</blockquote></div>\n"
            }
            out += "</div>\n"
            for evidence in group.evidence {
                out += "<p class=\"evidence\">Registry: \(esc(TextReporter.describe(evidence)))</p>\n"
            }
            out += "</section>\n"
        }
        return out
    }

    private func findingSection(_ report: Report) -> String {
        let byFile = SecretariatSummary.findingsByFile(report)
        var out = "<h2>Findings by file</h2>\n"
        if byFile.isEmpty { return out + "<p>No findings.</p>\n" }
        for (file, findings) in byFile {
            out += "<h3>\(esc(SecretariatSummary.fileTitle(file)))</h3>\n<table class=\"findings\">\n"
            out += "<thead><tr><th>location</th><th>level</th><th>rule</th><th>message</th><th>match</th>"
            out += "<th>suggestion</th><th>evidence</th></tr></thead>\n<tbody>\n"
            for finding in findings {
                out += "<tr><td>\(finding.line):\(finding.column)</td>"
                out += "<td><span class=\"level \(finding.level.rawValue)\">\(finding.level.rawValue)</span></td>"
                out += "<td><code>\(esc(finding.rule))</code></td><td>\(esc(finding.message))</td>"
                out += "<td><mark>\(esc(finding.match))</mark></td>"
                out += "<td>\(esc(finding.suggestions.joined(separator: " / ")))</td>"
                out += "<td>\(esc(finding.evidence.map(TextReporter.describe) ?? ""))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out
    }

    static let css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto;
               max-width: 72rem; padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; }
        h2 { font-size: 1.3rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; }
        .headline { color: #555; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
        th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        code { font-size: .88em; }
        mark { background: #ffe58a; padding: 0 .1em; }
        .level { font-weight: 600; border-radius: .2rem; padding: 0 .3rem; }
        .level.error { color: #fff; background: #b3261e; }
        .level.warning { color: #1b1b1b; background: #f5c542; }
        .level.suggestion { color: #fff; background: #2f6f9f; }
        .conflict { border: 1px solid #ccc; border-radius: .3rem; padding: .2rem 1rem .6rem; margin: 1rem 0; }
        .sides { display: flex; flex-wrap: wrap; gap: .8rem; }
        .side { flex: 1 1 18rem; border-left: 4px solid #2f6f9f; padding-left: .6rem; }
        .side .agency { font-weight: 600; margin: .2rem 0 0; }
        .side .loc { color: #555; font-size: .85rem; margin: 0; }
        blockquote { margin: .3rem 0; }
        .evidence { color: #333; font-size: .9rem; }
        .diagnostics .error { color: #b3261e; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          .conflict, tr { break-inside: avoid; }
          .level { border: 1px solid #000; background: none !important; color: #000 !important; }
          mark { background: none; font-weight: 700; text-decoration: underline; }
          th { background: none; }
        }

        """
}
