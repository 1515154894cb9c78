import Foundation

/// Any JSON value, as found in attributes, `meta` objects and other free-form members.
///
/// Numbers are kept as `Decimal` so that amounts such as `73.42` survive exactly: they are never
/// routed through `Double`. When decoded with `JSONDecoder`, a number is read from its literal
/// text; when encoded with `JSONEncoder`, it is written back as the same literal.
public enum JSONValue: Sendable, Hashable {
    /// The JSON `null` literal.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A JSON number, exactly as written.
    case number(Decimal)
    /// A JSON string.
    case string(String)
    /// A JSON array.
    case array([JSONValue])
    /// A JSON object. Member order is not kept (JSON gives it no meaning).
    case object([String: JSONValue])
}

extension JSONValue {
    /// `true` when the value is the `null` literal.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The string, when the value is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number, when the value is a number.
    public var numberValue: Decimal? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The boolean, when the value is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements, when the value is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The members, when the value is an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The member `key` of an object, or `nil` for a missing member or a value that is not an object.
    ///
    /// Setting a member of an object adds or replaces it (`nil` removes it); setting a member of a
    /// value that is not an object does nothing. Useful to reproduce a quirk on output, e.g.
    /// `json["jsonapi"]?["meta"] = []` as Omega writes it.
    public subscript(key: String) -> JSONValue? {
        get { objectValue?[key] }
        set {
            guard case .object(var members) = self else { return }
            members[key] = newValue
            self = .object(members)
        }
    }

    /// A short name of the JSON kind of this value ("string", "number", ...), used in error messages.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

extension JSONValue: Codable {
    /// Decodes any JSON value. Strings and objects are tried early because they dominate Omega's documents.
    public init(from decoder: any Decoder) throws {
        if let valueDecoder = decoder as? JSONValueDecoder {
            self = valueDecoder.value
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let object = try? container.decode([String: JSONValue].self) {
            self = .object(object)
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Decimal.self) {
            self = .number(number)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a JSON value")
        }
    }

    /// Encodes the value as the JSON it stands for (numbers as their exact decimal literal).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// `nil` is JSON `null`.
    public init(nilLiteral: ()) { self = .null }
    /// A boolean literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer literal, as an exact number.
    public init(integerLiteral value: Int) { self = .number(Decimal(value)) }
    /// An array literal.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// An object literal; for a repeated key the first value is kept.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }
}

extension JSONValue {
    /// Parses JSON text (RFC 8259, nesting limited to 512 levels). Numbers are read exactly.
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming the byte offset of the first problem.
    public static func parse(_ data: Data) throws -> JSONValue {
        do {
            return try JSONParser.parse(data)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: [], debugDescription: "Not JSON: \(error)"))
        }
    }

    /// The compact JSON text of this value, keys sorted so that the output is stable.
    public func jsonData() throws -> Data {
        JSONWriter.write(self)
    }
}
