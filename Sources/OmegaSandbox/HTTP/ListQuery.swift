import Foundation

/// The JSON:API and Omega query parameters of a request: `include`, `fields[type]`, `sort`,
/// `page` (`page=N`, `page[number]`/`page[size]`, `page[offset]`/`page[limit]`) and filters.
///
/// Every number and every list is bounded (``maximumOffset``, ``maximumLimit``,
/// ``maximumFilters``…): anything out of range is a 400 naming the parameter, so no later
/// arithmetic on a request value can overflow and no request can ask for unbounded work.
struct ListQuery: Sendable {
    /// Omega's default page size.
    static let defaultLimit = 20
    /// The largest page.
    static let maximumLimit = 100
    /// The largest zero-based offset a page may start at (`page[offset]` is one more).
    static let maximumOffset = 10_000_000
    /// The most values an `in`/`nin` list may hold.
    static let maximumListItems = 500
    /// The longest filter operand, in characters.
    static let maximumOperandLength = 1024
    /// The most filter conditions in one request.
    static let maximumFilters = 50
    /// The most include paths, sort keys, and segments in one path.
    static let maximumPaths = 20
    static let maximumPathDepth = 6

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
        var paging = Paging()
        for (name, value) in pairs(query) {
            let parts = bracketParts(name)
            switch parts.first {
            case "include":
                result.include = try paths(value, name: name)
            case "fields" where parts.count == 2:
                result.fields[parts[1]] = Set(value.split(separator: ",").map(String.init))
            case "sort":
                result.sort = try paths(value, name: name).map { path in
                    let first = path.first ?? ""
                    let head = String(first.drop { $0 == "-" || $0 == "+" })
                    return ((head.isEmpty ? [] : [head]) + path.dropFirst(), first.hasPrefix("-"))
                }
            case "page":
                try paging.read(parts.count == 1 ? "number" : parts[1], name: name, value: value)
            case "filter":
                try result.filter.add(parts: Array(parts.dropFirst()), value: value, name: name)
            default:
                break
            }
            if parts.first != "page" { result.otherParameters.append((name, value)) }
        }
        try result.filter.checkBounds()
        (result.offset, result.limit) = try paging.window()
        return result
    }

    /// A comma-separated list of dotted paths, bounded in count and depth.
    private static func paths(_ value: String, name: String) throws(APIError) -> [[String]] {
        let paths = value.split(separator: ",").map { $0.split(separator: ".").map(String.init) }
        guard paths.count <= maximumPaths, paths.allSatisfy({ $0.count <= maximumPathDepth }) else {
            throw APIError.badRequest(
                "\(name) takes at most \(maximumPaths) paths of at most \(maximumPathDepth) names",
                parameter: name)
        }
        return paths
    }

    /// The paging parameters as sent, each checked against its range as it is read.
    private struct Paging {
        var number: (value: Int, name: String)?
        var size: Int?
        var offset: Int?

        mutating func read(_ key: String, name: String, value: String) throws(APIError) {
            let range: ClosedRange<Int>
            switch key {
            case "size", "limit": range = 1...ListQuery.maximumLimit
            // 0 is taken as the first page, as it always was.
            case "number", "offset": range = 0...(ListQuery.maximumOffset + 1)
            default: throw APIError.badRequest("unknown page parameter \(name)", parameter: name)
            }
            guard let parsed = Int(value), range.contains(parsed) else {
                throw APIError.badRequest(
                    "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)",
                    parameter: name)
            }
            switch key {
            case "size", "limit": size = parsed
            case "offset": offset = parsed
            default: number = (parsed, name)
            }
        }

        /// The zero-based offset and the limit.
        func window() throws(APIError) -> (offset: Int, limit: Int) {
            let limit = size ?? ListQuery.defaultLimit
            // Omega counts offsets from 1 (`page[offset]=21&page[limit]=20` is page 2).
            if let offset { return (max(offset - 1, 0), limit) }
            guard let number else { return (0, limit) }
            // Both factors are bounded, so the product cannot overflow.
            let start = max(number.value - 1, 0) * limit
            guard start <= ListQuery.maximumOffset else {
                throw APIError.badRequest(
                    "\(number.name) starts beyond item \(ListQuery.maximumOffset + 1)", parameter: number.name
                )
            }
            return (start, limit)
        }
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
