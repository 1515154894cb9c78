import Foundation
import JSONAPI

/// Omega's filters: `filter[<path>][<op>]=<value>`, OR groups `filter[or][<path>][<op>]`,
/// and `filter[options][mode|case_sensitive|andor]`.
struct FilterSet: Sendable {
    /// Omega's comparison operators. The `…n` variants compare numerically.
    enum Operator: String, Sendable, CaseIterable {
        case eq, eqn, neq, neqn, gt, gtn, gte, gten, lt, ltn, lte, lten
        case like, `in`, nin, empty, nempty, between, begin, end
    }

    struct Condition: Sendable {
        var path: [String]
        /// nil when the filter named no operator: `filter[options][mode]` applies.
        var op: Operator?
        var value: String
        /// The query parameter it came from, for error answers.
        var parameter: String
    }

    /// The operators that compare numbers: their operand must be one.
    static let numericOperators: Set<Operator> = [.eqn, .neqn, .gtn, .gten, .ltn, .lten]

    var conditions: [Condition] = []
    var orConditions: [Condition] = []
    var defaultOperator: Operator = .eq
    var caseSensitive = true
    var combineWithOr = false

    var isEmpty: Bool { conditions.isEmpty && orConditions.isEmpty }

    mutating func add(parts: [String], value: String, name: String) throws(APIError) {
        guard let first = parts.first else {
            throw APIError.badRequest("filter needs a field", parameter: name)
        }
        switch first {
        case "options":
            switch parts.dropFirst().first {
            case "mode":
                guard let op = Operator(rawValue: value.lowercased()) else {
                    throw APIError.badRequest("unknown filter mode \(value)", parameter: name)
                }
                defaultOperator = op
            case "case_sensitive":
                caseSensitive = !["false", "0", "no"].contains(value.lowercased())
            case "andor":
                combineWithOr = value.lowercased() == "or"
            default:
                throw APIError.badRequest("unknown filter option", parameter: name)
            }
        case "or":
            orConditions.append(try Self.condition(Array(parts.dropFirst()), value: value, name: name))
        default:
            conditions.append(try Self.condition(parts, value: value, name: name))
        }
    }

    private static func condition(_ parts: [String], value: String, name: String) throws(APIError)
        -> Condition
    {
        guard let field = parts.first, !field.isEmpty else {
            throw APIError.badRequest("filter needs a field", parameter: name)
        }
        var op: Operator?
        if parts.count >= 2 {
            guard let parsed = Operator(rawValue: parts[1].lowercased()) else {
                throw APIError.badRequest("unknown filter operator \(parts[1])", parameter: name)
            }
            op = parsed
        }
        return Condition(
            path: field.split(separator: ".").map(String.init), op: op, value: value, parameter: name)
    }

    /// Checks, once every parameter is read (`filter[options][mode]` may come last), that the
    /// filter asks for bounded work: at most ``ListQuery/maximumFilters`` conditions, operands
    /// of at most ``ListQuery/maximumOperandLength`` characters, lists of at most
    /// ``ListQuery/maximumListItems`` values, and numbers where numbers are compared.
    func checkBounds() throws(APIError) {
        guard conditions.count + orConditions.count <= ListQuery.maximumFilters else {
            throw APIError.badRequest(
                "at most \(ListQuery.maximumFilters) filter conditions", parameter: "filter")
        }
        for condition in conditions + orConditions {
            let op = condition.op ?? defaultOperator
            guard condition.value.count <= ListQuery.maximumOperandLength else {
                throw APIError.badRequest(
                    "a filter value has at most \(ListQuery.maximumOperandLength) characters",
                    parameter: condition.parameter)
            }
            if op == .in || op == .nin,
                condition.value.split(separator: ",").count > ListQuery.maximumListItems
            {
                throw APIError.badRequest(
                    "a list holds at most \(ListQuery.maximumListItems) values",
                    parameter: condition.parameter)
            }
            if Self.numericOperators.contains(op), !Self.isBoundedNumber(condition.value) {
                throw APIError.badRequest(
                    "\(op.rawValue) compares numbers: give a decimal number of at most 15 digits before the point",
                    parameter: condition.parameter)
            }
        }
    }

    /// A plain decimal (`-12`, `3.5`) with at most 15 digits before the point and 6 after:
    /// exact as a `Decimal` and as an SQLite REAL.
    static func isBoundedNumber(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let unsigned = trimmed.hasPrefix("-") ? trimmed.dropFirst() : Substring(trimmed)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let ascii = { (part: Substring) in part.allSatisfy { ("0"..."9").contains($0) } }
        guard let whole = parts.first, (1...15).contains(whole.count), ascii(whole) else { return false }
        guard parts.count == 2 else { return true }
        return (1...6).contains(parts[1].count) && ascii(parts[1])
    }

    /// True when `resource` passes: the plain conditions combined by `andor`, and when OR
    /// groups exist, at least one of them as well.
    func matches(_ resource: Resource, in graph: ResourceGraph) -> Bool {
        let test = { (condition: Condition) in
            FilterEvaluation.matches(
                graph.values(at: condition.path, from: resource), op: condition.op ?? defaultOperator,
                operand: condition.value, caseSensitive: caseSensitive)
        }
        let plain =
            conditions.isEmpty
            || (combineWithOr ? conditions.contains(where: test) : conditions.allSatisfy(test))
        let alternatives = orConditions.isEmpty || orConditions.contains(where: test)
        return plain && alternatives
    }

    /// Removes the `eq`/`in` conditions on `field` and returns their accepted values (nil when
    /// there were none): used where a field is a scope rather than an attribute.
    mutating func takeEquality(on field: String) -> Set<String>? {
        var values: Set<String>?
        conditions.removeAll { condition in
            guard condition.path == [field] else { return false }
            let op = condition.op ?? defaultOperator
            guard op == .eq || op == .in else { return false }
            let accepted = Set(condition.value.split(separator: ",").map(String.init))
            values = values.map { $0.intersection(accepted) } ?? accepted
            return true
        }
        return values
    }
}
