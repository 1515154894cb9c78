import Hummingbird

/// Runs a Hummingbird application in a background task for ``SandboxServer/start()`` and
/// stops it on ``SandboxServer/shutdown()``.
actor ServerLifecycle {
    struct StoppedBeforeListening: Error {}
    struct AlreadyStarted: Error {}

    private var task: Task<Void, Never>?

    /// Starts the application and returns the bound port, or the error that kept it from binding.
    func start(
        makeApplication: (@escaping @Sendable (Int) -> Void) -> any ApplicationProtocol
    ) async throws -> Int {
        guard task == nil else { throw AlreadyStarted() }
        let (events, continuation) = AsyncStream<Result<Int, any Error>>.makeStream()
        let app = makeApplication { port in continuation.yield(.success(port)) }
        task = Task {
            do {
                try await app.run()
                continuation.yield(.failure(StoppedBeforeListening()))
            } catch {
                continuation.yield(.failure(error))
            }
            continuation.finish()
        }
        for await event in events { return try event.get() }
        throw StoppedBeforeListening()
    }

    /// Cancels the server task (the service group closes the listener) and waits for it.
    func stop() async {
        task?.cancel()
        await task?.value
        task = nil
    }
}
