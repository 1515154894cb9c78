/// Work a reducer asks for, as a value: the ``Store`` carries it out after the reducer
/// returned, so reducers stay pure and synchronous.
///
/// An effect runs as a task off the main actor; the action it returns comes back through the
/// event loop's inbox and is reduced like any other. Work started under an ``EffectID``
/// replaces the work running under the same id, and ``cancel(_:)`` stops it: its action never
/// arrives. That is the one cancellation mechanism (Esc, leaving a screen, logout, timeouts).
public struct Effect<Action: Sendable>: Sendable {
    /// One piece of work.
    enum Item: Sendable {
        /// Runs `body`; its action, if any, is sent back.
        case run(EffectID?, @Sendable (Dependencies) async -> Action?)
        /// Cancels the work running under an id.
        case cancel(EffectID)
        /// Cancels every piece of work (logout, idle timeout, leaving a subscriber).
        case cancelAll
    }

    let items: [Item]

    /// No work.
    public static var none: Effect { Effect(items: []) }

    /// Runs `body` off the main actor with the store's dependencies and sends back the action
    /// it returns (nil: nothing to say). With an `id`, it replaces the work running under it.
    public static func run(
        _ id: EffectID? = nil, _ body: @escaping @Sendable (Dependencies) async -> Action?
    ) -> Effect {
        Effect(items: [.run(id, body)])
    }

    /// Sends `action` back through the loop right after the current one: how a feature tells
    /// its parent something happened (a delegate action).
    public static func send(_ action: Action) -> Effect {
        .run(nil) { _ in action }
    }

    /// Sends `action` after `delay` on the dependencies' clock (toasts, polling), replacing a
    /// timer with the same id.
    public static func timer(_ id: EffectID, after delay: Duration, send action: Action) -> Effect {
        .run(id) { dependencies in
            do {
                try await dependencies.clock.sleep(for: delay)
            } catch {
                return nil
            }
            return action
        }
    }

    /// Cancels the work running under `id`; its action never arrives.
    public static func cancel(_ id: EffectID) -> Effect { Effect(items: [.cancel(id)]) }

    /// Cancels every piece of work of the store.
    public static var cancelAll: Effect { Effect(items: [.cancelAll]) }

    /// All of `effects`, in order.
    public static func merge(_ effects: [Effect]) -> Effect {
        Effect(items: effects.flatMap(\.items))
    }

    /// Both effects, `lhs` first.
    public static func + (lhs: Effect, rhs: Effect) -> Effect {
        Effect(items: lhs.items + rhs.items)
    }

    /// Whether there is no work at all.
    public var isNone: Bool { items.isEmpty }

    /// The same work, its actions wrapped for a parent (how a parent scopes a feature).
    public func map<Parent: Sendable>(_ transform: @escaping @Sendable (Action) -> Parent) -> Effect<Parent> {
        Effect<Parent>(
            items: items.map { item in
                switch item {
                case .run(let id, let body):
                    return .run(id) { dependencies in await body(dependencies).map(transform) }
                case .cancel(let id): return .cancel(id)
                case .cancelAll: return .cancelAll
                }
            })
    }

    /// The ids this effect cancels (tests and the app's bookkeeping read it).
    public var cancelledIDs: [EffectID] {
        items.compactMap { item in
            if case .cancel(let id) = item { return id }
            return nil
        }
    }
}
