import Foundation

/// A JSON:API 1.0 top-level document.
///
/// Read one with ``decode(_:)``, which rejects what is truly malformed with a
/// ``DocumentDecodingError`` and tolerates Omega's quirks (`jsonapi.meta` as `[]`, to-one linkage
/// as a one-element array, numbers as strings, unknown members). Build one with ``init(data:included:errors:meta:links:jsonapi:)``
/// and write it with ``encoded()``.
///
/// Rules enforced when decoding: the root is an object; it has `data`, `errors` or `meta`; `data`
/// and `errors` are not both present; `included` needs `data`; every resource and identifier has a
/// non-empty string `type`; included resources and identifiers have a string `id`; no attribute or
/// relationship is named `type` or `id`; every member defined by JSON:API has the right JSON kind.
/// Deliberately tolerated: unknown members anywhere, member names with any characters, relative
/// or non-URI links, `null` links (read as absent) and duplicate `(type, id)` pairs (see
/// ``resource(_:)`` for the policy).
public struct Document: Sendable, Equatable {
    /// The primary data, or `nil` when the `data` member is absent (error or meta-only documents).
    public var data: PrimaryData? { didSet { rebuildIndex() } }
    /// Included resources of a compound document.
    public var included: [Resource] { didSet { rebuildIndex() } }
    /// Error objects, or `nil` when the `errors` member is absent.
    public var errors: [ErrorObject]?
    /// Top-level non-standard information (e.g. `total`, `copyright`).
    public var meta: [String: JSONValue]?
    /// Top-level links (`self`, pagination, Omega's `related` with its totals).
    public var links: Links?
    /// The `jsonapi` object.
    public var jsonapi: JSONAPIObject?

    /// Every resource of `data` and `included` by identity; the first occurrence wins.
    private var index: [ResourceKey: Resource] = [:]
    /// Identities that occur more than once in `data` + `included` (the spec forbids it).
    public private(set) var duplicateKeys: [ResourceKey] = []

    /// Creates a document.
    public init(
        data: PrimaryData? = nil, included: [Resource] = [], errors: [ErrorObject]? = nil,
        meta: [String: JSONValue]? = nil, links: Links? = nil, jsonapi: JSONAPIObject? = nil
    ) {
        self.data = data
        self.included = included
        self.errors = errors
        self.meta = meta
        self.links = links
        self.jsonapi = jsonapi
        rebuildIndex()
    }

    /// The primary data as an array: empty for `null` or absent data.
    public var resources: [Resource] {
        data?.resources ?? []
    }

    private mutating func rebuildIndex() {
        var index: [ResourceKey: Resource] = [:]
        var duplicates: [ResourceKey] = []
        for resource in resources + included {
            guard let key = resource.key else { continue }
            if index[key] == nil {
                index[key] = resource
            } else if !duplicates.contains(key) {
                duplicates.append(key)
            }
        }
        self.index = index
        self.duplicateKeys = duplicates
    }

    /// The resource with identity `key` among the primary data and the included resources.
    ///
    /// Duplicate policy: a compound document must not carry two resource objects with the same
    /// `(type, id)`, but decoding does not fail on it (the data is still usable); the **first**
    /// occurrence wins, primary data before `included`, each in document order. Duplicates are
    /// listed in ``duplicateKeys`` for diagnostics.
    public func resource(_ key: ResourceKey) -> Resource? {
        index[key]
    }

    /// The resources that `resource`'s relationship `relationship` points to and that the document
    /// carries, in linkage order. Targets missing from the document (not included) are skipped;
    /// an absent relationship gives `[]`. The lookup never recurses, so cycles are harmless.
    public func related(_ resource: Resource, _ relationship: String) -> [Resource] {
        guard let linkage = resource.relationships[relationship] else { return [] }
        return linkage.identifiers.compactMap { index[$0.key] }
    }

    /// Follows a chain of relationships, e.g. `["contfact", "contrat"]`, and returns the distinct
    /// resources reached at the end, in first-reached order. Safe on cyclic graphs: each step only
    /// follows the resources reached at the previous step.
    public func related(_ resource: Resource, path: [String]) -> [Resource] {
        var current = [resource]
        for relationship in path {
            var seen = Set<ResourceKey>()
            var next: [Resource] = []
            for source in current {
                for target in related(source, relationship) {
                    guard let key = target.key, seen.insert(key).inserted else { continue }
                    next.append(target)
                }
            }
            current = next
        }
        return current
    }

    /// The total number of items of a collection when the server says it: `meta.total`, or Omega's
    /// `links.related.meta.total`. Numbers and numeric strings are accepted.
    public var total: Int? {
        Self.integer(meta?["total"]) ?? Self.integer(links?["related"]?.meta?["total"])
    }

    /// The number of items in this page according to Omega's `links.related.meta.count`, when given.
    public var count: Int? {
        Self.integer(meta?["count"]) ?? Self.integer(links?["related"]?.meta?["count"])
    }

    private static func integer(_ value: JSONValue?) -> Int? {
        switch value {
        case .number(let number): Int(number.description)
        case .string(let text): Int(text)
        default: nil
        }
    }
}
