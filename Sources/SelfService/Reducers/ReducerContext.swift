import Foundation

/// What a reducer may not compute itself without becoming impure: the time and fresh ids.
public struct ReducerContext: Sendable {
    /// The current time (fills the reading date).
    public var now: @Sendable () -> Date
    /// A fresh unique identifier (idempotency keys).
    public var makeIdentifier: @Sendable () -> String

    /// Creates a context.
    public init(now: @escaping @Sendable () -> Date, makeIdentifier: @escaping @Sendable () -> String) {
        self.now = now
        self.makeIdentifier = makeIdentifier
    }

    /// The real clock and random UUIDs.
    public static let live = ReducerContext(
        now: { Date() }, makeIdentifier: { UUID().uuidString.lowercased() })
}

/// How long a toast stays.
let toastDuration: Duration = .seconds(4)

extension AppState {
    /// Starts an operation: its spinner turns until its response arrives.
    mutating func perform(_ operation: Operation) -> Effect {
        inFlight.insert(operation.id)
        return .perform(operation)
    }

    /// Cancels an operation if it runs.
    mutating func cancel(_ id: EffectID) -> [Effect] {
        guard inFlight.remove(id) != nil else { return [] }
        return [.cancel(id)]
    }

    /// Shows a toast and schedules its end.
    mutating func showToast(_ message: ToastMessage) -> Effect {
        let toast = Toast(id: nextToastId, message: message)
        nextToastId += 1
        toasts.append(toast)
        return .timer(.toast(toast.id), after: toastDuration, send: .dismissToast(toast.id))
    }
}
