import SelfService
import TerminalUI

/// The front end's side of the store: keeps the latest state, maps keys to actions through
/// ``KeyMapper`` and sends them in order, and draws only when something visible changed.
///
/// Used by the terminal loop and by tests (which drive it with keys and a `GridCanvas`).
@MainActor
public final class AppController {
    /// The store that owns the view-model and runs effects.
    public let store: AppStore
    /// The latest state read from the store.
    public private(set) var state: AppState
    /// Cursors, scrolling, filters, spinner.
    public private(set) var ui: UIState
    /// Unicode or ASCII drawing characters.
    public var glyphs: Glyphs
    private var drawn: (state: AppState, ui: UIState)?
    /// Keys and refreshes waiting for the worker, handled strictly in order.
    private var pending: [Work] = []
    private var worker: Task<Void, Never>?
    /// Called on the main actor when queued work has been handled (the loop then redraws
    /// if something changed).
    public var onWorkDone: (@MainActor () -> Void)?

    /// Queued work.
    private enum Work: Equatable {
        case key(Key)
        case refresh
        /// Kiosk idle timeout: forget the front end's state too, then start over.
        case idleTimeout
    }

    /// Creates a controller for `store`, whose state starts as `initialState`.
    public init(store: AppStore, initialState: AppState, size: Size, glyphs: Glyphs = .unicode) {
        self.store = store
        state = initialState
        ui = UIState(size: size)
        self.glyphs = glyphs
    }

    /// The interface text for the current language.
    public var strings: Strings { Strings(language: state.language) }

    /// Whether the user quit.
    public var hasQuit: Bool { state.hasQuit }

    /// Sends `.start` (resume a remembered session, or load the counter's subscriber).
    public func start() async {
        await send([.start])
    }

    /// Handles one key: maps it against the current state, sends the actions one after the
    /// other (each sees the state the previous one left) and reads the new state.
    public func handle(_ key: Key) async {
        var newUI = ui
        let actions = KeyMapper.map(key, state: state, ui: &newUI)
        ui = newUI
        await send(actions)
    }

    /// Sends actions to the store in order and refreshes the state.
    public func send(_ actions: [Action]) async {
        for action in actions { await store.send(action) }
        if !actions.isEmpty { state = await store.state }
    }

    /// Reads the store's state again (an effect finished, a timer fired).
    public func refresh() async {
        state = await store.state
    }

    /// Queues a key: keys are mapped one after the other, each against the state the
    /// previous one produced, so fast typing and pastes never lose characters.
    public func enqueue(_ key: Key) {
        pending.append(.key(key))
        startWorker()
    }

    /// Queues a refresh of the state (the store reported a change).
    public func enqueueRefresh() {
        if pending.last != .refresh { pending.append(.refresh) }
        startWorker()
    }

    /// Queues kiosk mode's idle timeout, after the keys already queued.
    public func enqueueIdleTimeout() {
        pending.append(.idleTimeout)
        startWorker()
    }

    /// Shows (seconds left) or hides (nil) the kiosk idle warning.
    public func setIdleWarning(_ seconds: Int?) {
        ui.idleWarningSeconds = seconds
    }

    private func startWorker() {
        guard worker == nil else { return }
        worker = Task { [weak self] in
            while let self, !self.pending.isEmpty {
                let work = self.pending.removeFirst()
                switch work {
                case .key(let key): await self.handle(key)
                case .refresh: await self.refresh()
                case .idleTimeout:
                    self.ui = UIState(size: self.ui.size)
                    await self.send([.idleTimeout])
                }
            }
            self?.worker = nil
            self?.onWorkDone?()
        }
    }

    /// Advances the spinner while work is in flight (the loop calls this about 4 times a second).
    public func tick() {
        if state.isBusy || state.login.isSubmitting { ui.spinnerFrame &+= 1 }
    }

    /// Whether the next frame would differ from the one drawn last.
    public func needsRedraw(size: Size) -> Bool {
        guard let drawn else { return true }
        return drawn.state != state || drawn.ui != ui || size != ui.size
    }

    /// Draws the current state.
    public func render(on canvas: some Canvas) {
        ui.size = canvas.size
        AppRenderer.render(RenderContext(state: state, ui: ui, strings: strings, glyphs: glyphs), on: canvas)
        drawn = (state, ui)
    }

    /// Forces the next `needsRedraw` to be true (after a resize or a terminal reset).
    public func invalidate() {
        drawn = nil
    }
}
