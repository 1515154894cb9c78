/// A leniently decoded Omega scalar that encodes back in Omega's wire form.
///
/// ```swift
/// struct Facture: Codable {
///     @Loose var ttc: Decimal?        // "77.46" or 77.46
///     @Loose var solde: Bool?         // "0" / "1" / 0 / 1 / true / false
///     @Loose var datefact: Date?      // "2009-10-20 00:00:00", Europe/Paris
/// }
/// ```
///
/// Decoding: `null`, `""` and a **missing key** give `nil` (thanks to the container overloads in
/// this module, synthesized `Codable` works as is), and so does MySQL's zero date `0000-00-00` for
/// dates; an accepted form gives the value (see each ``LooseScalar`` conformance); anything else
/// throws `DecodingError.typeMismatch` at the value's coding path.
///
/// Encoding: `nil` is `null`, a value is its ``LooseScalar/looseWireValue`` (`Bool` → `"0"`/`"1"`,
/// numbers → `"73.42"`, dates → `"YYYY-MM-DD HH:MM:SS"` in Europe/Paris).
///
/// Memberwise initializers take the wrapped type (`Facture(ttc: 77.46)`); declare
/// `@Loose var ttc: Decimal? = nil` to give the parameter a default.
@propertyWrapper
public struct Loose<Value: LooseScalar>: Codable, Sendable, Hashable {
    /// The value, `nil` when absent, `null` or empty.
    public var wrappedValue: Value?

    /// Wraps a value.
    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    /// Decodes leniently: `nil` for `null`, `""` and absence markers, else an accepted form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            wrappedValue = nil
            return
        }
        let json = try container.decode(JSONValue.self)
        wrappedValue = try Self.value(from: json, codingPath: decoder.codingPath)
    }

    /// Reads `json` as `Value`: `nil` for `null`, `""` and absence markers, a typed error for any
    /// unaccepted form.
    public static func value(from json: JSONValue, codingPath: [any CodingKey] = []) throws -> Value? {
        switch json {
        case .null, .string(""):
            return nil
        case _ where Value.isAbsenceMarker(json):
            return nil
        default:
            guard let value = Value.looseValue(from: json) else {
                throw DecodingError.typeMismatch(
                    Value.self,
                    DecodingError.Context(
                        codingPath: codingPath,
                        debugDescription: "expected \(Value.looseDescription), found \(Self.describe(json))"))
            }
            return value
        }
    }

    /// Encodes the value in Omega's wire form, or `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue.looseWireValue)
        } else {
            try container.encodeNil()
        }
    }

    private static func describe(_ json: JSONValue) -> String {
        switch json {
        case .string(let text): "the string \"\(text.prefix(40))\""
        case .number(let number): "the number \(number)"
        case .bool(let value): "\(value)"
        default: json.kindName
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a ``Loose`` value, giving `nil` when the key is missing (instead of throwing).
    public func decode<Value>(_ type: Loose<Value>.Type, forKey key: Key) throws -> Loose<Value> {
        try decodeIfPresent(type, forKey: key) ?? Loose(wrappedValue: nil)
    }
}

extension KeyedEncodingContainer {
    /// Encodes a ``Loose`` value: Omega's wire form, or `null` when `nil`.
    public mutating func encode<Value>(_ value: Loose<Value>, forKey key: Key) throws {
        if let wrapped = value.wrappedValue {
            try encode(wrapped.looseWireValue, forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }
}
