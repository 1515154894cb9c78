/// An Omega filter operator, as written in `filter[<field>][<operator>]=<value>`.
///
/// The list is Omega's documented one: `eq eqn neq neqn gt gtn gte gten lt ltn lte lten like in
/// nin empty nempty between begin end`. Their meaning is the server's (the `…n` variants are
/// presumably the numeric comparisons); this type spells them and knows how many operands each
/// takes (``arity``).
public enum FilterOperator: String, Sendable, Hashable, CaseIterable {
    case eq, eqn, neq, neqn, gt, gtn, gte, gten, lt, ltn, lte, lten
    case like
    case `in`, nin
    case empty, nempty
    case between
    case begin, end

    /// How many values the operator takes on the wire.
    public enum Arity: Sendable, Hashable {
        /// No value (`empty`, `nempty`): written as `=1`, the value is ignored when read.
        case none
        /// Exactly one value, written whole (a comma inside it is percent-encoded).
        case one
        /// A comma-separated list (`in`, `nin`).
        case list
        /// Two comma-separated bounds (`between`).
        case pair
    }

    /// How many values the operator takes.
    public var arity: Arity {
        switch self {
        case .empty, .nempty: .none
        case .in, .nin: .list
        case .between: .pair
        default: .one
        }
    }
}

/// One filter: `filter[<field>][<operator>]=<values>`, or `filter[or][<field>][<operator>]=…` when
/// it belongs to the OR group.
///
/// `field` may be a dotted path through relationships (`contratActif.occupant.nom`).
public struct Filter: Sendable, Hashable {
    /// The attribute, or a dotted path (`compteur.numeroSerie`).
    public var field: String
    /// The comparison.
    public var op: FilterOperator
    /// The operand(s), in Omega's wire form (see ``FilterOperator/Arity``).
    public var values: [String]
    /// `true` when the filter belongs to the OR group (`filter[or][…]`).
    public var isOr: Bool

    /// Creates a filter.
    public init(_ field: String, _ op: FilterOperator, _ values: [String] = [], or isOr: Bool = false) {
        self.field = field
        self.op = op
        self.values = values
        self.isOr = isOr
    }

    /// Creates a filter on one value given as any Omega scalar (a `Date` becomes
    /// `YYYY-MM-DD HH:MM:SS` in Paris, a `Decimal` its plain text, a `Bool` `0`/`1`).
    public init(_ field: String, _ op: FilterOperator, _ value: some LooseScalar, or isOr: Bool = false) {
        self.init(field, op, [Self.wireText(value)], or: isOr)
    }

    /// `field = value`.
    public static func eq(_ field: String, _ value: String) -> Filter { Filter(field, .eq, [value]) }
    /// `field LIKE value`.
    public static func like(_ field: String, _ value: String) -> Filter { Filter(field, .like, [value]) }
    /// `field IN (values)`.
    public static func `in`(_ field: String, _ values: [String]) -> Filter { Filter(field, .in, values) }
    /// `field NOT IN (values)`.
    public static func nin(_ field: String, _ values: [String]) -> Filter { Filter(field, .nin, values) }
    /// `low <= field <= high`.
    public static func between(_ field: String, _ low: String, _ high: String) -> Filter {
        Filter(field, .between, [low, high])
    }
    /// `field` is empty.
    public static func empty(_ field: String) -> Filter { Filter(field, .empty) }
    /// `field` is not empty.
    public static func nempty(_ field: String) -> Filter { Filter(field, .nempty) }

    /// This filter moved to the OR group.
    public func inOrGroup() -> Filter {
        var copy = self
        copy.isOr = true
        return copy
    }

    static func wireText(_ value: some LooseScalar) -> String {
        switch value.looseWireValue {
        case .string(let text): text
        case .number(let number): number.description
        case .bool(let flag): flag ? "1" : "0"
        default: ""
        }
    }
}

/// The global filter options, `filter[options][…]`.
public struct FilterOptions: Sendable, Hashable {
    /// How filters combine.
    public enum Combination: String, Sendable, Hashable, CaseIterable {
        case and, or
    }

    /// `filter[options][mode]`: the operator applied to filters given without one.
    public var mode: FilterOperator?
    /// `filter[options][case_sensitive]`: `true`/`false`.
    public var caseSensitive: Bool?
    /// `filter[options][andor]`: how the filters combine.
    public var andor: Combination?

    /// Creates options; `nil` members are not sent.
    public init(mode: FilterOperator? = nil, caseSensitive: Bool? = nil, andor: Combination? = nil) {
        self.mode = mode
        self.caseSensitive = caseSensitive
        self.andor = andor
    }

    /// `true` when no option is set.
    public var isEmpty: Bool { mode == nil && caseSensitive == nil && andor == nil }
}
