import Hummingbird

/// The sandbox's routes under `/api/v1/`, in groups that carry their rules as middleware:
///
/// - every request: chaos (when configured), JSON:API errors and the request log, the body
///   limit;
/// - `subscriber/` open routes: the media type of their body (`application/json` for the
///   token and password endpoints, JSON:API for account creation);
/// - `subscriber/` signed-in routes: ``JWTAuthenticator`` + ``RequireIdentityMiddleware``,
///   the identity reaching handlers as ``SubscriberRequestContext/identity``;
/// - `partner/` (except `test`, `test-404`): ``HawkAuthenticator`` +
///   ``RequireIdentityMiddleware`` (``PartnerRequestContext``);
/// - writes: JSON:API bodies only.
enum SandboxRouter {
    static func make(
        services: SandboxServices, chaos: ChaosConfiguration?,
        tap: (@Sendable (RequestTapEvent) async -> Void)? = nil
    ) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        // Outermost of all: a held or delayed request is held before anything else happens.
        if let tap { router.add(middleware: RequestTapMiddleware(tap: tap)) }
        // Outermost, so that a fault can hit any answer, error documents included.
        if let chaos { router.add(middleware: ChaosMiddleware(chaos)) }
        // Before the routes, so that it wraps every route and the not-found answer too.
        router.add(middleware: ErrorDocumentMiddleware<SandboxRequestContext>())
        router.add(middleware: BodyLimitMiddleware<SandboxRequestContext>())
        let api = router.group("api/v1")
        registerSubscriber(api.group("subscriber"), services: services)
        registerPartner(api.group("partner"), services: services)
        return router
    }

    private static func registerSubscriber(
        _ group: RouterGroup<SandboxRequestContext>, services: SandboxServices
    ) {
        let accounts = AccountRoutes(services: services)
        accounts.registerOpen(
            objects: group.group().add(middleware: MediaTypeMiddleware(.json)),
            documents: group.group().add(middleware: MediaTypeMiddleware(.jsonAPI)))
        let signedIn = group.group(context: SubscriberRequestContext.self)
            .add(middleware: JWTAuthenticator(services: services))
            .add(
                middleware: RequireIdentityMiddleware<SubscriberRequestContext>(
                    challenge: "Bearer", detail: "a Bearer access token is required"))
        accounts.registerSignedIn(
            on: signedIn, objects: signedIn.group().add(middleware: MediaTypeMiddleware(.json)))
        SubscriberRoutes(services: services).register(
            on: signedIn, documents: signedIn.group().add(middleware: MediaTypeMiddleware(.jsonAPI)))
    }

    private static func registerPartner(
        _ group: RouterGroup<SandboxRequestContext>, services: SandboxServices
    ) {
        let routes = PartnerRoutes(services: services)
        routes.registerOpen(on: group)
        let signed = group.group(context: PartnerRequestContext.self)
            .add(middleware: HawkAuthenticator(verifier: services.hawk))
            .add(
                middleware: RequireIdentityMiddleware<PartnerRequestContext>(
                    challenge: "Hawk", detail: "a Hawk Authorization header is required"))
        routes.registerSigned(
            on: signed, documents: signed.group().add(middleware: MediaTypeMiddleware(.jsonAPI)))
    }
}
