import Foundation
import SelarasCore

/// A folder of compiled term lists, so a long list is compiled once, not on every run.
///
/// Compiling a 20,000-pair table (reading it, building the word table and trie) takes about
/// 35 ms; loading the compiled form takes a few. An entry is named by a 128-bit hash of everything
/// the compiled form depends on (the table's bytes, the rule's params, the Selaras version and
/// this format's version), so an edited table or rule simply gets a new entry: nothing is ever
/// served stale. Entries are written atomically (temporary file, then rename), read with
/// every length and index checked, and a damaged or foreign file is ignored and rewritten.
/// The cache is best-effort: when the folder cannot be written, lists are compiled every time.
///
/// Folder: `$SELARAS_CACHE_DIR`, else `$XDG_CACHE_HOME/selaras`, else `~/.cache/selaras`;
/// `SELARAS_NO_CACHE=1` turns it off. At most `entryLimit` entries are kept (oldest removed).
public struct CompiledTermListCache: Sendable {
    public let directory: String
    public var entryLimit = 64

    /// Bumped whenever the binary layout of `TermMatcher` or anything it holds changes.
    static let formatVersion: UInt64 = 2
    private static let magic: [UInt8] = Array("SELARAS-TERMS\n".utf8)

    public init(directory: String) {
        self.directory = directory
    }

    /// The cache the environment asks for, or nil when caching is off or no folder is known.
    public static func standard(environment: [String: String]) -> CompiledTermListCache? {
        if let off = environment["SELARAS_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
        if let explicit = environment["SELARAS_CACHE_DIR"], !explicit.isEmpty { return CompiledTermListCache(directory: explicit) }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return CompiledTermListCache(directory: xdg + "/selaras") }
        if let home = environment["HOME"], home.hasPrefix("/") { return CompiledTermListCache(directory: home + "/.cache/selaras") }
        return nil
    }

    /// The key of a compiled list: 128 bits (two XXH64 digests, seeds 0 and 1) of the format,
    /// the version and `parts`. A content hash, not SHA-256: this runs over the whole table on
    /// every run, and only accidental collisions matter for a cache (see `XXHash64`).
    static func key(_ parts: (inout BinaryWriter) -> Void) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(String(decoding: magic, as: UTF8.self))
        writer.write(formatVersion)
        writer.write(SelarasVersion.current)
        parts(&writer)
        var key: [UInt8] = []
        for seed: UInt64 in [0, 1] {
            let digest = XXHash64.digest(writer.bytes, seed: seed)
            for shift in stride(from: 56, through: 0, by: -8) { key.append(UInt8(truncatingIfNeeded: digest >> UInt64(shift))) }
        }
        return key
    }

    func path(for key: [UInt8]) -> String {
        directory + "/terms-" + SHA256.hex(key) + ".bin"
    }

    /// The payload stored under `key`, or nil when there is none or it is damaged.
    func load(key: [UInt8]) -> [UInt8]? {
        guard let bytes = FileBytes.read(atPath: path(for: key)) else { return nil }
        var reader = BinaryReader(bytes)
        do {
            guard try reader.readString() == String(decoding: Self.magic, as: UTF8.self),
                  try reader.readUInt64() == Self.formatVersion,
                  try reader.readBytes() == key else { return nil }
            let checksum = try reader.readUInt64()
            let payload = try reader.readBytes()
            guard reader.isAtEnd, Self.checksum(payload) == checksum else { return nil }
            return payload
        } catch {
            return nil
        }
    }

    /// Stores `payload` under `key`; failures are ignored (the next run compiles again).
    func store(key: [UInt8], payload: [UInt8]) {
        var writer = BinaryWriter()
        writer.write(String(decoding: Self.magic, as: UTF8.self))
        writer.write(Self.formatVersion)
        writer.write(key)
        writer.write(Self.checksum(payload))
        writer.write(payload)
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let final = path(for: key)
            let temporary = final + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard manager.createFile(atPath: temporary, contents: Data(writer.bytes)) else { return }
            if rename(temporary, final) != 0 { try? manager.removeItem(atPath: temporary) }
            prune(keeping: final)
        } catch {
            return
        }
    }

    /// Removes the oldest entries beyond `entryLimit`.
    private func prune(keeping kept: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
        let entries = names.filter { $0.hasPrefix("terms-") && $0.hasSuffix(".bin") }.map { directory + "/" + $0 }
        guard entries.count > entryLimit else { return }
        let dated = entries.map { path in
            (path, (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast)
        }
        for (path, _) in dated.sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }).prefix(entries.count - entryLimit) where path != kept {
            try? manager.removeItem(atPath: path)
        }
    }

    /// A fast 64-bit checksum (FNV-1a over 8-byte words) that catches truncated or damaged files.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                value = (value ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                offset += 8
            }
            while offset < raw.count {
                value = (value ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01B3
                offset += 1
            }
        }
        return value ^ UInt64(bytes.count)
    }
}
