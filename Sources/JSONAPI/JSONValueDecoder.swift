import Foundation

/// A `Decoder` that reads a ``JSONValue`` tree directly (no JSON text in between).
///
/// It follows `JSONDecoder`'s default strategies (numbers convert to any numeric type when exact,
/// `Decimal` is taken as is, `URL` is read from a string) except for `Date`, read from any form
/// ``OmegaDate/parse(_:)`` accepts (or a number of seconds since 2001, `JSONDecoder`'s default). Errors are the standard `DecodingError`s with the coding path.
struct JSONValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: JSONValue, codingPath: [any CodingKey] = []) {
        self.value = value
        self.codingPath = codingPath
    }

    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try JSONValueDecoder(value: value).decodeValue(type)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw mismatch([String: JSONValue].self, "an object")
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw mismatch([JSONValue].self, "an array")
        }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleContainer(decoder: self)
    }

    func mismatch(_ type: Any.Type, _ expected: String) -> DecodingError {
        DecodingError.typeMismatch(
            type,
            DecodingError.Context(
                codingPath: codingPath, debugDescription: "expected \(expected), found \(value.kindName)"))
    }

    /// Decodes `type` from this decoder's value, with shortcuts for the types JSON represents natively.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if type == JSONValue.self, let result = value as? T { return result }
        if type == Decimal.self {
            guard case .number(let number) = value, let result = number as? T else {
                throw mismatch(type, "a number")
            }
            return result
        }
        if type == Date.self {
            // Plain `Date` fields read Omega's date forms, like `Loose<Date>` but without leniency.
            switch value {
            case .string(let text):
                guard let date = OmegaDate.parse(text), let result = date as? T else {
                    throw DecodingError.dataCorrupted(
                        DecodingError.Context(
                            codingPath: codingPath, debugDescription: "not a date: \"\(text)\""))
                }
                return result
            case .number(let seconds):
                guard
                    let result = Date(
                        timeIntervalSinceReferenceDate: NSDecimalNumber(decimal: seconds).doubleValue) as? T
                else { throw mismatch(type, "a date") }
                return result
            default:
                throw mismatch(type, "a date")
            }
        }
        if type == URL.self {
            guard case .string(let text) = value, let url = URL(string: text), let result = url as? T else {
                throw mismatch(type, "a URL string")
            }
            return result
        }
        return try T(from: self)
    }

    func decodeString() throws -> String {
        guard case .string(let text) = value else { throw mismatch(String.self, "a string") }
        return text
    }

    func decodeBool() throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(Bool.self, "a boolean") }
        return flag
    }

    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard case .number(let number) = value else { throw mismatch(type, "a number") }
        guard let result = T(number.description) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath, debugDescription: "\(number) does not fit in \(type)"))
        }
        return result
    }

    func decodeFloatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type) throws -> T {
        guard case .number(let number) = value, let result = T(number.description) else {
            throw mismatch(type, "a number")
        }
        return result
    }
}

/// `CodingKey` for array indices, rendered `Index N` as `JSONDecoder` does.
struct IndexKey: CodingKey {
    let intValue: Int?
    let stringValue: String

    init(_ index: Int) {
        intValue = index
        stringValue = "Index \(index)"
    }

    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.init(intValue) }
}
