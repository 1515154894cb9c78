import Foundation
import Hummingbird
import Logging
import NIOCore

/// Injects the faults of a ``ChaosSchedule`` around the routes, never inside a handler:
/// server errors answer before the request is handled; delays, trickled and cut bodies wrap
/// a real answer; a reset happens after the request was handled (and committed).
///
/// Every answer that gets a fault and still has a head carries `Omega-Chaos: <fault>`, and
/// each fault is logged (`chaos` at notice level), so a test or a person can tell an
/// injected failure from a real one.
struct ChaosMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let configuration: ChaosConfiguration
    let schedule: ChaosSchedule

    init(_ configuration: ChaosConfiguration) {
        self.configuration = configuration
        schedule = ChaosSchedule(configuration)
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let draw = await schedule.next() else { return try await next(request, context) }
        context.logger.notice(
            "chaos",
            metadata: [
                "fault": .string(draw.fault.rawValue), "method": .string(request.method.rawValue),
                "path": .string(request.uri.path),
            ])
        switch draw.fault {
        case .internalError, .badGateway, .unavailable:
            return ChaosResponses.serverError(draw.fault)
        case .delay:
            try await Task.sleep(for: draw.delay)
            return ChaosResponses.marked(try await next(request, context), draw.fault)
        case .trickle:
            return try await ChaosResponses.trickled(
                try await next(request, context), interval: configuration.trickleInterval,
                steps: configuration.trickleSteps)
        case .cut:
            return try await ChaosResponses.cut(try await next(request, context), channel: context.channel)
        case .reset:
            // Applied first (a failure to apply is dropped with the connection anyway).
            _ = try? await next(request, context)
            await ChaosResponses.reset(context.channel)
            throw ChaosResponses.ConnectionDropped()
        }
    }
}
