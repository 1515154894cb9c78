import Foundation
import SelfService
import SelfServiceTestSupport
import Synchronization
import TerminalUI

@testable import OmegaTUI

/// A time the test moves by hand, readable from any task (the reducer context's `now`).
final class ManualTime: Sendable {
    private let current: Mutex<Date>

    /// Starts at `start`.
    init(_ start: Date = Fixtures.now) {
        current = Mutex(start)
    }

    /// The time now.
    var now: Date { current.withLock { $0 } }

    /// Moves the time on by `seconds`.
    func advance(_ seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// A reducer context on this time, with numbered ids.
    func context() -> ReducerContext {
        let ids = IdentifierSequence()
        return ReducerContext(now: { self.now }, makeIdentifier: { ids.make() })
    }
}

/// The counter's front end as the terminal runs it, without a terminal: keys and ticks go to
/// a ``CounterShell`` over the real `Store` (`CounterFeature.reduce`), finished work comes back
/// through a mailbox, frames are drawn into a `GridCanvas`.
@MainActor
final class CounterDriver {
    /// The shell under test.
    let shell: CounterShell
    /// The time of the reducer context (the idle timeout reads it).
    let time: ManualTime
    private let inbox = EffectInbox<CounterAction>()
    private var size: Size

    /// A counter for `agent` with `directory`; the idle timeout counts on `time`.
    init(
        agent: String = "agent.dupont", directory: any CounterDirectory, idleTimeout: TimeInterval = 300,
        time: ManualTime = ManualTime(), size: Size = Size(columns: 80, rows: 24)
    ) {
        self.time = time
        self.size = size
        let context = time.context()
        let store = Store(
            initialState: CounterState(agent: agent, idleTimeout: idleTimeout, now: time.now),
            dependencies: Dependencies(counter: directory, clock: FrozenClock()), deliver: inbox.deliver,
            reducer: { CounterFeature.reduce(&$0, $1, context) })
        shell = CounterShell(store: store, size: size, clock: { Fixtures.now })
    }

    isolated deinit {
        shell.store.cancelAll()
    }

    /// The counter's state.
    var state: CounterState { shell.state }

    /// Presses `keys` one after the other, as the loop does.
    func press(_ keys: Key...) { press(keys) }

    /// Presses `keys` one after the other, as the loop does.
    func press(_ keys: [Key]) {
        for key in keys { _ = shell.handle(.key(key), size: size) }
    }

    /// Types `text`, one key per character.
    func type(_ text: String) { press(text.map { .character($0) }) }

    /// One tick of the loop (the idle clock is read then).
    func tick() { _ = shell.handle(.tick, size: size) }

    /// Hands finished work to the shell until `condition` holds on the state.
    func run(
        until condition: (CounterState) -> Bool, _ what: String = "the expected state",
        timeout: Duration = .seconds(20)
    ) async throws {
        let shell = self.shell
        let size = self.size
        let reached = await inbox.run(
            until: { condition(shell.state) }, timeout: timeout,
            receive: { _ = shell.handle(.message($0), size: size) })
        guard reached else { throw WaitTimedOut(what: what) }
    }

    /// Draws the current frame on a new canvas.
    func render(columns: Int = 80, rows: Int = 24) -> GridCanvas {
        let canvas = GridCanvas(columns: columns, rows: rows)
        shell.render(on: canvas)
        return canvas
    }
}
