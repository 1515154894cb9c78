import Foundation
import JSONAPI

/// Turns resources of a ``ResourceGraph`` into Omega-style JSON:API documents: filtered,
/// sorted, paged 20 at a time, with `included`, sparse fieldsets, pagination links,
/// `meta.total` and Omega's `links.related.meta.total/count`.
///
/// Resources are rendered by the JSONAPI library's own writer (`Document.jsonValue`), never
/// by an encode-and-decode round trip; a resource that cannot be rendered is an error (a
/// logged 500), never a silent `null` in a 200.
struct DocumentBuilder {
    /// A resource the JSONAPI writer did not render.
    struct RenderingFailure: Error, CustomStringConvertible {
        var description: String
    }

    var graph: ResourceGraph
    var query: ListQuery
    /// The include paths used when the request has no `include` parameter.
    var defaultIncludes: [[String]]
    /// The request path, for pagination links.
    var path: String

    /// A collection document: filters, sort and paging of `query` applied to `candidates`.
    func collection(_ candidates: [Resource]) throws -> JSONValue {
        let (page, total) = selection(candidates)
        return try self.page(page, total: total)
    }

    /// The page of `candidates` that filters, sort and paging of `query` select, and how many
    /// passed the filters.
    func selection(_ candidates: [Resource]) -> (page: [Resource], total: Int) {
        var selected =
            query.filter.isEmpty ? candidates : candidates.filter { query.filter.matches($0, in: graph) }
        selected = sorted(selected)
        return (Array(selected.dropFirst(query.offset).prefix(query.limit)), selected.count)
    }

    /// A collection document for a page selected elsewhere (in SQL): `page` is rendered as
    /// is, with `total` for the links and meta.
    func page(_ page: [Resource], total: Int) throws -> JSONValue {
        var document = try base(primary: page)
        document["data"] = .array(try render(page))
        document["meta"] = .object(
            (JSONAPIResponse.omegaMeta.objectValue ?? [:]).merging(["total": .number(Decimal(total))]) { $1 })
        document["links"] = links(total: total, count: page.count)
        return .object(document)
    }

    /// A single-resource document.
    func single(_ resource: Resource) throws -> JSONValue {
        var document = try base(primary: [resource])
        guard let rendered = try render([resource]).first else {
            throw RenderingFailure(description: "\(resource.type) \(resource.id ?? "") rendered as nothing")
        }
        document["data"] = rendered
        return .object(document)
    }

    private func base(primary: [Resource]) throws -> [String: JSONValue] {
        var document: [String: JSONValue] = [
            "jsonapi": JSONAPIResponse.jsonapiMember, "meta": JSONAPIResponse.omegaMeta,
        ]
        let included = includedResources(for: primary)
        if !included.isEmpty { document["included"] = .array(try render(included)) }
        return document
    }

    private func sorted(_ resources: [Resource]) -> [Resource] {
        guard !query.sort.isEmpty else { return resources }
        let keyed = resources.map { resource in
            (
                resource,
                query.sort.map {
                    graph.values(at: $0.path, from: resource).first.flatMap(FilterEvaluation.text)
                }
            )
        }
        return keyed.sorted { left, right in
            for (index, field) in query.sort.enumerated() {
                let a = left.1[index]
                let b = right.1[index]
                if a == b { continue }
                // Nulls go last whatever the direction.
                guard let a else { return false }
                guard let b else { return true }
                let order = FilterEvaluation.order(a, b)
                if order == .orderedSame { continue }
                return field.descending ? order == .orderedDescending : order == .orderedAscending
            }
            // Ties by id: the candidates come from a dictionary, and a page boundary inside a
            // tie must not move between requests (an item on two pages, or on none).
            return (left.0.id ?? "") < (right.0.id ?? "")
        }.map(\.0)
    }

    /// Resources reached by the include paths, each once, never one of the primary ones.
    private func includedResources(for primary: [Resource]) -> [Resource] {
        let paths = includePaths
        var seen = Set(primary.compactMap(\.key))
        var result: [Resource] = []
        for path in paths {
            var frontier = primary
            for segment in path {
                frontier = frontier.flatMap { graph.related($0, segment) }
                for resource in frontier {
                    guard let key = resource.key, seen.insert(key).inserted else { continue }
                    result.append(resource)
                }
            }
        }
        return result
    }

    /// The resource objects of `resources`, in order, with sparse fieldsets applied.
    private func render(_ resources: [Resource]) throws -> [JSONValue] {
        let sparse = resources.map { resource in
            guard let wanted = query.fields[resource.type] else { return resource }
            var copy = resource
            copy.attributes = copy.attributes.filter { wanted.contains($0.key) }
            copy.relationships = copy.relationships.filter { wanted.contains($0.key) }
            return copy
        }
        guard let rendered = Document(data: .many(sparse)).jsonValue["data"]?.arrayValue,
            rendered.count == sparse.count
        else {
            throw RenderingFailure(description: "\(sparse.count) resources did not render as an array")
        }
        return rendered
    }

    private func links(total: Int, count: Int) -> JSONValue {
        let limit = query.limit
        let lastOffset = total == 0 ? 0 : ((total - 1) / limit) * limit
        var links: [String: JSONValue] = [
            "self": .string(link(offset: query.offset)),
            "first": .string(link(offset: 0)),
            "last": .string(link(offset: lastOffset)),
            "related": .object([
                "href": .string(path),
                "meta": .object(["total": .number(Decimal(total)), "count": .number(Decimal(count))]),
            ]),
        ]
        links["prev"] = query.offset > 0 ? .string(link(offset: max(query.offset - limit, 0))) : .null
        links["next"] = query.offset + limit < total ? .string(link(offset: query.offset + limit)) : .null
        return .object(links)
    }

    private func link(offset: Int) -> String {
        var components = URLComponents()
        components.path = path
        components.queryItems =
            query.otherParameters.map { URLQueryItem(name: $0.0, value: $0.1) } + [
                URLQueryItem(name: "page[offset]", value: String(offset + 1)),
                URLQueryItem(name: "page[limit]", value: String(query.limit)),
            ]
        return components.string ?? path
    }
}
