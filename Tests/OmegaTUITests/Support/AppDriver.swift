import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

/// The subscriber's front end as the terminal runs it, without a terminal: keys go to an
/// ``AppShell`` over the real `Store` (`AppFeature.reduce` and its effects), finished work
/// comes back through a mailbox, frames are drawn into a `GridCanvas`.
@MainActor
final class AppDriver {
    /// The shell under test.
    let shell: AppShell
    private let inbox = EffectInbox<AppAction>()

    /// A shell starting at `state`; timers run on a frozen clock unless `dependencies` says
    /// otherwise.
    init(
        _ state: AppState = AppState(),
        dependencies: Dependencies = Dependencies(clock: FrozenClock()),
        context: ReducerContext = Fixtures.context(),
        size: Size = Size(columns: 80, rows: 24)
    ) {
        let store = Store(
            initialState: state, dependencies: dependencies, deliver: inbox.deliver,
            reducer: { AppFeature.reduce(&$0, $1, context) })
        shell = AppShell(store: store, size: size, clock: { Fixtures.now })
    }

    isolated deinit {
        shell.store.cancelAll()
    }

    /// The state on screen.
    var state: AppState { shell.state }

    /// The front end's own state.
    var ui: UIState { shell.ui }

    /// Presses `keys` one after the other.
    func press(_ keys: Key...) { press(keys) }

    /// Presses `keys` one after the other.
    func press(_ keys: [Key]) {
        for key in keys { shell.handle(key) }
    }

    /// Types `text`, one key per character.
    func type(_ text: String) { press(text.map { .character($0) }) }

    /// Sends an action no key stands for (the language switch, the first `.start`).
    func send(_ action: AppAction) { shell.store.send(action) }

    /// Hands finished work to the shell until `condition` holds on the state.
    func run(
        until condition: (AppState) -> Bool, _ what: String = "the expected state",
        timeout: Duration = .seconds(20)
    ) async throws {
        let shell = self.shell
        let reached = await inbox.run(
            until: { condition(shell.state) }, timeout: timeout, receive: { shell.receive($0) })
        guard reached else { throw WaitTimedOut(what: what) }
    }

    /// Hands finished work to the shell until nothing is in flight on the screens.
    func settle(_ what: String = "nothing in flight") async throws {
        try await run(until: { !$0.isBusy }, what)
    }

    /// Hands finished work to the shell until the store runs nothing (no timer either).
    func runUntilIdle() async throws {
        let shell = self.shell
        let reached = await inbox.run(
            until: { shell.store.runningCount == 0 }, timeout: .seconds(20), receive: { shell.receive($0) })
        guard reached else { throw WaitTimedOut(what: "no work running") }
    }

    /// Draws the current frame on a new canvas.
    func render(columns: Int = 80, rows: Int = 24) -> GridCanvas {
        let canvas = GridCanvas(columns: columns, rows: rows)
        shell.render(on: canvas)
        return canvas
    }
}
