import Foundation
import SelfService
import TerminalUI

/// The subscriber's screens inside the one event loop: a key is mapped against the state on
/// screen and its actions are reduced at once, in order; finished work comes back from the
/// loop's inbox; a frame is drawn only when something visible changed.
///
/// The terminal (``TerminalApp``) and the tests (over a `GridCanvas`) drive it the same way.
@MainActor
public final class AppShell {
    /// The store of the view-model.
    public let store: Store<AppState, AppAction>
    /// Cursors, scrolling, filters, spinner.
    public private(set) var ui: UIState
    /// Unicode or ASCII drawing characters.
    public var glyphs: Glyphs
    private var drawn: (state: AppState, ui: UIState)?
    private let clock: @MainActor () -> Date

    /// A shell over `store`, for a canvas of `size`; `clock` gives today (tests fix it).
    public init(
        store: Store<AppState, AppAction>, size: Size, glyphs: Glyphs = .unicode,
        clock: @escaping @MainActor () -> Date = Date.init
    ) {
        self.store = store
        self.clock = clock
        ui = UIState(size: size, today: Formatting.calendar.startOfDay(for: clock()))
        self.glyphs = glyphs
    }

    /// The state on screen.
    public var state: AppState { store.state }

    /// The interface text for the current language.
    public var strings: Strings { Strings(language: state.language) }

    /// A key: the actions it stands for in the state on screen, reduced one after the other
    /// (each sees the state the previous one left).
    public func handle(_ key: Key) {
        var newUI = ui
        let actions = KeyMapper.map(key, state: state, ui: &newUI)
        ui = newUI
        for action in actions { store.send(action) }
    }

    /// Finished work, from the loop's inbox.
    public func receive(_ result: EffectResult<AppAction>) {
        store.receive(result)
    }

    /// Kiosk mode's idle timeout: the front end forgets its own state too, then starts over.
    public func idleTimeout() {
        ui = UIState(size: ui.size, today: ui.today)
        store.send(.idleTimeout)
    }

    /// Shows (seconds left) or hides (nil) the kiosk idle warning.
    public func setIdleWarning(_ seconds: Int?) {
        ui.idleWarningSeconds = seconds
    }

    /// Advances the spinner while work is in flight (the loop ticks about 4 times a second).
    public func tick() {
        if state.isBusy { ui.spinnerFrame &+= 1 }
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

    /// The loop's handler: keys, finished work and ticks; quits when the user did.
    public func handle(_ event: LoopEvent<EffectResult<AppAction>>, size: Size) -> LoopDecision {
        // Today changes at midnight only: a frame is not redrawn for the clock's sake.
        ui.today = Formatting.calendar.startOfDay(for: clock())
        switch event {
        case .key(.resize):
            invalidate()
            return .redraw
        case .key(let key):
            handle(key)
        case .message(let result):
            receive(result)
        case .tick:
            tick()
        }
        if state.hasQuit { return .quit }
        return needsRedraw(size: size) ? .redraw : .none
    }
}
