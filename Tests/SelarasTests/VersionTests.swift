import Testing
import SelarasCore

@Suite struct VersionTests {
    @Test func versionIsSemantic() {
        #expect(SelarasVersion.current.split(separator: ".").count == 3)
    }
}
