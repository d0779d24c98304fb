import Foundation

/// The outside world of a command: streams, environment, working directory.
///
/// Commands never touch `FileHandle.standardOutput` directly, so the end-to-end tests can run
/// them in-process and read what they printed.
public struct CommandIO: Sendable {
    public var standardOutput: @Sendable (String) -> Void
    public var standardError: @Sendable (String) -> Void
    public var readStandardInput: @Sendable () -> [UInt8]
    /// True when standard output is a terminal (colour is allowed then, unless NO_COLOR).
    public var outputIsTerminal: Bool
    public var environment: [String: String]
    public var workingDirectory: String
    /// Ends the process with a code once everything is written, skipping the release of the
    /// compiled packs and registry (thousands of objects; the kernel frees the memory at once).
    /// Set only for the real process; in-process runs (the tests) return normally.
    public var exitWithoutTeardown: (@Sendable (Int32) -> Void)?

    public init(
        standardOutput: @escaping @Sendable (String) -> Void, standardError: @escaping @Sendable (String) -> Void,
        readStandardInput: @escaping @Sendable () -> [UInt8] = { [] }, outputIsTerminal: Bool = false,
        environment: [String: String] = [:], workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.readStandardInput = readStandardInput
        self.outputIsTerminal = outputIsTerminal
        self.environment = environment
        self.workingDirectory = workingDirectory
    }

    /// The real process: stdout, stderr, stdin.
    public static func process() -> CommandIO {
        var io = CommandIO(
            standardOutput: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            standardError: { text in FileHandle.standardError.write(Data(text.utf8)) },
            readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
            outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment,
            workingDirectory: FileManager.default.currentDirectoryPath)
        io.exitWithoutTeardown = { code in exit(code) }
        return io
    }

    /// Prints a user error as `path:line:column: error: message (hint)`.
    func report(_ error: Error) {
        standardError("selaras: error: \(error)\n")
    }
}
