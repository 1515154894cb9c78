import Foundation
import SelfService
import TerminalUI

/// Runs the subscriber's application in the terminal: one event loop reads keys, reduces
/// actions, receives finished work from its inbox and redraws. SIGINT, SIGTERM and SIGHUP
/// save the form in progress as a draft before the terminal is restored.
@MainActor
public enum TerminalApp {
    /// Starts the terminal, runs until the user quits, then restores the terminal.
    ///
    /// - Parameter kioskIdleTimeout: kiosk mode: seconds without a key before the person is
    ///   logged out and the login screen comes back empty (nil: no timeout).
    public static func run(
        initialState: AppState, dependencies: Dependencies, context: ReducerContext = .live, theme: Theme,
        options: Terminal.Options = Terminal.Options(), glyphs: Glyphs = .unicode,
        kioskIdleTimeout: TimeInterval? = nil
    ) async throws {
        let terminal = try Terminal.start(theme: theme, options: options)
        defer { terminal.stop() }
        let loop = EventLoop<EffectResult<AppAction>>(terminal: terminal)
        let inbox = loop.inbox
        let store = Store(
            initialState: initialState, dependencies: dependencies, deliver: { inbox.send($0) },
            reducer: { AppFeature.reduce(&$0, $1, context) })
        let shell = AppShell(store: store, size: terminal.canvas.size, glyphs: glyphs)
        terminal.onTerminate = { _ in saveDraftNow(of: shell.state, to: dependencies.drafts) }
        let kiosk = kioskIdleTimeout.map { timeout in
            KioskIdleGuard(timeout: timeout) {
                Task { await (dependencies.drafts as? InMemoryDraftStore)?.removeAll() }
            }
        }
        store.send(.start)
        await loop.run { event in
            if case .key(let key) = event, key != .resize { kiosk?.keyPressed() }
            let decision = shell.handle(event, size: terminal.canvas.size)
            if let kiosk, kiosk.tick(shell) { return .redraw }
            // Kiosk mode keeps a slow tick for the idle clock; otherwise ticks only animate.
            loop.tickInterval =
                shell.state.isBusy ? Spinner.interval : (kiosk == nil ? nil : kioskTickInterval)
            return decision
        } render: { canvas in
            shell.render(on: canvas)
        }
        store.cancelAll()
    }

    /// How often kiosk mode looks at the idle clock when nothing animates.
    static let kioskTickInterval: Duration = .milliseconds(250)

    /// Writes the open form's input as a draft, waiting at most a second (the process is
    /// about to exit; drafts are saved as the user types, this catches the last keystrokes).
    static func saveDraftNow(of state: AppState, to drafts: any DraftStore) {
        guard let draft = state.unsavedDraft else { return }
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            _ = try? await drafts.save(draft)
            done.signal()
        }
        _ = done.wait(timeout: .now() + 1)
    }
}
