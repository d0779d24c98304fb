import Testing
@testable import SelarasPacks

@Suite struct GlobTests {
    func matches(_ pattern: String, _ path: String) throws -> Bool {
        try Glob(pattern).matches(path)
    }

    @Test func starStaysInOneSegment() throws {
        #expect(try matches("*.md", "rilis.md"))
        #expect(try !matches("*.md", "drafts/rilis.md"))
        #expect(try !matches("*.md", "rilis.txt"))
        #expect(try matches("drafts/*.md", "drafts/a.md"))
        #expect(try !matches("drafts/*.md", "drafts/x/a.md"))
        #expect(try matches("*", "a"))
        #expect(try matches("a*b*c", "axxbyyc"))
        #expect(try !matches("a*b*c", "axxbyy"))
    }

    @Test func doubleStarCrossesSegments() throws {
        #expect(try matches("drafts/dinkes/**", "drafts/dinkes/a/b.md"))
        #expect(try matches("drafts/dinkes/**", "drafts/dinkes/b.md"))
        #expect(try !matches("drafts/dinkes/**", "drafts/dishub/b.md"))
        #expect(try matches("**/arsip/**", "x/arsip/y.txt"))
        #expect(try matches("**/arsip/**", "arsip/y.txt"))
        #expect(try matches("**/arsip/**", "a/b/arsip/c/d.md"))
        #expect(try !matches("**/arsip/**", "x/arsipku/y.txt"))
        #expect(try matches("**/*.md", "a.md"))
        #expect(try matches("**/*.md", "a/b/c.md"))
        #expect(try !matches("**/*.md", "a/b/c.txt"))
        #expect(try matches("a/**/b", "a/b"))
        #expect(try matches("a/**/b", "a/x/y/b"))
    }

    @Test func questionMarkClassesAndBraces() throws {
        #expect(try matches("rilis-?.md", "rilis-1.md"))
        #expect(try !matches("rilis-?.md", "rilis-12.md"))
        #expect(try !matches("a?b", "a/b"))
        #expect(try matches("[abc].txt", "b.txt"))
        #expect(try !matches("[abc].txt", "d.txt"))
        #expect(try matches("[a-c]x", "cx"))
        #expect(try matches("[!a-c]x", "dx"))
        #expect(try !matches("[^a-c]x", "ax"))
        #expect(try matches("*.{md,txt}", "a.txt"))
        #expect(try matches("*.{md,txt}", "a.md"))
        #expect(try !matches("*.{md,txt}", "a.html"))
        #expect(try matches("{drafts,arsip/{2024,2025}}/*.md", "arsip/2025/a.md"))
        #expect(try !matches("{drafts,arsip/{2024,2025}}/*.md", "arsip/2023/a.md"))
        #expect(try matches("\\*.md", "*.md"))
        #expect(try !matches("\\*.md", "a.md"))
    }

    @Test func unicodeNamesMatchByCharacter() throws {
        #expect(try matches("siaran-?.md", "siaran-é.md"))
        #expect(try matches("**/rilis 😀/*", "a/rilis 😀/b.txt"))
    }

    @Test func leadingDotSlashAndDoubleSlashesAreIgnored() throws {
        #expect(try matches("./drafts/*.md", "drafts//a.md"))
        #expect(try matches("drafts/*.md", "./drafts/a.md"))
    }

    @Test func invalidPatternsAreErrors() {
        #expect(throws: Glob.SyntaxError.self) { try Glob("[abc") }
        #expect(throws: Glob.SyntaxError.self) { try Glob("{a,b") }
        #expect(throws: Glob.SyntaxError.self) { try Glob("[z-a]") }
    }
}
