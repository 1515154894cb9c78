import Foundation

/// A JSON:API 1.0 top-level document.
///
/// Read one with ``decode(_:)``, which rejects what is truly malformed with a
/// ``DocumentDecodingError`` and tolerates Omega's quirks (`jsonapi.meta` as `[]`, to-one linkage
/// as a one-element array, numbers as strings, unknown members). Build one with
/// ``init(data:included:errors:meta:links:jsonapi:)`` and write it with ``encoded()``.
///
/// Rules enforced when decoding: the root is an object; it has `data`, `errors` or `meta`; `data`
/// and `errors` are not both present; `included` needs `data`; every resource and identifier has a
/// non-empty string `type`; included resources and identifiers have a string `id`; no attribute or
/// relationship is named `type` or `id`; every member defined by JSON:API has the right JSON kind.
/// Deliberately tolerated: unknown members anywhere, member names with any characters, relative
/// or non-URI links, `null` links, `errors`, `meta` and `included` (read as absent), `meta: []`
/// (read as empty), a UTF-8 byte order mark, and duplicate `(type, id)` pairs (see
/// ``resource(_:)`` for the policy).
public struct Document: Sendable {
    /// The primary data, or `nil` when the `data` member is absent (error or meta-only documents).
    public var data: PrimaryData? { didSet { index = ResourceIndex() } }
    /// Included resources of a compound document.
    public var included: [Resource] { didSet { index = ResourceIndex() } }
    /// Error objects, or `nil` when the `errors` member is absent.
    public var errors: [ErrorObject]?
    /// Top-level non-standard information (e.g. `total`, `copyright`).
    public var meta: [String: JSONValue]?
    /// Top-level links (`self`, pagination, Omega's `related` with its totals).
    public var links: Links?
    /// The `jsonapi` object.
    public var jsonapi: JSONAPIObject?

    /// The identity map of `data` + `included`, built on first use and replaced (not updated)
    /// whenever either changes, so that appending resources one by one stays cheap.
    private var index = ResourceIndex()

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
    }

    /// The primary data as an array: empty for `null` or absent data.
    public var resources: [Resource] {
        data?.resources ?? []
    }

    /// Identities that occur more than once in `data` + `included` (which JSON:API forbids), in
    /// order of their second occurrence.
    public var duplicateKeys: [ResourceKey] {
        index.contents(of: self).duplicates
    }

    /// The resource with identity `key` among the primary data and the included resources.
    ///
    /// Duplicate policy: a compound document must not carry two resource objects with the same
    /// `(type, id)`, but decoding does not fail on it (the data is still usable); the **first**
    /// occurrence wins, primary data before `included`, each in document order. Duplicates are
    /// listed in ``duplicateKeys`` for diagnostics.
    public func resource(_ key: ResourceKey) -> Resource? {
        index.contents(of: self).byKey[key]
    }

    /// The resources that `resource`'s relationship `relationship` points to and that the document
    /// carries, in linkage order. Targets missing from the document (not included) are skipped;
    /// an absent relationship gives `[]`. The lookup never recurses, so cycles are harmless.
    public func related(_ resource: Resource, _ relationship: String) -> [Resource] {
        guard let linkage = resource.relationships[relationship] else { return [] }
        let byKey = index.contents(of: self).byKey
        return linkage.identifiers.compactMap { byKey[$0.key] }
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

extension Document: Equatable {
    /// Documents are equal when all their members are.
    public static func == (lhs: Document, rhs: Document) -> Bool {
        lhs.data == rhs.data && lhs.included == rhs.included && lhs.errors == rhs.errors
            && lhs.meta == rhs.meta
            && lhs.links == rhs.links && lhs.jsonapi == rhs.jsonapi
    }
}

/// A lazily built, thread-safe identity map shared by copies of one ``Document`` value.
final class ResourceIndex: @unchecked Sendable {
    struct Contents {
        var byKey: [ResourceKey: Resource] = [:]
        var duplicates: [ResourceKey] = []
    }

    // Guards `built`; the class is immutable otherwise, hence @unchecked Sendable.
    private let lock = NSLock()
    private var built: Contents?

    func contents(of document: Document) -> Contents {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var contents = Contents()
        for resource in document.resources + document.included {
            guard let key = resource.key else { continue }
            if contents.byKey[key] == nil {
                contents.byKey[key] = resource
            } else if !contents.duplicates.contains(key) {
                contents.duplicates.append(key)
            }
        }
        built = contents
        return contents
    }
}
