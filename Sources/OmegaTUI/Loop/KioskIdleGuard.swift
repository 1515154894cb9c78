import Foundation
import SelfService

/// Kiosk mode (`omega-tui --kiosk`, subscriber mode on a shared host): after the idle
/// timeout without a key, the person is logged out and the next one finds an empty login
/// screen. A warning counts down first; any key dismisses it and starts the count again.
@MainActor
public final class KioskIdleGuard {
    private var timer: IdleTimer
    private let now: @MainActor () -> Date
    private let onExpiry: @MainActor () -> Void

    /// A guard whose timeout starts now. `onExpiry` forgets what lives outside the store
    /// (in-memory drafts); `now` is injectable for tests.
    public init(
        timeout: TimeInterval, onExpiry: @escaping @MainActor () -> Void = {},
        now: @escaping @MainActor () -> Date = Date.init
    ) {
        self.now = now
        self.onExpiry = onExpiry
        timer = IdleTimer(timeout: timeout, now: now())
    }

    /// A key came: the count starts again.
    public func keyPressed() {
        timer.reset(at: now())
    }

    /// Looks at the clock: shows or hides the warning on `shell`, and on expiry starts over
    /// (then counts again for the next person). Returns whether the screen changed.
    @discardableResult
    public func tick(_ shell: AppShell) -> Bool {
        let before = shell.ui.idleWarningSeconds
        switch timer.phase(at: now()) {
        case .active:
            shell.setIdleWarning(nil)
        case .warning(let remaining):
            shell.setIdleWarning(remaining)
        case .expired:
            shell.setIdleWarning(nil)
            shell.idleTimeout()
            onExpiry()
            timer.reset(at: now())
            return true
        }
        return shell.ui.idleWarningSeconds != before
    }
}
