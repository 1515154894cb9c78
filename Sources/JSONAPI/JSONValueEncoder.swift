import Foundation

/// An `Encoder` that builds a ``JSONValue`` tree directly (no JSON text in between).
///
/// It writes what `JSONEncoder` would with its default strategies, except `Date`, written in
/// Omega's form (``OmegaDate/format(_:)``), as ``Resource/decodeAttributes(as:)`` reads it back.
/// Non-finite floating-point values are an `EncodingError`, as with `JSONEncoder`.
final class JSONValueEncoder: Encoder {
    /// One value under construction: a scalar, or an object or array whose children are filled
    /// in later (members are mutated in place, so encoding stays linear).
    final class Node {
        enum Kind {
            case value
            case object
            case array
        }

        var kind = Kind.value
        var value = JSONValue.null
        var members: [String: Node] = [:]
        var elements: [Node] = []

        init() {}

        init(_ value: JSONValue) {
            self.value = value
        }

        /// Makes the node the scalar (or ready-made tree) `value`.
        func set(_ value: JSONValue) {
            kind = .value
            self.value = value
            members = [:]
            elements = []
        }

        /// Turns the node into an object (or an array) unless it already is one.
        func become(_ kind: Kind) {
            guard self.kind != kind else { return }
            self.kind = kind
            members = [:]
            elements = []
        }

        var resolved: JSONValue {
            switch kind {
            case .value: value
            case .object: .object(members.mapValues(\.resolved))
            case .array: .array(elements.map(\.resolved))
            }
        }
    }

    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let node: Node

    init(node: Node = Node(), codingPath: [any CodingKey] = []) {
        self.node = node
        self.codingPath = codingPath
    }

    static func encode(_ value: some Encodable) throws -> JSONValue {
        let node = Node()
        try encode(value, into: node, codingPath: [])
        return node.resolved
    }

    /// Encodes `value` into `node`, with shortcuts for the types JSON represents natively.
    static func encode(_ value: some Encodable, into node: Node, codingPath: [any CodingKey]) throws {
        switch value {
        case let json as JSONValue: node.set(json)
        case let decimal as Decimal: node.set(.number(decimal))
        case let date as Date: node.set(.string(OmegaDate.format(date)))
        case let url as URL: node.set(.string(url.absoluteString))
        default: try value.encode(to: JSONValueEncoder(node: node, codingPath: codingPath))
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.become(.object)
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.become(.array)
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath)
    }

    /// The JSON number of a floating-point value, from its shortest exact text (as `JSONEncoder` writes).
    static func number(
        _ value: some BinaryFloatingPoint & LosslessStringConvertible, codingPath: [any CodingKey]
    )
        throws -> JSONValue
    {
        guard value.isFinite,
            let decimal = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX"))
        else {
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(codingPath: codingPath, debugDescription: "\(value) is not valid JSON"))
        }
        return .number(decimal)
    }

    /// The JSON number of an integer.
    static func number(_ value: some BinaryInteger) -> JSONValue {
        if let signed = Int64(exactly: value) { return .number(Decimal(signed)) }
        if let unsigned = UInt64(exactly: value) { return .number(Decimal(unsigned)) }
        return .number(Decimal(string: "\(value)") ?? 0)
    }
}
