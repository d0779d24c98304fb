import Foundation
import Selaras
import SelarasCore
import SelarasRegistry

/// Runs the `selaras` command line in-process and captures what it prints.
struct CommandLineRun {
    var exitCode: Int32
    var standardOutput: String
    var standardError: String
}

final class OutputBuffer: @unchecked Sendable {
    // @unchecked: appended to under the lock only.
    private var text = ""
    private let lock = NSLock()
    func append(_ more: String) { lock.lock(); text += more; lock.unlock() }
    var value: String { lock.lock(); defer { lock.unlock() }; return text }
}

enum Harness {
    /// The repository root, found from this file's path.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static func run(_ arguments: [String], in directory: String, stdin: String = "", environment: [String: String] = [:]) -> CommandLineRun {
        let out = OutputBuffer()
        let err = OutputBuffer()
        var env = environment
        if env["SELARAS_RULES"] == nil { env["SELARAS_RULES"] = repositoryRoot + "/Rules" }
        let io = CommandIO(
            standardOutput: { out.append($0) }, standardError: { err.append($0) },
            readStandardInput: { Array(stdin.utf8) }, outputIsTerminal: false,
            environment: env, workingDirectory: directory)
        let code = SelarasCommandLine.run(arguments, io: io)
        return CommandLineRun(exitCode: code, standardOutput: out.value, standardError: err.value)
    }

    /// A fresh temporary directory with the given files (relative path → contents).
    static func temporaryDirectory(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("selaras-\(UUID().uuidString)").path
        for (path, contents) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: URL(fileURLWithPath: full))
        }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }
}

/// The sample registry (Samples/registry), loaded once for tests that need real-looking facts.
enum SampleRegistry {
    static let registry: FactRegistry? = try? FactRegistry.load(directory: Harness.repositoryRoot + "/Samples/registry").0
}
