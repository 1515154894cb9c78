import Hummingbird
import Logging
import ServiceLifecycle

/// Runs a Hummingbird application in a background task for ``SandboxServer/start()`` and
/// stops it gracefully on ``SandboxServer/shutdown()``.
///
/// The application runs inside its own `ServiceGroup` (without signal handlers: the host
/// process owns its signals), so stopping it is a graceful shutdown: the listener closes and
/// requests in flight finish, instead of being cut by a cancellation.
actor ServerLifecycle {
    struct StoppedBeforeListening: Error {}
    struct AlreadyStarted: Error {}

    private var group: ServiceGroup?
    private var task: Task<Void, Never>?

    /// Starts the application and returns the bound port, or the error that kept it from binding.
    func start(
        logger: Logger,
        makeApplication: (@escaping @Sendable (Int) -> Void) -> any ApplicationProtocol
    ) async throws -> Int {
        guard task == nil else { throw AlreadyStarted() }
        let (events, continuation) = AsyncStream<Result<Int, any Error>>.makeStream()
        let app = makeApplication { port in continuation.yield(.success(port)) }
        let group = ServiceGroup(services: [app], logger: logger)
        self.group = group
        task = Task {
            do {
                try await group.run()
                continuation.yield(.failure(StoppedBeforeListening()))
            } catch {
                continuation.yield(.failure(error))
            }
            continuation.finish()
        }
        for await event in events { return try event.get() }
        throw StoppedBeforeListening()
    }

    /// Shuts the server down gracefully and waits until it has stopped.
    func stop() async {
        await group?.triggerGracefulShutdown()
        await task?.value
        task = nil
        group = nil
    }
}
