import SelarasCore

/// Decides whether a finding is silenced by the document's `selaras-disable…` comments.
///
/// `disable`/`enable` act from the comment onwards, in document order, so a later `enable`
/// of one rule re-opens it inside a wider `disable`. `disable-next-line` covers the line after
/// the comment's last line; `disable-line` the comment's own line.
enum SuppressionMask {
    static func allows(_ ruleID: String, at span: Span, in document: Document) -> Bool {
        guard !document.directives.isEmpty else { return true }
        let line = document.source.lineIndex(ofByte: span.start) + 1
        var disabled = false
        for directive in document.directives where directive.covers(ruleID: ruleID) {
            let endLine = document.source.lineIndex(ofByte: max(directive.span.start, directive.span.end - 1)) + 1
            switch directive.action {
            case .disable where directive.span.start <= span.start: disabled = true
            case .enable where directive.span.start <= span.start: disabled = false
            case .disableNextLine where endLine + 1 == line: return false
            case .disableLine where directive.line <= line && line <= endLine: return false
            default: break
            }
        }
        return !disabled
    }
}
