import Foundation

/// The JSON:API and Omega query parameters of a request: `include`, `fields[type]`, `sort`,
/// `page` (`page=N`, `page[number]`/`page[size]`, `page[offset]`/`page[limit]`) and filters.
struct ListQuery: Sendable {
    /// Omega's default page size.
    static let defaultLimit = 20
    static let maximumLimit = 100
    /// The largest zero-based offset a page may start at.
    static let maximumOffset = 10_000_000
    /// The most values an `in`/`nin` list may hold.
    static let maximumListItems = 500
    /// The longest filter operand, in characters.
    static let maximumOperandLength = 1024
    /// The most filter conditions in one request.
    static let maximumFilters = 50

    /// `nil` when absent (the endpoint's default includes apply); `[]` for `include=`.
    var include: [[String]]?
    var fields: [String: Set<String>] = [:]
    var sort: [(path: [String], descending: Bool)] = []
    /// Zero-based index of the first item of the page.
    var offset = 0
    var limit = defaultLimit
    var filter = FilterSet()
    /// Every parameter except paging, kept to rebuild pagination links.
    var otherParameters: [(String, String)] = []

    /// Parses a raw query string (`a=1&b=2`, percent-encoded).
    static func parse(_ query: String?) throws(APIError) -> ListQuery {
        var result = ListQuery()
        var pageNumber: Int?
        var pageSize: Int?
        var pageOffset: Int?
        for (name, value) in pairs(query) {
            let parts = bracketParts(name)
            switch parts.first {
            case "include":
                result.include = value.split(separator: ",").map { $0.split(separator: ".").map(String.init) }
            case "fields" where parts.count == 2:
                result.fields[parts[1]] = Set(value.split(separator: ",").map(String.init))
            case "sort":
                result.sort = value.split(separator: ",").map { field in
                    let descending = field.hasPrefix("-")
                    let path = field.drop { $0 == "-" || $0 == "+" }.split(separator: ".").map(String.init)
                    return (path, descending)
                }
            case "page":
                guard let number = Int(value), number >= 0 else {
                    throw APIError.badRequest("\(name) must be a whole number", parameter: name)
                }
                switch parts.count == 1 ? "number" : parts[1] {
                case "number": pageNumber = number
                case "size", "limit": pageSize = number
                case "offset": pageOffset = number
                default: throw APIError.badRequest("unknown page parameter \(name)", parameter: name)
                }
            case "filter":
                try result.filter.add(parts: Array(parts.dropFirst()), value: value, name: name)
            default:
                break
            }
            if parts.first != "page" { result.otherParameters.append((name, value)) }
        }
        if let pageSize { result.limit = min(max(pageSize, 1), maximumLimit) }
        if let pageOffset {
            // Omega counts offsets from 1 (`page[offset]=21&page[limit]=20` is page 2).
            result.offset = max(pageOffset - 1, 0)
        } else if let pageNumber {
            result.offset = max(pageNumber - 1, 0) * result.limit
        }
        return result
    }

    /// `filter[a][b]` → `["filter", "a", "b"]`.
    static func bracketParts(_ name: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in name {
            switch character {
            case "[":
                parts.append(current)
                current = ""
            case "]": break
            default: current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    /// Decoded `name=value` pairs, in order.
    static func pairs(_ query: String?) -> [(String, String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
