/// A location inside a JSON document, rendered as `data[0].attributes.ttc`.
struct JSONPath: Sendable, CustomStringConvertible {
    enum Component: Sendable {
        case key(String)
        case index(Int)
    }

    private(set) var components: [Component] = []

    static let root = JSONPath()

    func appending(_ key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    func appending(_ index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// Renders a `CodingKey` path (as found in `DecodingError` contexts) the same way.
    static func render(_ codingPath: [any CodingKey]) -> String {
        var path = JSONPath()
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == "\(index)"
            {
                path = path.appending(index)
            } else {
                path = path.appending(key.stringValue)
            }
        }
        return path.description
    }
}

/// Reading helpers that turn a `JSONValue` tree into typed values, failing with a located error.
struct JSONReader {
    let value: JSONValue
    let path: JSONPath

    init(_ value: JSONValue, at path: JSONPath) {
        self.value = value
        self.path = path
    }

    func fail(_ kind: DocumentDecodingError.Kind, _ detail: String) -> DocumentDecodingError {
        DocumentDecodingError(kind, at: path.description, detail: detail)
    }

    func object() throws(DocumentDecodingError) -> [String: JSONValue] {
        guard case .object(let members) = value else {
            throw fail(.invalidMember, "expected an object, found \(value.kindName)")
        }
        return members
    }

    func array() throws(DocumentDecodingError) -> [JSONValue] {
        guard case .array(let elements) = value else {
            throw fail(.invalidMember, "expected an array, found \(value.kindName)")
        }
        return elements
    }

    func string() throws(DocumentDecodingError) -> String {
        guard case .string(let text) = value else {
            throw fail(.invalidMember, "expected a string, found \(value.kindName)")
        }
        return text
    }

    /// A string, or a number given as its text (lenient reading of error `status`/`code`).
    func stringOrNumber() throws(DocumentDecodingError) -> String {
        switch value {
        case .string(let text): return text
        case .number(let number): return number.description
        default: throw fail(.invalidMember, "expected a string or a number, found \(value.kindName)")
        }
    }

    /// A `meta` object. `[]` is accepted as an empty object because Omega sends `"meta": []`.
    func meta() throws(DocumentDecodingError) -> [String: JSONValue] {
        if case .array(let elements) = value, elements.isEmpty { return [:] }
        return try object()
    }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// The member `key` read at `path.key`, or `nil` when absent. `null` counts as present.
    func member(_ key: String, in path: JSONPath) -> JSONReader? {
        self[key].map { JSONReader($0, at: path.appending(key)) }
    }

    /// The member `key` when present and not `null`.
    func nonNullMember(_ key: String, in path: JSONPath) -> JSONReader? {
        guard let value = self[key], !value.isNull else { return nil }
        return JSONReader(value, at: path.appending(key))
    }
}
