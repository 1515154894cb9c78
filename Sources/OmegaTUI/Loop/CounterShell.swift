import Foundation
import SelfService
import TerminalUI

/// The counter's front end inside the one event loop: the search screen, then ONE
/// subscriber's usual screens (the same key mapping and rendering as a subscriber's) under
/// the counter header, and the idle warning. Leaving a subscriber empties the screen and
/// the front end's own state (cursors, scroll positions) with it.
@MainActor
public final class CounterShell {
    /// The counter's store.
    public let store: Store<CounterState, CounterAction>
    /// Unicode or ASCII drawing characters.
    public var glyphs: Glyphs
    /// Cursors and scrolling of the open subscriber's screens.
    public private(set) var appUI: UIState
    /// The search fields' editing state.
    public private(set) var editors = CounterSearchEditors()
    private var spinnerFrame = 0
    private var wasServing = false
    private var drawn: (state: CounterState, ui: UIState, editors: CounterSearchEditors, spinner: Int)?

    private let clock: @MainActor () -> Date

    /// A shell over `store`, for a canvas of `size`; `clock` gives today (tests fix it).
    public init(
        store: Store<CounterState, CounterAction>, size: Size, glyphs: Glyphs = .unicode,
        clock: @escaping @MainActor () -> Date = Date.init
    ) {
        self.store = store
        self.glyphs = glyphs
        self.clock = clock
        appUI = UIState(size: size, today: Formatting.calendar.startOfDay(for: clock()))
    }

    /// The counter's state.
    public var state: CounterState { store.state }

    /// The interface text.
    public var strings: Strings { Strings(language: state.language) }

    /// A key: to the open subscriber's screens, or to the search. Any key restarts the idle
    /// count.
    public func handle(_ key: Key) {
        store.send(.keyPressed)
        if let app = state.app {
            var ui = appUI
            let actions = KeyMapper.map(key, state: app, ui: &ui)
            appUI = ui
            for action in actions { store.send(.app(action)) }
        } else if key == .function(10) {
            store.send(.quit)
        } else {
            for action in CounterSearchKeys.actions(for: key, state: state.search, editors: &editors) {
                store.send(.search(action))
            }
        }
        forgetLeftSubscriber()
    }

    /// The loop's handler.
    public func handle(_ event: LoopEvent<EffectResult<CounterAction>>, size: Size) -> LoopDecision {
        appUI.today = Formatting.calendar.startOfDay(for: clock())
        switch event {
        case .key(.resize):
            drawn = nil
            return .redraw
        case .key(let key):
            handle(key)
        case .message(let result):
            store.receive(result)
            forgetLeftSubscriber()
        case .tick:
            store.send(.tick)
            forgetLeftSubscriber()
            if state.isBusy { spinnerFrame &+= 1 }
            if state.app?.isBusy == true { appUI.spinnerFrame &+= 1 }
        }
        if state.hasQuit { return .quit }
        guard let drawn else { return .redraw }
        let changed =
            drawn.state != state || drawn.ui != appUI || drawn.editors != editors
            || drawn.spinner != spinnerFrame
            || size != appUI.size
        return changed ? .redraw : .none
    }

    /// Draws the search, or the subscriber's screen under the counter header; the idle
    /// warning on top when it shows.
    public func render(on canvas: some Canvas) {
        appUI.size = canvas.size
        let strings = self.strings
        if let app = state.app {
            AppRenderer.render(
                RenderContext(state: app, ui: appUI, strings: strings, glyphs: glyphs), on: canvas)
            if !TooSmallScreen.isNeeded(for: canvas.size) {
                CounterHeader.draw(
                    agent: state.agent, subject: state.subject, strings: strings,
                    in: ScreenLayout.header(canvas.size), on: canvas)
            }
        } else {
            CounterSearchScreen.render(
                state.search, editors: editors, agent: state.agent, strings: strings, glyphs: glyphs,
                spinnerFrame: spinnerFrame, on: canvas)
        }
        if let seconds = state.warningSeconds {
            CounterIdleWarning.draw(
                .warning(remaining: seconds), toSearch: true, strings: strings, glyphs: glyphs, on: canvas)
        }
        drawn = (state, appUI, editors, spinnerFrame)
    }

    /// Once the subscriber is gone (Esc, `q`, timeout), nothing of its screens stays here;
    /// once the search was emptied, neither do the typed texts.
    private func forgetLeftSubscriber() {
        if state.app == nil, wasServing { appUI = UIState(size: appUI.size, today: appUI.today) }
        wasServing = state.app != nil
        if editors.text.text != state.search.text || editors.town.text != state.search.town {
            editors = CounterSearchEditors()
        }
    }
}

/// Runs counter mode in the terminal until the agent quits (F10 on the search screen).
@MainActor
public enum CounterTerminalApp {
    /// Starts the terminal (call only after the start-up checks succeeded), runs the
    /// counter, restores the terminal.
    public static func run(
        initialState: CounterState, dependencies: Dependencies, context: ReducerContext = .live, theme: Theme,
        options: Terminal.Options = Terminal.Options(), glyphs: Glyphs = .unicode
    ) async throws {
        let terminal = try Terminal.start(theme: theme, options: options)
        defer { terminal.stop() }
        let loop = EventLoop<EffectResult<CounterAction>>(terminal: terminal)
        let inbox = loop.inbox
        let store = Store(
            initialState: initialState, dependencies: dependencies, deliver: { inbox.send($0) },
            reducer: { CounterFeature.reduce(&$0, $1, context) })
        let shell = CounterShell(store: store, size: terminal.canvas.size, glyphs: glyphs)
        // Ticks drive the idle timer and spinners; a tick that changes nothing draws nothing.
        loop.tickInterval = .milliseconds(250)
        await loop.run { event in
            shell.handle(event, size: terminal.canvas.size)
        } render: { canvas in
            shell.render(on: canvas)
        }
        store.cancelAll()
    }
}
