/// Key paths as shown in messages and accepted by `RuleParameters`: `params.terms[3].from`.
enum KeyPath {
    enum Component: Hashable {
        case key(String)
        case index(Int)
    }

    /// Splits `a.b[2].c` into components; an empty path has none.
    static func components(_ keyPath: String) -> [Component] {
        var result: [Component] = []
        var current = ""
        var index = keyPath.startIndex
        func flush() {
            if !current.isEmpty { result.append(.key(current)) }
            current = ""
        }
        while index < keyPath.endIndex {
            let character = keyPath[index]
            if character == "." {
                flush()
            } else if character == "[", let close = keyPath[index...].firstIndex(of: "]"),
                      let number = Int(keyPath[keyPath.index(after: index)..<close]) {
                flush()
                result.append(.index(number))
                index = close
            } else {
                current.append(character)
            }
            index = keyPath.index(after: index)
        }
        flush()
        return result
    }

    /// `a.b[2].c` from components.
    static func format(_ components: [Component]) -> String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// `a.b[2].c` from a decoder's coding path (array positions have an `intValue` and no name).
    static func format(_ codingPath: [any CodingKey]) -> String {
        format(codingPath.map { key in
            if let index = key.intValue, key.stringValue.isEmpty || key is IndexKey { return .index(index) }
            return .key(key.stringValue)
        })
    }

    /// Joins a prefix such as `params` and a relative path.
    static func join(_ prefix: String, _ rest: String) -> String {
        if prefix.isEmpty { return rest }
        if rest.isEmpty { return prefix }
        return rest.hasPrefix("[") ? prefix + rest : prefix + "." + rest
    }
}

/// The coding key of an array element.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "" }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}

/// The coding key of an object member read by name (dictionaries, key paths).
struct NameKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
