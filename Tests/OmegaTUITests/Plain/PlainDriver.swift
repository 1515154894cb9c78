import Foundation
import SelfService
import Testing

@testable import OmegaTUI

/// A console that keeps what plain mode writes, and types like a terminal in line mode:
/// what the user types is echoed (unless a password is asked), then Enter.
@MainActor
final class RecordingConsole: PlainConsole {
    private(set) var output = ""
    private(set) var isHidden = false
    let echoesInput = false

    func write(_ text: String) { output += text }
    func hideInput(_ hidden: Bool) { isHidden = hidden }

    /// The output since `mark` (a previous `output.count`).
    func since(_ mark: Int) -> String { String(output.dropFirst(mark)) }
}

/// Plain mode's shell as `PlainApp` runs it, without a terminal: lines go to a
/// ``PlainShell`` over the real `Store`, finished work comes back through a mailbox.
@MainActor
final class PlainDriver<State: Equatable & Sendable, Action: Sendable> {
    let shell: PlainShell<State, Action>
    let console = RecordingConsole()
    private let inbox = EffectInbox<Action>()

    init(
        _ state: State, dependencies: Dependencies, screens: PlainShell<State, Action>.Screens,
        reducer: @escaping Store<State, Action>.Reducer
    ) {
        let store = Store(
            initialState: state, dependencies: dependencies, deliver: inbox.deliver, reducer: reducer)
        shell = PlainShell(store: store, screens: screens, console: console)
    }

    isolated deinit {
        shell.store.cancelAll()
    }

    var state: State { shell.state }
    var output: String { console.output }

    /// The output since `mark` (a previous `output.count`).
    func since(_ mark: Int) -> String { console.since(mark) }

    /// Types `line` and Enter.
    func type(_ line: String) { shell.handle(line: line) }

    /// Hands finished work to the shell until `condition` holds.
    func run(until condition: (State) -> Bool, _ what: String, timeout: Duration = .seconds(20)) async throws
    {
        let shell = self.shell
        let reached = await inbox.run(
            until: { condition(shell.state) }, timeout: timeout, receive: { shell.receive($0) })
        guard reached else { throw WaitTimedOut(what: "\(what)\n--- output ---\n\(console.output)") }
    }

    /// Hands finished work to the shell until the output since `mark` holds `text`.
    func waitFor(_ text: String, after mark: Int = 0, timeout: Duration = .seconds(20)) async throws {
        let console = self.console
        let shell = self.shell
        let reached = await inbox.run(
            until: { console.since(mark).contains(text) }, timeout: timeout, receive: { shell.receive($0) })
        guard reached else { throw WaitTimedOut(what: "\"\(text)\"\n--- output ---\n\(console.since(mark))") }
    }

    /// Types `line`, then waits for `text` in what follows.
    func answer(_ line: String, expecting text: String) async throws {
        let mark = console.output.count
        type(line)
        try await waitFor(text, after: mark)
    }
}

extension PlainDriver where State == AppState, Action == AppAction {
    /// The subscriber's screens over `dependencies`, started as `PlainApp` starts them.
    convenience init(
        subscriber state: AppState, dependencies: Dependencies, context: ReducerContext = .live
    ) {
        self.init(
            state, dependencies: dependencies, screens: .subscriber,
            reducer: { AppFeature.reduce(&$0, $1, context) })
        shell.start()
        shell.send(.start)
    }
}
