import Foundation
import SelfService

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What reaches plain mode's loop: a line typed, the end of input, finished work, or the
/// clock's tick (idle timers).
enum PlainEvent<Action: Sendable>: Sendable {
    case line(String)
    case endOfInput
    case result(EffectResult<Action>)
    case tick
}

/// Runs the subscriber's application in plain mode on standard input and output until the
/// user quits or input ends. SIGINT, SIGTERM and SIGHUP save the form in progress as a draft
/// and restore the terminal's echo.
@MainActor
public enum PlainApp {
    /// Runs until the user quits (or input ends: the form in progress is kept as a draft).
    ///
    /// - Parameter kioskIdleTimeout: kiosk mode: seconds without a line before the person is
    ///   logged out and the login screen comes back empty (nil: no timeout).
    public static func run(
        initialState: AppState, dependencies: Dependencies, context: ReducerContext = .live,
        kioskIdleTimeout: TimeInterval? = nil
    ) async {
        let terminal = PlainTerminal()
        let (events, continuation) = AsyncStream.makeStream(of: PlainEvent<AppAction>.self)
        let store = Store(
            initialState: initialState, dependencies: dependencies,
            deliver: { continuation.yield(.result($0)) }, reducer: { AppFeature.reduce(&$0, $1, context) })
        let shell = PlainShell(store: store, screens: .subscriber, console: terminal)
        let signals = PlainSignals.install { _ in
            TerminalApp.saveDraftNow(of: shell.state, to: dependencies.drafts)
            terminal.restore()
        }
        defer { signals.cancel() }
        let reader = forwardLines(to: continuation)
        var idle = kioskIdleTimeout.map { IdleTimer(timeout: $0, now: Date()) }
        var warned = false
        let ticks = idle == nil ? nil : tick(every: .seconds(1), into: continuation)
        defer {
            reader.cancel()
            ticks?.cancel()
        }
        shell.start()
        shell.send(.start)
        var inputEnded = false
        for await event in events {
            switch event {
            case .line(let line):
                idle?.reset(at: Date())
                warned = false
                shell.handle(line: line)
            case .result(let result):
                shell.receive(result)
            case .tick:
                guard var timer = idle else { continue }
                switch timer.phase(at: Date()) {
                case .active:
                    break
                case .warning:
                    if !warned {
                        let strings = Strings(language: shell.state.language)
                        shell.notice(strings(plain: .kioskWarning, String(Int(timer.warningLead))))
                        warned = true
                    }
                case .expired:
                    shell.send(.idleTimeout)
                    await (dependencies.drafts as? InMemoryDraftStore)?.removeAll()
                    timer.reset(at: Date())
                    warned = false
                }
                idle = timer
            case .endOfInput:
                inputEnded = true
            }
            if shell.hasQuit { break }
            // Input ended (a pipe, Ctrl-D): once every line was read, the form in progress is
            // kept as a draft and the program ends.
            if inputEnded, !shell.hasTypedAhead, !shell.isWaiting {
                TerminalApp.saveDraftNow(of: shell.state, to: dependencies.drafts)
                break
            }
        }
        store.cancelAll()
        terminal.restore()
    }

    /// Hands each line of standard input to the loop, then the end of input.
    static func forwardLines<Action>(to continuation: AsyncStream<PlainEvent<Action>>.Continuation) -> Task<
        Void, Never
    > {
        Task {
            for await line in PlainTerminal.lines() { continuation.yield(.line(line)) }
            continuation.yield(.endOfInput)
        }
    }

    /// A tick into the loop every `interval`.
    static func tick<Action>(
        every interval: Duration, into continuation: AsyncStream<PlainEvent<Action>>.Continuation
    )
        -> Task<Void, Never>
    {
        Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                continuation.yield(.tick)
            }
        }
    }
}

/// Runs the counter in plain mode until the agent quits (`q` on the search) or input ends.
@MainActor
public enum PlainCounterApp {
    /// Runs the counter (call only after the start-up checks succeeded).
    public static func run(
        initialState: CounterState, dependencies: Dependencies, context: ReducerContext = .live
    ) async {
        let terminal = PlainTerminal()
        let (events, continuation) = AsyncStream.makeStream(of: PlainEvent<CounterAction>.self)
        let store = Store(
            initialState: initialState, dependencies: dependencies,
            deliver: { continuation.yield(.result($0)) }, reducer: { CounterFeature.reduce(&$0, $1, context) }
        )
        let shell = PlainShell(store: store, screens: .counter, console: terminal)
        let signals = PlainSignals.install { _ in terminal.restore() }
        defer { signals.cancel() }
        let reader = PlainApp.forwardLines(to: continuation)
        // The idle rule: warn, then leave the subscriber (the reducer decides, on each tick).
        let ticks = PlainApp.tick(every: .seconds(1), into: continuation)
        defer {
            reader.cancel()
            ticks.cancel()
        }
        shell.start()
        var inputEnded = false
        for await event in events {
            switch event {
            case .line(let line): shell.handle(line: line)
            case .result(let result): shell.receive(result)
            case .tick: shell.send(.tick)
            case .endOfInput: inputEnded = true
            }
            if shell.hasQuit || (inputEnded && !shell.hasTypedAhead && !shell.isWaiting) { break }
        }
        store.cancelAll()
        terminal.restore()
    }
}

extension PlainShell.Screens where State == AppState, Action == AppAction {
    /// The subscriber's screens.
    public static var subscriber: Self {
        Self(
            frame: { PlainAppRenderer.frame($0, today: $1) }, language: { $0.language },
            toasts: { $0.toasts.items }, hasQuit: { $0.hasQuit }, isLoading: { $0.isLoadingPlainScreen })
    }
}

extension PlainShell.Screens where State == CounterState, Action == CounterAction {
    /// The counter's screens (each line restarts the idle count).
    public static var counter: Self {
        Self(
            frame: { PlainCounterRenderer.frame($0, today: $1) }, language: { $0.language },
            toasts: { $0.app?.toasts.items ?? [] }, hasQuit: { $0.hasQuit },
            isLoading: {
                $0.search.isSearching || ($0.subject != nil && $0.app == nil)
                    || $0.app?.isLoadingPlainScreen == true
            },
            beforeEachLine: [.keyPressed])
    }
}

extension AppState {
    /// Whether the screen on show loads its data (Accueil: everything it sums up).
    var isLoadingPlainScreen: Bool {
        screen == .accueil ? dashboard.isLoading : isLoadingCurrentScreen
    }
}

/// SIGINT, SIGTERM and SIGHUP in plain mode: `onSignal` runs on the main actor (save, restore
/// the terminal), then the process exits with 128 + the signal, as a shell expects.
@MainActor
enum PlainSignals {
    static func install(_ onSignal: @escaping @MainActor (Int32) -> Void) -> Cancellation {
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                MainActor.assumeIsolated {
                    onSignal(number)
                    exit(128 + number)
                }
            }
            source.resume()
            sources.append(source)
        }
        return Cancellation(sources: sources)
    }

    /// Puts the default handlers back.
    struct Cancellation {
        let sources: [any DispatchSourceSignal]

        func cancel() {
            for source in sources { source.cancel() }
            for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
        }
    }
}
