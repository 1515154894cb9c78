import Foundation
import OmegaClient
import SelfService
import TerminalUI

/// Messages into the counter's event loop.
public enum CounterMessage: Sendable {
    /// A search finished (or anything else for the search screen).
    case search(SubscriberSearchAction)
    /// The open subscriber's store has a new state.
    case storeChanged
    /// The open subscriber's controller finished its queued keys.
    case workDone
}

/// The counter mode's front end: the search screen, then ONE subscriber's usual screens (its
/// own store and controller, drafts in memory) under the counter header, and the idle timeout.
///
/// Leaving a subscriber (Esc from Accueil, `q`/F10 in its screens, or the idle timeout) drops
/// its store, controller and data source and redraws the empty search: nothing of that
/// subscriber stays on screen or in memory. The agent quits the program with F10 on the
/// search screen. Driven by ``CounterTerminalApp`` or, in tests, by an `EventLoop` over a
/// `GridCanvas`.
@MainActor
public final class CounterAppModel {
    /// The partner API, search and audit log.
    public let services: CounterServices
    /// Search, phase and idle timer.
    public private(set) var flow: CounterFlow
    /// The search fields' editing state.
    public private(set) var editors = CounterSearchEditors()
    /// The interface language.
    public let language: Language
    /// Unicode or ASCII drawing characters.
    public var glyphs: Glyphs
    private let inbox: Inbox<CounterMessage>
    private let canvasSize: @MainActor () -> Size
    private let now: @MainActor () -> Date
    private var session: (controller: AppController, watcher: Task<Void, Never>)?
    private var spinnerFrame = 0

    /// Creates the model; `inbox` is the loop's, `canvasSize` reads the canvas's size.
    public init(
        services: CounterServices, idleTimeout: TimeInterval = IdleTimer.defaultTimeout,
        language: Language = .fr,
        glyphs: Glyphs = .unicode, inbox: Inbox<CounterMessage>, canvasSize: @escaping @MainActor () -> Size,
        now: @escaping @MainActor () -> Date = { Date() }
    ) {
        self.services = services
        self.language = language
        self.glyphs = glyphs
        self.inbox = inbox
        self.canvasSize = canvasSize
        self.now = now
        flow = CounterFlow(idleTimeout: idleTimeout, now: now())
    }

    /// The open subscriber's controller, if any.
    public var controller: AppController? { session?.controller }

    /// The loop's handler.
    public func handle(_ event: LoopEvent<CounterMessage>) -> LoopDecision {
        switch event {
        case .key(.resize):
            controller?.invalidate()
            return .redraw
        case .key(let key):
            let warningCleared = flow.keyPressed(at: now()) != nil
            return handleKey(key, warningCleared: warningCleared)
        case .message(.search(let action)):
            apply(action)
            return .redraw
        case .message(.storeChanged):
            controller?.enqueueRefresh()
            return .none
        case .message(.workDone):
            guard let controller else { return .none }
            if controller.hasQuit {
                leave()
                return .redraw
            }
            return controller.needsRedraw(size: canvasSize()) ? .redraw : .none
        case .tick:
            return tick()
        }
    }

    private func handleKey(_ key: Key, warningCleared: Bool) -> LoopDecision {
        if let controller {
            let state = controller.state
            if key == .escape, state.screen == .accueil, state.dialog == nil {
                leave()
                return .redraw
            }
            controller.enqueue(key)
            return warningCleared ? .redraw : .none
        }
        if key == .function(10) { return .quit }
        for action in CounterSearchKeys.actions(for: key, state: flow.search, editors: &editors) {
            apply(action)
        }
        return .redraw
    }

    private func tick() -> LoopDecision {
        var decision = LoopDecision.none
        if flow.search.isSearching {
            spinnerFrame += 1
            decision = .redraw
        }
        if let controller {
            controller.tick()
            if controller.needsRedraw(size: canvasSize()) { decision = .redraw }
        }
        switch flow.tick(at: now()) {
        case .warn?, .warningCleared?: return .redraw
        case .timedOut?:
            closeSession()
            editors = CounterSearchEditors()
            return .redraw
        case nil: return decision
        }
    }

    private func apply(_ action: SubscriberSearchAction) {
        for effect in reduceSubscriberSearch(&flow.search, action) {
            switch effect {
            case .search:
                let directory = services.directory
                let inbox = inbox
                Task {
                    if let answer = await effect.run(using: directory) { inbox.send(.search(answer)) }
                }
            case .open(let result):
                open(result)
            }
        }
    }

    private func open(_ result: SubscriberSearchResult) {
        let source: CounterDataSource?
        do {
            source = try services.open(result)
        } catch {
            flow.search.failure = error
            _ = reduceSubscriberSearch(&flow.search, .closeSubscriber)
            return
        }
        guard let source else { return }
        flow.open(source.subject, at: now())
        let initial = AppState(language: language, mode: .counter(agent: services.agent))
        let store = AppStore(initialState: initial, environment: services.environment(for: source))
        let controller = AppController(
            store: store, initialState: initial, size: canvasSize(), glyphs: glyphs)
        let inbox = inbox
        controller.onWorkDone = { inbox.send(.workDone) }
        let watcher = Task {
            for await _ in store.states { inbox.send(.storeChanged) }
        }
        session = (controller, watcher)
        Task {
            await controller.start()
            inbox.send(.workDone)
        }
    }

    /// Back to an empty search: the subscriber's store and data are dropped.
    public func leave() {
        closeSession()
        flow.leave(at: now())
        editors = CounterSearchEditors()
    }

    private func closeSession() {
        session?.watcher.cancel()
        session = nil
    }

    /// Draws the current screen: the search, or the subscriber's screen under the counter
    /// header; the idle warning on top when it shows.
    public func render(on canvas: some Canvas) {
        if let controller {
            controller.render(on: canvas)
            if !TooSmallScreen.isNeeded(for: canvas.size) {
                CounterHeader.draw(
                    agent: services.agent, subject: flow.subject, language: language,
                    in: ScreenLayout.header(canvas.size), on: canvas)
            }
        } else {
            CounterSearchScreen.render(
                flow.search, editors: editors, agent: services.agent,
                strings: CounterStrings(language: language),
                glyphs: glyphs, spinnerFrame: spinnerFrame, on: canvas)
        }
        if flow.isWarning {
            CounterIdleWarning.draw(
                flow.idle.phase(at: now()), toSearch: true, strings: CounterStrings(language: language),
                glyphs: glyphs, on: canvas)
        }
    }
}

/// Runs counter mode in the terminal until the agent quits (F10 on the search screen).
@MainActor
public enum CounterTerminalApp {
    /// Starts the terminal (call only after ``CounterStartup/prepare(_:environment:)``
    /// succeeded), runs the counter, restores the terminal.
    public static func run(
        services: CounterServices, idleTimeout: TimeInterval, language: Language, theme: Theme,
        options: Terminal.Options = Terminal.Options(), glyphs: Glyphs = .unicode
    ) async throws {
        let terminal = try Terminal.start(theme: theme, options: options)
        defer { terminal.stop() }
        let loop = EventLoop<CounterMessage>(terminal: terminal)
        let model = CounterAppModel(
            services: services, idleTimeout: idleTimeout, language: language, glyphs: glyphs,
            inbox: loop.inbox,
            canvasSize: { terminal.canvas.size })
        // Ticks drive the idle timer and spinners; a tick that changes nothing draws nothing.
        loop.tickInterval = .milliseconds(250)
        await loop.run { event in
            model.handle(event)
        } render: { canvas in
            model.render(on: canvas)
        }
        model.leave()
    }
}
