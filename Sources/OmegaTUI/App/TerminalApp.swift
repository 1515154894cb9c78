import Foundation
import SelfService
import TerminalUI

/// Runs the application in the terminal: TerminalUI's `Terminal` and `EventLoop` drive the
/// store. Keys become actions in order; the store's effects run off the UI and report back;
/// a frame is drawn only when state changed. SIGINT, SIGTERM and SIGHUP save the form in
/// progress as a draft before the terminal is restored.
@MainActor
public enum TerminalApp {
    /// Messages into the loop.
    enum Message: Sendable {
        /// The store has a new state.
        case storeChanged
        /// The controller finished the queued keys and refreshes.
        case workDone
    }

    /// Starts the terminal, runs until the user quits, then restores the terminal.
    ///
    /// - Parameter kioskIdleTimeout: kiosk mode: seconds without a key before the person is
    ///   logged out and the login screen comes back empty (nil: no timeout).
    public static func run(
        store: AppStore, initialState: AppState, theme: Theme, drafts: any DraftStore,
        options: Terminal.Options = Terminal.Options(), glyphs: Glyphs = .unicode,
        kioskIdleTimeout: TimeInterval? = nil
    ) async throws {
        let terminal = try Terminal.start(theme: theme, options: options)
        defer { terminal.stop() }
        let controller = AppController(
            store: store, initialState: initialState, size: terminal.canvas.size, glyphs: glyphs)
        terminal.onTerminate = { _ in saveDraftNow(of: controller.state, to: drafts) }
        let loop = EventLoop<Message>(terminal: terminal)
        let inbox = loop.inbox
        controller.onWorkDone = { inbox.send(.workDone) }
        let watcher = Task {
            for await _ in store.states { inbox.send(.storeChanged) }
            inbox.send(.workDone)
        }
        defer { watcher.cancel() }
        let kiosk = kioskIdleTimeout.map { timeout in
            KioskIdleGuard(timeout: timeout) {
                Task { await (drafts as? InMemoryDraftStore)?.removeAll() }
            }
        }
        await controller.start()
        loop.tickInterval = kiosk == nil ? nil : kioskTickInterval
        await loop.run { event in
            let decision = handle(
                event, controller: controller, canvasSize: terminal.canvas.size, kiosk: kiosk)
            let animates = controller.state.isBusy || controller.state.login.isSubmitting
            // Kiosk mode keeps a slow tick for the idle clock; otherwise ticks only animate.
            loop.tickInterval = animates ? Spinner.interval : (kiosk == nil ? nil : kioskTickInterval)
            return decision
        } render: { canvas in
            controller.render(on: canvas)
        }
    }

    /// How often kiosk mode looks at the idle clock when nothing animates.
    static let kioskTickInterval: Duration = .milliseconds(250)

    static func handle(
        _ event: LoopEvent<Message>, controller: AppController, canvasSize: Size, kiosk: KioskIdleGuard? = nil
    ) -> LoopDecision {
        switch event {
        case .key(.resize):
            controller.invalidate()
            return .redraw
        case .key(let key):
            kiosk?.keyPressed()
            kiosk?.tick(controller)
            controller.enqueue(key)
            return controller.needsRedraw(size: canvasSize) ? .redraw : .none
        case .message(.storeChanged):
            controller.enqueueRefresh()
            return .none
        case .message(.workDone):
            if controller.hasQuit { return .quit }
            return controller.needsRedraw(size: canvasSize) ? .redraw : .none
        case .tick:
            controller.tick()
            kiosk?.tick(controller)
            return controller.needsRedraw(size: canvasSize) ? .redraw : .none
        }
    }

    /// Writes the open form's input as a draft, waiting at most a second (the process is
    /// about to exit; the store already saves drafts as the user types, this catches the
    /// last keystrokes).
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
