import Hummingbird

/// The sandbox's routes under `/api/v1/`, behind the JSON:API error and logging middleware.
enum SandboxRouter {
    static func make(services: SandboxServices) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        // Added first, so that it wraps every route and the not-found answer too.
        router.add(middleware: ErrorDocumentMiddleware<SandboxRequestContext>())
        let api = router.group("api/v1")
        let subscriber = api.group("subscriber")
        AccountRoutes(services: services).register(on: subscriber)
        SubscriberRoutes(services: services).register(on: subscriber)
        PartnerRoutes(services: services).register(on: api.group("partner"))
        return router
    }
}
