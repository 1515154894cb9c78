/// A query string that ``Query/parse(_:)`` cannot read.
public struct QueryParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The parameter name as received (decoded), or the raw text when it could not be decoded.
    public var parameter: String
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(parameter: String, reason: String) {
        self.parameter = parameter
        self.reason = reason
    }

    /// A readable rendering, for logs and messages.
    public var description: String { "Invalid query parameter \(parameter): \(reason)" }
}

extension Query {
    /// Reads a query string (with or without the leading `?`), reversing ``queryString``.
    ///
    /// Recognised: `include`, `fields[T]`, `sort`, `page`, `page[offset]`, `page[limit]` (a missing
    /// limit means 20, Omega's default), `filter[<field>][<op>]`, `filter[or][<field>][<op>]` and
    /// `filter[options][mode|case_sensitive|andor]`. Any other name goes to ``parameters``, except
    /// other forms of the reserved families (`filter`, `fields[…]`, `page[…]`, e.g. `page[size]`),
    /// which throw.
    /// Empty pieces (`a=1&&b=2`) are skipped.
    ///
    /// - Throws: ``QueryParseError`` for a malformed escape, an unknown operator or option, a
    ///   non-numeric page, or a `filter` parameter of another shape.
    public static func parse(_ queryString: String) throws(QueryParseError) -> Query {
        var text = Substring(queryString)
        if text.hasPrefix("?") { text = text.dropFirst() }
        var query = Query()
        var offset: Int?
        var limit: Int?
        // Splitting works on UTF-8 bytes: the separators are ASCII, and it avoids grapheme breaking.
        for piece in text.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let rawName: Substring
            let rawValue: Substring
            if let equals = piece.firstIndex(of: UInt8(ascii: "=")) {
                rawName = Substring(piece[..<equals])
                rawValue = Substring(piece[piece.index(after: equals)...])
            } else {
                rawName = Substring(piece)
                rawValue = ""
            }
            guard let name = PercentEncoding.decode(rawName) else {
                throw QueryParseError(parameter: String(rawName), reason: "malformed percent-encoding")
            }
            let items = try decodeItems(rawValue, parameter: name)
            let single = items.joined(separator: ",")
            switch name {
            case "include":
                query.include = items.filter { !$0.isEmpty }
            case "sort":
                query.sort = items.filter { !$0.isEmpty }.map { item in
                    item.hasPrefix("-") ? SortKey(String(item.dropFirst()), descending: true) : SortKey(item)
                }
            case "page":
                query.page = .number(try integer(single, parameter: name))
            case "page[offset]":
                offset = try integer(single, parameter: name)
            case "page[limit]":
                limit = try integer(single, parameter: name)
            default:
                if let type = bracketed(name, after: "fields") {
                    query.fields[type] = items.filter { !$0.isEmpty }
                } else if name == "filter" || name.hasPrefix("filter[") {
                    try query.readFilter(name: name, items: items, rawValue: rawValue)
                } else if isReservedFamily(name) {
                    throw QueryParseError(parameter: name, reason: "unsupported form of a reserved parameter")
                } else {
                    query.parameters.append(Parameter(name: name, value: single))
                }
            }
        }
        if let offset {
            query.page = .offset(offset: offset, limit: limit ?? 20)
        } else if let limit {
            query.page = .offset(offset: 1, limit: limit)
        }
        return query
    }

    private mutating func readFilter(name: String, items: [String], rawValue: Substring)
        throws(QueryParseError)
    {
        let parts = Self.bracketParts(name.dropFirst("filter".count))
        guard let parts, !parts.isEmpty else {
            throw QueryParseError(parameter: name, reason: "expected filter[<field>][<operator>]")
        }
        if parts[0] == "options" {
            guard parts.count == 2 else {
                throw QueryParseError(parameter: name, reason: "expected filter[options][<option>]")
            }
            let value = items.joined(separator: ",")
            switch parts[1] {
            case "mode":
                guard let mode = FilterOperator(rawValue: value) else {
                    throw QueryParseError(parameter: name, reason: "unknown operator \(value)")
                }
                filterOptions.mode = mode
            case "case_sensitive":
                switch value {
                case "true", "1": filterOptions.caseSensitive = true
                case "false", "0": filterOptions.caseSensitive = false
                default: throw QueryParseError(parameter: name, reason: "expected true or false")
                }
            case "andor":
                guard let combination = FilterOptions.Combination(rawValue: value) else {
                    throw QueryParseError(parameter: name, reason: "expected and or or")
                }
                filterOptions.andor = combination
            default:
                throw QueryParseError(parameter: name, reason: "unknown filter option \(parts[1])")
            }
            return
        }
        let isOr = parts[0] == "or" && parts.count == 3
        let fieldAndOperator = isOr ? Array(parts.dropFirst()) : parts
        guard fieldAndOperator.count == 2, !fieldAndOperator[0].isEmpty else {
            throw QueryParseError(parameter: name, reason: "expected filter[<field>][<operator>]")
        }
        guard let op = FilterOperator(rawValue: fieldAndOperator[1]) else {
            throw QueryParseError(parameter: name, reason: "unknown operator \(fieldAndOperator[1])")
        }
        let values: [String]
        switch op.arity {
        case .none:
            values = []
        case .one:
            guard let whole = PercentEncoding.decode(rawValue) else {
                throw QueryParseError(parameter: name, reason: "malformed percent-encoding")
            }
            values = [whole]
        case .list, .pair:
            values = rawValue.isEmpty ? [] : items
        }
        if op.arity == .pair, values.count != 2 {
            throw QueryParseError(parameter: name, reason: "between takes two values separated by a comma")
        }
        filters.append(Filter(fieldAndOperator[0], op, values, or: isOr))
    }

    private static func decodeItems(_ rawValue: Substring, parameter: String) throws(QueryParseError)
        -> [String]
    {
        var items: [String] = []
        for rawItem in rawValue.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            guard let item = PercentEncoding.decode(Substring(rawItem)) else {
                throw QueryParseError(parameter: parameter, reason: "malformed percent-encoding")
            }
            items.append(item)
        }
        return items
    }

    /// `fields…` and `page…` names other than the supported forms (JSON:API reserves them).
    private static func isReservedFamily(_ name: String) -> Bool {
        ["fields", "page", "include", "sort"].contains { name == $0 || name.hasPrefix($0 + "[") }
    }

    private static func integer(_ text: String, parameter: String) throws(QueryParseError) -> Int {
        guard let value = Int(text), value >= 0 else {
            throw QueryParseError(
                parameter: parameter, reason: "expected a non-negative integer, found \(text)")
        }
        return value
    }

    /// `X` when `name` is exactly `prefix[X]`.
    private static func bracketed(_ name: String, after prefix: String) -> String? {
        guard name.hasPrefix(prefix) else { return nil }
        guard let parts = bracketParts(name.dropFirst(prefix.count)), parts.count == 1 else { return nil }
        return parts[0]
    }

    /// `[a][b.c][d]` → `["a", "b.c", "d"]`; `nil` when the text is not a sequence of brackets.
    private static func bracketParts(_ text: Substring) -> [String]? {
        var parts: [String] = []
        var rest = text.utf8[...]
        while let open = rest.first {
            guard open == UInt8(ascii: "["), let close = rest.firstIndex(of: UInt8(ascii: "]")) else {
                return nil
            }
            parts.append(String(Substring(rest[rest.index(after: rest.startIndex)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        return parts
    }
}
