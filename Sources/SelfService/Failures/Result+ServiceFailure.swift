extension Result where Failure == ServiceFailure {
    /// Runs a call of a data source and keeps its answer or its failure: how effects turn
    /// a call into the action that reports it.
    public static func of(_ body: () async throws(ServiceFailure) -> Success) async -> Result {
        do {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }
}
