import Foundation

/// The part of JSON Schema (draft 2020-12) the export schemas use: `type` (one or a list),
/// `properties`, `required`, `additionalProperties: false`, `items`, `enum`, `pattern`,
/// `minimum`. An unknown keyword is an error, so a schema cannot silently ask for more than
/// is checked.
struct JSONSchemaValidator {
    static let keywords: Set<String> = [
        "$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties",
        "items", "enum", "pattern", "minimum",
    ]

    let schema: [String: Any]

    /// The schema in `url`.
    init(contentsOf url: URL) throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let schema = object as? [String: Any] else { throw Problem(path: "$", text: "not an object") }
        self.schema = schema
    }

    struct Problem: Error, CustomStringConvertible {
        var path: String
        var text: String
        var description: String { "\(path): \(text)" }
    }

    /// Every place `json` breaks the schema (empty: valid).
    func problems(in json: Data) throws -> [Problem] {
        let value = try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
        var problems: [Problem] = []
        check(value, against: schema, at: "$", into: &problems)
        return problems
    }

    private func check(
        _ value: Any, against schema: [String: Any], at path: String, into problems: inout [Problem]
    ) {
        for keyword in schema.keys where !Self.keywords.contains(keyword) {
            problems.append(Problem(path: path, text: "the validator does not know \(keyword)"))
        }
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                problems.append(Problem(path: path, text: "\(Self.describe(value)) is not \(allowed)"))
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.same($0, value) }) {
            problems.append(Problem(path: path, text: "\(value) not in \(options)"))
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append(Problem(path: path, text: "\"\(text)\" does not match \(pattern)"))
        }
        if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, let number = value as? NSNumber,
            !Self.isBoolean(number), number.doubleValue < minimum
        {
            problems.append(Problem(path: path, text: "\(number) is below \(minimum)"))
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                problems.append(Problem(path: path, text: "\(name) is missing"))
            }
            for (name, member) in object {
                if let property = properties[name] {
                    check(member, against: property, at: "\(path).\(name)", into: &problems)
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append(Problem(path: path, text: "\(name) is not in the schema"))
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                check(item, against: items, at: "\(path)[\(index)]", into: &problems)
            }
        }
    }

    /// JSONSerialization reads `true` and `1` both as NSNumber; a boolean's type code is `c`
    /// (JSON never yields an 8-bit integer, the other number with that code).
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "null": return value is NSNull
        case "boolean":
            guard let number = value as? NSNumber else { return false }
            return isBoolean(number)
        case "number":
            guard let number = value as? NSNumber else { return false }
            return !isBoolean(number)
        case "integer":
            guard let number = value as? NSNumber, !isBoolean(number) else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        default: return false
        }
    }

    private static func same(_ left: Any, _ right: Any) -> Bool {
        if let left = left as? String, let right = right as? String { return left == right }
        if let left = left as? NSNumber, let right = right as? NSNumber { return left == right }
        return left is NSNull && right is NSNull
    }

    private static func describe(_ value: Any) -> String {
        value is NSNull ? "null" : "\(type(of: value)) \(value)"
    }
}
