import Foundation
import GRDB
import Logging

/// What every handler shares: the database, token issuer, rate limiter, Hawk verifier and
/// the review mode.
final class SandboxServices: Sendable {
    let store: SandboxStore
    var database: DatabasePool { store.pool }
    let tokens: AccessTokenIssuer
    /// Access tokens verified once, kept until they expire.
    let verifiedTokens = VerifiedTokens()
    let rateLimiter = LoginRateLimiter()
    let hawk: HawkVerifier
    let reviewMode: SandboxServer.ReviewMode
    let logger: Logger
    /// Whether our extensions are served (request kinds beyond Omega's, `request-kind`).
    let extensions: Bool
    private let background = BackgroundWork()

    let review: ReviewService

    init(
        store: SandboxStore, partners: [PartnerCredential], reviewMode: SandboxServer.ReviewMode,
        reviewTiming: ReviewService.AutoTiming, logger: Logger, extensions: Bool = true
    ) async {
        self.extensions = extensions
        self.store = store
        self.review = ReviewService(store: store, timing: reviewTiming)
        self.tokens = await AccessTokenIssuer()
        self.hawk = HawkVerifier(partners: partners)
        self.reviewMode = reviewMode
        self.logger = logger
    }

    /// Starts the automatic review loop when `--review auto`.
    func startBackgroundWork() async {
        guard reviewMode == .auto else { return }
        await background.start { [review] in await review.runAuto() }
    }

    func stopBackgroundWork() async {
        await background.stop()
    }
}

/// Holds the background task so that it can be cancelled from a `Sendable` owner.
actor BackgroundWork {
    private var task: Task<Void, Never>?

    func start(_ work: @escaping @Sendable () async -> Void) {
        guard task == nil else { return }
        task = Task { await work() }
    }

    func stop() async {
        task?.cancel()
        await task?.value
        task = nil
    }
}
