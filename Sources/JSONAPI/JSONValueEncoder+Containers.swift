import Foundation

extension JSONValueEncoder {
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        private func set(_ value: JSONValue, _ key: Key) {
            node.members[key.stringValue] = Node(value)
        }

        private func child(_ key: Key, _ kind: Node.Kind = .value) -> Node {
            let child = Node()
            child.become(kind)
            node.members[key.stringValue] = child
            return child
        }

        mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            set(try JSONValueEncoder.number(value, codingPath: codingPath + [key]), key)
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            set(try JSONValueEncoder.number(value, codingPath: codingPath + [key]), key)
        }
        mutating func encode(_ value: Int, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }
        mutating func encode(_ value: Int8, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }
        mutating func encode(_ value: Int16, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }
        mutating func encode(_ value: Int32, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }
        mutating func encode(_ value: Int64, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }
        mutating func encode(_ value: UInt, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }
        mutating func encode(_ value: UInt8, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }
        mutating func encode(_ value: UInt16, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }
        mutating func encode(_ value: UInt32, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }
        mutating func encode(_ value: UInt64, forKey key: Key) throws {
            set(JSONValueEncoder.number(value), key)
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try JSONValueEncoder.encode(value, into: child(key), codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(
                KeyedContainer<NestedKey>(node: child(key, .object), codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            UnkeyedContainer(node: child(key, .array), codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder {
            JSONValueEncoder(node: childNamed("super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            JSONValueEncoder(node: child(key), codingPath: codingPath + [key])
        }

        private func childNamed(_ name: String) -> Node {
            let child = Node()
            node.members[name] = child
            return child
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        var count: Int { node.elements.count }

        private func append(_ kind: Node.Kind = .value, _ value: JSONValue = .null) -> Node {
            let child = Node(value)
            child.become(kind)
            node.elements.append(child)
            return child
        }

        private var nextPath: [any CodingKey] { codingPath + [IndexKey(count)] }

        mutating func encodeNil() throws { _ = append() }
        mutating func encode(_ value: Bool) throws { _ = append(.value, .bool(value)) }
        mutating func encode(_ value: String) throws { _ = append(.value, .string(value)) }
        mutating func encode(_ value: Double) throws {
            _ = append(.value, try JSONValueEncoder.number(value, codingPath: nextPath))
        }
        mutating func encode(_ value: Float) throws {
            _ = append(.value, try JSONValueEncoder.number(value, codingPath: nextPath))
        }
        mutating func encode(_ value: Int) throws { _ = append(.value, JSONValueEncoder.number(value)) }
        mutating func encode(_ value: Int8) throws { _ = append(.value, JSONValueEncoder.number(value)) }
        mutating func encode(_ value: Int16) throws { _ = append(.value, JSONValueEncoder.number(value)) }
        mutating func encode(_ value: Int32) throws { _ = append(.value, JSONValueEncoder.number(value)) }
        mutating func encode(_ value: Int64) throws { _ = append(.value, JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt) throws { _ = append(.value, JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt8) throws { _ = append(.value, JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt16) throws { _ = append(.value, JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt32) throws { _ = append(.value, JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt64) throws { _ = append(.value, JSONValueEncoder.number(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            let path = nextPath
            try JSONValueEncoder.encode(value, into: append(), codingPath: path)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            let path = nextPath
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: append(.object), codingPath: path))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let path = nextPath
            return UnkeyedContainer(node: append(.array), codingPath: path)
        }

        mutating func superEncoder() -> any Encoder {
            let path = nextPath
            return JSONValueEncoder(node: append(), codingPath: path)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        private func set(_ value: JSONValue) { node.set(value) }

        mutating func encodeNil() throws { set(.null) }
        mutating func encode(_ value: Bool) throws { set(.bool(value)) }
        mutating func encode(_ value: String) throws { set(.string(value)) }
        mutating func encode(_ value: Double) throws {
            set(try JSONValueEncoder.number(value, codingPath: codingPath))
        }
        mutating func encode(_ value: Float) throws {
            set(try JSONValueEncoder.number(value, codingPath: codingPath))
        }
        mutating func encode(_ value: Int) throws { set(JSONValueEncoder.number(value)) }
        mutating func encode(_ value: Int8) throws { set(JSONValueEncoder.number(value)) }
        mutating func encode(_ value: Int16) throws { set(JSONValueEncoder.number(value)) }
        mutating func encode(_ value: Int32) throws { set(JSONValueEncoder.number(value)) }
        mutating func encode(_ value: Int64) throws { set(JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt) throws { set(JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt8) throws { set(JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt16) throws { set(JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt32) throws { set(JSONValueEncoder.number(value)) }
        mutating func encode(_ value: UInt64) throws { set(JSONValueEncoder.number(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try JSONValueEncoder.encode(value, into: node, codingPath: codingPath)
        }
    }
}
