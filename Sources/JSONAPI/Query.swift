/// The query part of a JSON:API / Omega request: `include`, `fields[type]`, `sort`, `page`,
/// `filter[…]`, filter options, and any other parameter.
///
/// ## Wire form
/// ``queryString`` writes, in this order: `include`, `fields[<type>]` (types sorted), `sort`,
/// `page` (`page=N`, or `page[offset]=…&page[limit]=…`), the filters in their order
/// (`filter[<field>][<op>]=…`, `filter[or][<field>][<op>]=…`), the options
/// (`filter[options][mode]`, `[case_sensitive]`, `[andor]`), then ``parameters``.
///
/// ## Percent-encoding rule
/// In names and values alike, every byte of the UTF-8 text outside the unreserved set
/// `A–Z a–z 0–9 - . _ ~` is written `%XX` (uppercase hex). So `[` and `]` are always `%5B` and
/// `%5D`, a space is `%20` (never `+`), and `,` `&` `=` `+` `/` `:` inside a value are encoded too.
/// Only the separators are literal: `&` between parameters, `=` after a name, and `,` between the
/// items of a list (include paths, fields, sort keys, `in`/`nin`/`between` operands), each item
/// being encoded on its own. ``parse(_:)`` reverses exactly this (and also reads `+` as a space and
/// literal brackets, as other clients send them), so `try Query.parse(q.queryString) == q`.
public struct Query: Sendable, Hashable {
    /// A sort key: a field, ascending, or descending when written `-field`.
    public struct SortKey: Sendable, Hashable {
        /// The field (possibly a dotted path).
        public var field: String
        /// `true` for descending order (`-field`).
        public var descending: Bool

        /// Creates a key.
        public init(_ field: String, descending: Bool = false) {
            self.field = field
            self.descending = descending
        }

        /// Ascending on `field`.
        public static func ascending(_ field: String) -> SortKey { SortKey(field) }
        /// Descending on `field` (`-field`).
        public static func descending(_ field: String) -> SortKey { SortKey(field, descending: true) }

        /// The wire form, `field` or `-field`.
        public var text: String { descending ? "-\(field)" : field }
    }

    /// A page request.
    public enum Page: Sendable, Hashable {
        /// `page[offset]=…&page[limit]=…` (Omega counts offsets from 1 in its examples:
        /// `page[offset]=21&page[limit]=20` is the second page).
        case offset(offset: Int, limit: Int)
        /// `page=N`: the N-th page of the server's default size (20 for Omega).
        case number(Int)
    }

    /// Any other parameter, kept verbatim (decoded text).
    public struct Parameter: Sendable, Hashable {
        /// The name, e.g. `dryRun`.
        public var name: String
        /// The value.
        public var value: String

        /// Creates a parameter.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Relationship paths to include (`include=contfact.contrat,occupant`).
    public var include: [String]
    /// Sparse fieldsets by type (`fields[Partner_Facture]=nofacture,ttc`).
    public var fields: [String: [String]]
    /// Sort keys, in priority order (`sort=-dateni`).
    public var sort: [SortKey]
    /// The page requested, `nil` for the server's default.
    public var page: Page?
    /// Filters, in order.
    public var filters: [Filter]
    /// Global filter options.
    public var filterOptions: FilterOptions
    /// Other parameters, written last in their order.
    public var parameters: [Parameter]

    /// Creates a query.
    public init(
        include: [String] = [], fields: [String: [String]] = [:], sort: [SortKey] = [], page: Page? = nil,
        filters: [Filter] = [], filterOptions: FilterOptions = FilterOptions(), parameters: [Parameter] = []
    ) {
        self.include = include
        self.fields = fields
        self.sort = sort
        self.page = page
        self.filters = filters
        self.filterOptions = filterOptions
        self.parameters = parameters
    }

    /// `true` when the query adds nothing to a URL.
    public var isEmpty: Bool { queryItems.isEmpty }

    /// The parameters as decoded name/value pairs, in wire order. List values are joined with `,`
    /// (so a comma inside an item is not distinguishable here: use ``queryString`` on the wire).
    public var queryItems: [(name: String, value: String)] {
        wireParameters.map { ($0.name, $0.items.joined(separator: ",")) }
    }

    /// The percent-encoded query string, without the leading `?` (empty for an empty query).
    public var queryString: String {
        wireParameters.map { parameter in
            PercentEncoding.encode(parameter.name) + "="
                + parameter.items.map(PercentEncoding.encode).joined(separator: ",")
        }.joined(separator: "&")
    }

    /// One parameter before encoding: its name and its value items (one item unless a list).
    struct WireParameter {
        var name: String
        var items: [String]
    }

    var wireParameters: [WireParameter] {
        var result: [WireParameter] = []
        if !include.isEmpty { result.append(WireParameter(name: "include", items: include)) }
        for type in fields.keys.sorted() {
            result.append(WireParameter(name: "fields[\(type)]", items: fields[type] ?? []))
        }
        if !sort.isEmpty { result.append(WireParameter(name: "sort", items: sort.map(\.text))) }
        switch page {
        case .none: break
        case .number(let number):
            result.append(WireParameter(name: "page", items: [String(number)]))
        case .offset(let offset, let limit):
            result.append(WireParameter(name: "page[offset]", items: [String(offset)]))
            result.append(WireParameter(name: "page[limit]", items: [String(limit)]))
        }
        for filter in filters {
            let name = "filter" + (filter.isOr ? "[or]" : "") + "[\(filter.field)][\(filter.op.rawValue)]"
            let items: [String] =
                switch filter.op.arity {
                case .none: ["1"]
                case .one: [filter.values.joined(separator: ",")]
                case .list, .pair: filter.values
                }
            result.append(WireParameter(name: name, items: items))
        }
        if let mode = filterOptions.mode {
            result.append(WireParameter(name: "filter[options][mode]", items: [mode.rawValue]))
        }
        if let caseSensitive = filterOptions.caseSensitive {
            result.append(
                WireParameter(
                    name: "filter[options][case_sensitive]", items: [caseSensitive ? "true" : "false"]))
        }
        if let andor = filterOptions.andor {
            result.append(WireParameter(name: "filter[options][andor]", items: [andor.rawValue]))
        }
        for parameter in parameters {
            result.append(WireParameter(name: parameter.name, items: [parameter.value]))
        }
        return result
    }
}
