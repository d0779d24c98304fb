/// A sentence's UTF-8 bytes with the classes of each of its scalars, for cutting it into words
/// without asking the standard library's Unicode tables about every scalar: the cross-draft rules
/// read words of every draft's dated and figure sentences.
///
/// Made only for text whose every scalar lies in Latin-1 or the general punctuation,
/// superscript and currency blocks (minus the joiners U+200C and U+200D): no scalar there
/// extends the one before it, so each is a `Character` of its own (CR LF aside, whose two
/// scalars are whitespace alike) and the scalar-by-scalar cut equals the `Character` cut. Text
/// with combining marks, emoji or other scripts takes the `Character` path.
///
/// The classes come from `table`, which holds, for each of those few hundred scalars, the very
/// properties a scalar-by-scalar cut would ask of it (`isWhitespace`, `isAlphabetic`,
/// `numericType`, membership in the trimmed set), computed once: reading it gives the same
/// answer as asking per scalar, for the cost of an array load.
struct CrossDraftScalars {
    /// `Unicode.Scalar.Properties.isWhitespace`.
    static let whitespace: UInt8 = 1
    /// One of the characters `CrossDraftDates.trimmed` removes from a word's ends.
    static let trimmed: UInt8 = 2
    /// A letter or number: `isAlphabetic` or a `numericType`.
    static let word: UInt8 = 4

    let bytes: [UInt8]
    /// Where each scalar starts in `bytes`, and one more entry: `bytes.count`.
    let offsets: [Int]
    /// The classes of each scalar (bits above).
    let classes: [UInt8]

    /// Nil when some scalar is outside the table (the caller then cuts by `Character`).
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        let table = Self.table  // read once: each access to a static checks its initialisation
        // ASCII text, the usual case: a scalar per byte.
        if bytes.allSatisfy({ $0 < 0x80 }) {
            self.bytes = bytes
            self.offsets = Array(0...bytes.count)
            self.classes = bytes.map { table[Int($0)] }
            return
        }
        var offsets: [Int] = []
        var classes: [UInt8] = []
        offsets.reserveCapacity(bytes.count + 1)
        classes.reserveCapacity(bytes.count)
        var index = 0
        // A `String` holds valid UTF-8, so a lead byte tells the length and the continuation
        // bytes are present. Four-byte scalars lie above U+FFFF, outside the table.
        while index < bytes.count {
            guard let (slot, length) = Self.slot(at: index, in: bytes) else { return nil }
            offsets.append(index)
            classes.append(table[slot])
            index += length
        }
        offsets.append(bytes.count)
        self.bytes = bytes
        self.offsets = offsets
        self.classes = classes
    }

    /// Scalars in the text.
    var count: Int { classes.count }

    /// The text of scalars `low..<high`.
    func string(from low: Int, to high: Int) -> String {
        String(decoding: bytes[offsets[low]..<offsets[high]], as: UTF8.self)
    }

    /// Whether scalars `low..<high` are all ASCII (one byte each).
    func isASCII(from low: Int, to high: Int) -> Bool {
        offsets[high] - offsets[low] == high - low
    }

    /// The table slot of a scalar in the blocks above; nil for any other.
    /// The slot and byte length of the scalar at `index` of valid UTF-8 `bytes` (a lead byte tells
    /// the length and the continuation bytes are present); nil outside the table, which holds no
    /// four-byte scalar.
    @inline(__always)
    static func slot<Bytes: RandomAccessCollection>(at index: Int, in bytes: Bytes) -> (slot: Int, length: Int)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (Int(lead), 1) }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else {
            return nil
        }
        return slot(value).map { ($0, length) }
    }

    static func slot(_ value: UInt32) -> Int? {
        if value <= 0xFF { return Int(value) }
        if value >= 0x2000 && value <= 0x20CF && value != 0x200C && value != 0x200D { return 0x100 + Int(value - 0x2000) }
        return nil
    }

    /// The classes of every scalar `slot` accepts, by slot.
    static let table: [UInt8] = (0..<(0x100 + 0xD0)).map { slot in
        let value = slot < 0x100 ? UInt32(slot) : UInt32(slot - 0x100 + 0x2000)
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        return (properties.isWhitespace ? whitespace : 0)
            | (trimmedScalars.contains(scalar) ? trimmed : 0)
            | (properties.isAlphabetic || properties.numericType != nil ? word : 0)
    }

    /// The scalars of `CrossDraftDates.trimmed`.
    static let trimmedScalars = Set(",.;:()“”\"'".unicodeScalars)
}
