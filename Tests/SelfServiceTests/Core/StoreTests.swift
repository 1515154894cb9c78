import SelfService
import SelfServiceTestSupport
import Testing

/// The runtime itself: work replaced by newer work under the same id, cancelled work whose
/// answer never arrives, `cancelAll`, and effects mapped into a parent's actions.
@MainActor
@Suite struct StoreTests {
    enum Step: Equatable, Sendable {
        case start(String, EffectID?)
        case cancel(EffectID)
        case stopAll
        case done(String)
    }

    /// A reducer that starts work held at `gate`, answering `.done(name)`.
    static func reducer(_ gate: Gate) -> Store<[String], Step>.Reducer {
        { state, step in
            switch step {
            case .start(let name, let id):
                return .run(id) { _ in
                    await gate.pass()
                    return .done(name)
                }
            case .cancel(let id): return .cancel(id)
            case .stopAll: return .cancelAll
            case .done(let name):
                state.append(name)
                return .none
            }
        }
    }

    @Test func newerWorkUnderTheSameIdReplacesTheRunningOne() async {
        let gate = Gate()
        gate.close()
        let store = TestStore(initialState: [String](), reducer: Self.reducer(gate))
        store.park(gate)
        await store.send(.start("first", .messages))
        await store.send(.start("second", .messages))
        gate.open()
        await store.receive(.done("second")) { $0 = ["second"] }
        await store.finish()
    }

    @Test func cancelledWorkNeverAnswersAndOtherWorkGoesOn() async {
        let gate = Gate()
        gate.close()
        let store = TestStore(initialState: [String](), reducer: Self.reducer(gate))
        store.park(gate)
        await store.send(.start("kept", .profile))
        await store.send(.start("dropped", .messages))
        await store.send(.cancel(.messages))
        gate.open()
        await store.receive(.done("kept")) { $0 = ["kept"] }
        await store.finish()
    }

    @Test func cancelAllStopsEverything() async {
        let gate = Gate()
        gate.close()
        let store = TestStore(initialState: [String](), reducer: Self.reducer(gate))
        store.park(gate)
        await store.send(.start("a", .profile))
        await store.send(.start("b", nil))
        await store.send(.stopAll)
        gate.open()
        await store.finish()
    }

    @Test func anAnswerThatArrivesAfterItsWorkWasCancelledIsDropped() async {
        // The race the terminal loop meets: work finishes, its answer waits in the inbox,
        // then Esc cancels the work before the loop takes the answer.
        let mailbox = Mailbox<EffectResult<Step>>()
        let store = Store(
            initialState: [String](), dependencies: Dependencies(), deliver: { mailbox.post($0) },
            reducer: Self.reducer(Gate()))
        store.send(.start("late", .messages))
        let answer = await mailbox.take()
        store.send(.cancel(.messages))
        #expect(!store.isCurrent(answer))
        store.receive(answer)
        #expect(store.state.isEmpty)
        #expect(store.runningCount == 0)
    }

    @Test func aMappedEffectAnswersWithTheParentsAction() async {
        enum Parent: Equatable, Sendable {
            case child(Step)
            case go
        }
        let store = TestStore(
            initialState: [String](),
            reducer: { (state: inout [String], action: Parent) -> Effect<Parent> in
                switch action {
                case .go: return Effect<Step>.send(.done("from the child")).map(Parent.child)
                case .child(.done(let name)):
                    state.append(name)
                    return .none
                case .child: return .none
                }
            })
        await store.send(.go)
        await store.receive(.child(.done("from the child"))) { $0 = ["from the child"] }
        await store.finish()
    }

    @Test func theHeadlessRunnerReceivesWorkUntilAConditionHolds() async {
        let runner = HeadlessRunner(
            initialState: [String](), dependencies: Dependencies(), reducer: Self.reducer(Gate()))
        runner.send(.start("one", .profile))
        runner.send(.start("two", .messages))
        let state = await runner.run(until: { $0.count == 2 })
        #expect(state?.sorted() == ["one", "two"])
        #expect(await runner.runUntilIdle())
    }

    @Test func theTestStoreCatchesAnAnswerTheTestForgot() async {
        await withKnownIssue {
            let store = TestStore(initialState: [String](), reducer: Self.reducer(Gate()))
            await store.send(.start("forgotten", .profile))
            await store.finish()
        }
    }

    @Test func theTestStoreCatchesWorkStillRunningAtTheEnd() async {
        let gate = Gate()
        gate.close()
        let store = TestStore(initialState: [String](), reducer: Self.reducer(gate))
        store.timeout = .milliseconds(200)
        store.park(gate)
        await withKnownIssue {
            await store.send(.start("stuck", .profile))
            await store.finish()
        }
        gate.open()
    }

    @Test func theTestStoreCatchesAStateChangeTheTestDidNotState() async {
        let store = TestStore(initialState: [String](), reducer: Self.reducer(Gate()))
        await withKnownIssue {
            await store.send(.done("unexpected"))
        }
        await store.finish()
    }
}
