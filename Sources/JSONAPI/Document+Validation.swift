extension Document {
    /// Checks the two compound-document rules that decoding deliberately does not enforce:
    /// no two resource objects share a `(type, id)`, and every included resource is reached from
    /// the primary data through relationships (full linkage).
    ///
    /// Useful to test what a server produces (the sandbox). A client should not call it on
    /// responses: sparse fieldsets legitimately break full linkage, and a duplicate is harmless
    /// under the first-wins policy of ``resource(_:)``.
    ///
    /// - Throws: ``DocumentDecodingError`` of kind ``DocumentDecodingError/Kind/duplicateResource``
    ///   or ``DocumentDecodingError/Kind/unlinkedIncludedResource``, at the offending resource's
    ///   path (`data[1]`, `included[3]`).
    public func validateCompoundDocument() throws(DocumentDecodingError) {
        var seen = Set<ResourceKey>()
        let primary = resources
        for (position, resource) in primary.enumerated() {
            guard let key = resource.key else { continue }
            guard seen.insert(key).inserted else {
                // Only a collection can repeat a primary resource, so the path is always indexed.
                let path = "data[\(position)]"
                throw DocumentDecodingError(.duplicateResource, at: path, detail: "\(key) appears twice")
            }
        }
        for (position, resource) in included.enumerated() {
            guard let key = resource.key else { continue }
            guard seen.insert(key).inserted else {
                throw DocumentDecodingError(
                    .duplicateResource, at: "included[\(position)]", detail: "\(key) appears twice")
            }
        }
        let reached = reachableKeys(from: primary)
        for (position, resource) in included.enumerated() {
            guard let key = resource.key, !reached.contains(key) else { continue }
            throw DocumentDecodingError(
                .unlinkedIncludedResource, at: "included[\(position)]",
                detail: "\(key) is not reached by any relationship from the primary data")
        }
    }

    /// Keys reached from `start` by following relationships through the document, breadth first.
    private func reachableKeys(from start: [Resource]) -> Set<ResourceKey> {
        var reached = Set(start.compactMap(\.key))
        var frontier = start
        while !frontier.isEmpty {
            var next: [Resource] = []
            for resource in frontier {
                for relationship in resource.relationships.values {
                    for identifier in relationship.identifiers where reached.insert(identifier.key).inserted {
                        if let target = self.resource(identifier.key) { next.append(target) }
                    }
                }
            }
            frontier = next
        }
        return reached
    }
}
