import Foundation

/// Bytes appended in order and read back once, kept in memory up to `memoryLimit` and in a
/// temporary file beyond it, so a report of any size is assembled in bounded memory.
///
/// When no temporary file can be created everything stays in memory: correct output matters
/// more than the bound. The file is removed when the buffer is released.
final class SpillBuffer {
    private var memory: [UInt8] = []
    private var file: FileHandle?
    private var filePath: String?
    private let memoryLimit: Int
    private(set) var isEmpty = true

    init(memoryLimit: Int = 1 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        try? file?.close()
        if let filePath { try? FileManager.default.removeItem(atPath: filePath) }
    }

    func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        isEmpty = false
        memory.append(contentsOf: bytes)
        if memory.count >= memoryLimit { spill() }
    }

    private func spill() {
        if file == nil {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("selaras-report-\(UUID().uuidString).part").path
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
                  let handle = FileHandle(forUpdatingAtPath: path) else { return }
            file = handle
            filePath = path
        }
        guard let file else { return }
        do {
            try file.write(contentsOf: memory)
            memory.removeAll(keepingCapacity: true)
        } catch {
            // Disk full or similar: keep the bytes in memory instead.
            try? file.close()
            self.file = nil
        }
    }

    /// Every byte appended, in order, in blocks of at most `blockSize` bytes (the last part
    /// kept in memory comes as one block); blocks may end inside a character.
    func forEachBlock(blockSize: Int = 1 << 20, _ body: (ArraySlice<UInt8>) -> Void) {
        if let file {
            do {
                try file.seek(toOffset: 0)
                while let data = try file.read(upToCount: blockSize), !data.isEmpty {
                    body(ArraySlice(data))
                }
            } catch {
                return
            }
        }
        if !memory.isEmpty { body(memory[...]) }
    }
}
