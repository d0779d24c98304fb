import SelarasCore

extension ConsistencyRule {
    /// One use of a variant in the document.
    struct Occurrence {
        var variant: Int
        var span: Span
        var shape: CaseShape?
        var match: MatchResult?
    }

    init(metadata: RuleMetadata, params: any RuleParameters) throws {
        let decoded = try params.decode(Params.self)
        guard !decoded.groups.isEmpty else {
            throw params.error("no groups", keyPath: "params.groups", hint: "give groups such as [[\"persen\", \"%\"]]")
        }
        var groups: [[Variant]] = []
        for (groupIndex, group) in decoded.groups.enumerated() {
            guard group.count >= 2 else {
                throw params.error("a group needs at least two variants", keyPath: "params.groups[\(groupIndex)]",
                                   hint: "list every accepted way of writing the same thing")
            }
            var variants: [Variant] = []
            for (index, variant) in group.enumerated() {
                let key = "params.groups[\(groupIndex)][\(index)]"
                let terms = variant.terms ?? []
                guard !terms.isEmpty || variant.pattern != nil else {
                    throw params.error("variant '\(variant.label)' has neither terms nor a pattern", keyPath: key,
                                       hint: "add `terms: [...]` or `pattern: \"...\"`")
                }
                let matcher = try variant.pattern.map {
                    try params.regex($0, options: MatcherOptions(caseInsensitive: false), keyPath: "\(key).pattern")
                }
                do {
                    _ = try TermMatcher(terms: terms)
                } catch {
                    throw TermListError.located(error, origins: terms.indices.map { .key("\(key).terms[\($0)]") },
                                                exceptionsKey: "params.exceptions", suffixesKey: "params", params: params)
                }
                variants.append(Variant(label: variant.label, terms: terms, pattern: matcher, replacement: variant.replacement))
            }
            groups.append(variants)
        }
        do {
            try self.init(metadata: metadata, groups: groups, exceptions: decoded.exceptions ?? [],
                          ignoreCase: decoded.ignoreCase ?? true)
        } catch {
            throw TermListError.located(error, origins: [], exceptionsKey: "params.exceptions", suffixesKey: "params", params: params)
        }
    }

    public func check(_ context: RuleContext) throws -> [Finding] {
        let text = context.document.text
        // Exception phrases only take occurrences away, and a group needs two variants in use for
        // a finding: they are looked for once some group uses two before them (most documents
        // use at most one variant of every group, and the look-up cannot fail).
        var blockedIfRead: [Span]?
        var findings: [Finding] = []
        for group in groups {
            let found = try self.occurrences(of: group, in: text)
            guard Self.usesSeveralVariants(found) else { continue }
            let blocked = blockedIfRead ?? exceptions?.matches(in: text).map(\.span) ?? []
            blockedIfRead = blocked
            let occurrences = found.filter { occurrence in
                !blocked.contains { $0.overlaps(occurrence.span) }
            }
            guard let norm = ConsistencyRule.norm(of: occurrences, variantCount: group.variants.count) else { continue }
            let normVariant = group.variants[norm.variant]
            for occurrence in occurrences where occurrence.variant != norm.variant {
                let found = text.text(occurrence.span)
                var fix = normVariant.replacement
                if normVariant.pattern != nil, let match = occurrence.match {
                    fix = ReplacementTemplate(fix).expand(match, in: text)
                } else if let shape = occurrence.shape {
                    fix = shape.apply(to: fix)
                }
                let message = metadata.renderMessage(["match": found, "expected": normVariant.label, "count": String(norm.count)])
                findings.append(finding(span: occurrence.span, message: message, suggestions: fix == found ? [] : [fix]))
            }
        }
        return findings.sorted { $0.span < $1.span }
    }

    private func occurrences(of group: Group, in text: SourceText) throws -> [Occurrence] {
        var result: [Occurrence] = []
        if let literals = group.literals {
            for match in literals.matches(in: text) {
                result.append(Occurrence(variant: group.literalVariant[match.term], span: match.span, shape: match.shape))
            }
        }
        for (index, variant) in group.variants.enumerated() {
            guard let pattern = variant.pattern else { continue }
            for match in try pattern.matches(in: text) where !match.span.isEmpty {
                guard !result.contains(where: { $0.span.overlaps(match.span) }) else { continue }
                result.append(Occurrence(variant: index, span: match.span, match: match))
            }
        }
        return result.sorted { $0.span < $1.span }
    }

    /// Whether the occurrences are of two variants or more (what `norm` needs to name one).
    private static func usesSeveralVariants(_ occurrences: [Occurrence]) -> Bool {
        guard let first = occurrences.first?.variant else { return false }
        return occurrences.contains { $0.variant != first }
    }

    /// The most used variant and its count when more than one variant is used; ties go to the one used first.
    private static func norm(of occurrences: [Occurrence], variantCount: Int) -> (variant: Int, count: Int)? {
        var counts = Array(repeating: 0, count: variantCount)
        var firstUse = Array(repeating: Int.max, count: variantCount)
        for occurrence in occurrences {
            counts[occurrence.variant] += 1
            firstUse[occurrence.variant] = min(firstUse[occurrence.variant], occurrence.span.start)
        }
        guard counts.filter({ $0 > 0 }).count >= 2 else { return nil }
        guard let best = counts.indices.max(by: { (counts[$0], -firstUse[$0]) < (counts[$1], -firstUse[$1]) }) else { return nil }
        return (best, counts[best])
    }
}
