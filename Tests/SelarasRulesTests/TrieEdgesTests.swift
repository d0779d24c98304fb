import Testing
@testable import SelarasRules

@Suite struct TrieEdgesTests {
    @Test func findsEveryEdgeAfterGrowingAndNothingElse() {
        var edges = TrieEdges()
        var expected: [UInt64: Int32] = [:]
        var next: Int32 = 1
        // Nodes and words chosen so many keys share low bits and the table grows several times.
        for node in stride(from: Int32(1), through: 400, by: 7) {
            for word in [Int32(0), 1, 2, 64, 1 << 16, Int32.max - 1] {
                edges.insert(node, word, child: next)
                expected[TrieEdges.key(node, word)] = next
                next += 1
            }
        }
        #expect(edges.count == expected.count)
        for node in stride(from: Int32(1), through: 400, by: 7) {
            for word in [Int32(0), 1, 2, 64, 1 << 16, Int32.max - 1] {
                #expect(edges.child(node, word) == expected[TrieEdges.key(node, word)])
            }
            #expect(edges.child(node, 3) == nil)
            #expect(edges.child(node + 1, 0) == nil)
        }
        #expect(edges.child(0, 0) == nil)
    }

    @Test func anEmptyTableAnswersNil() {
        let edges = TrieEdges()
        #expect(edges.child(1, 1) == nil)
        #expect(edges.count == 0)
    }
}
