import Foundation
import SelarasCore

/// `selaras init [DIR]`: a starter configuration, registry skeleton and local pack.
///
/// Nothing is overwritten without `--force`: when any target exists, nothing is written at all.
/// Each file is written to a temporary file beside it and renamed into place, so an interrupted
/// run never leaves a half-written file.
enum InitCommand {
    static let flags: [FlagSpec] = [.force, .help]

    static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        do {
            let parsed = try ParsedArguments.parse(arguments, flags: flags)
            if parsed.has(.help) {
                io.standardOutput(ParsedArguments.help(
                    usage: "selaras init [DIR] [--force]",
                    summary: """
                        Writes a starter selaras.json5, a registry/ folder with one example row per table,
                        and a local rule pack (packs/lokal) into DIR (default: the current directory).
                        """,
                    flags: flags))
                return 0
            }
            guard parsed.positionals.count <= 1 else {
                throw SelarasError(.usage, "give at most one directory", hint: "selaras init [DIR]")
            }
            let target = PackSelection.absolute(parsed.positionals.first ?? ".", base: io.workingDirectory)
            let builtIn = BuiltInPacks.directory(environment: io.environment, workingDirectory: io.workingDirectory)
            let packIDs = builtIn.map { BuiltInPacks.packDirectories(in: $0).map { ($0 as NSString).lastPathComponent } } ?? []
            let files = InitTemplates.files(builtInPacks: packIDs.isEmpty ? defaultPacks : packIDs,
                                            date: LocalDate.today().description)
            let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: target + "/" + $0) }
            if !existing.isEmpty && !parsed.has(.force) {
                throw SelarasError(.usage, "not overwriting existing files: \(existing.joined(separator: ", "))",
                                   path: PackSelection.display(target, workingDirectory: io.workingDirectory),
                                   hint: "move them away, or pass --force to replace them")
            }
            for file in files {
                try writeAtomically(file.contents, to: target + "/" + file.path, force: parsed.has(.force))
                io.standardOutput("\(existing.contains(file.path) ? "replaced" : "created") \(PackSelection.display(target + "/" + file.path, workingDirectory: io.workingDirectory))\n")
            }
            let shown = PackSelection.display(target, workingDirectory: io.workingDirectory)
            let prefix = target == PackSelection.absolute(".", base: io.workingDirectory) ? "" : "cd \(shown) && "
            io.standardOutput("""

                Next steps:
                  \(prefix)selaras registry check registry   # validate the registry tables
                  \(prefix)selaras pack test                 # run the examples of every configured pack
                  \(prefix)selaras check drafts/             # check your drafts

                """)
            return 0
        } catch {
            io.report(error)
            return 2
        }
    }

    /// Named when the built-in Rules/ folder cannot be found at init time.
    static let defaultPacks = ["angka", "ejaan", "pemerintahan", "tanggal"]

    /// Creates the file's directory, then writes it atomically (`AtomicFileWriter`).
    static func writeAtomically(_ contents: String, to path: String, force: Bool) throws {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SelarasError(.input, "cannot create the directory", path: directory, hint: "check its permissions")
        }
        try AtomicFileWriter.write(Array(contents.utf8), to: path, force: force)
    }
}
