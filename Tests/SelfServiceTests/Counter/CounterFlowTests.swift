import Foundation
import Testing

@testable import SelfService

@Suite("Counter flow: open, leave, idle timeout")
struct CounterFlowTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let subject = CounterSubject(
        contratId: "c1", numeroContrat: "343025705", pconsoId: "p1", personneId: "n1", nom: "DUPONT Marie")

    func at(_ seconds: TimeInterval) -> Date { start.addingTimeInterval(seconds) }

    @Test("the timeout warns, then leaves the subscriber and empties the search")
    func timeoutLeavesSubscriber() {
        var flow = CounterFlow(idleTimeout: 60, now: start)
        _ = reduceSubscriberSearch(&flow.search, .setText("343025705"))
        flow.open(subject, at: at(5))
        #expect(flow.subject == subject)
        #expect(flow.tick(at: at(30)) == nil)
        #expect(flow.tick(at: at(59)) == .warn(remaining: 6))
        #expect(flow.isWarning)
        #expect(flow.tick(at: at(65)) == .timedOut(left: subject))
        #expect(flow.phase == .search)
        #expect(flow.search == SubscriberSearchState())
        #expect(!flow.isWarning)
    }

    @Test("a key during the warning clears it and restarts the count")
    func keyClearsWarning() {
        var flow = CounterFlow(idleTimeout: 60, now: start)
        flow.open(subject, at: start)
        #expect(flow.tick(at: at(56)) == .warn(remaining: 4))
        #expect(flow.keyPressed(at: at(57)) == .warningCleared)
        #expect(flow.keyPressed(at: at(58)) == nil)
        #expect(flow.tick(at: at(100)) == nil)
        #expect(flow.subject == subject)
    }

    @Test("Esc from a subscriber goes back to an empty search")
    func leave() {
        var flow = CounterFlow(now: start)
        flow.open(subject, at: start)
        flow.leave(at: at(1))
        #expect(flow.subject == nil)
        #expect(flow.search == SubscriberSearchState())
    }

    @Test("an empty search screen never warns; a typed search is cleared at the timeout")
    func emptySearchHasNothingToClear() {
        var flow = CounterFlow(idleTimeout: 60, now: start)
        #expect(flow.tick(at: at(59)) == nil)
        #expect(flow.tick(at: at(200)) == nil)
        #expect(!flow.isWarning)
        _ = reduceSubscriberSearch(&flow.search, .setText("FONTAI"))
        #expect(flow.tick(at: at(255)) == .warn(remaining: 5))
        #expect(flow.tick(at: at(261)) == .timedOut(left: nil))
        #expect(flow.search == SubscriberSearchState())
        #expect(flow.tick(at: at(400)) == nil)
    }
}
