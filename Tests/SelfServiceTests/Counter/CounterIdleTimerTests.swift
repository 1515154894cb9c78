import Foundation
import SelfService
import Testing

@Suite("Idle timer")
struct CounterIdleTimerTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func at(_ seconds: TimeInterval) -> Date { start.addingTimeInterval(seconds) }

    @Test("five minutes by default, warning during the last 30 seconds")
    func defaultTimeout() {
        let timer = IdleTimer(now: start)
        #expect(timer.timeout == 300)
        #expect(timer.warningLead == 30)
        #expect(timer.phase(at: at(0)) == .active)
        #expect(timer.phase(at: at(269.9)) == .active)
        #expect(timer.phase(at: at(270)) == .warning(remaining: 30))
        #expect(timer.phase(at: at(285.5)) == .warning(remaining: 15))
        #expect(timer.phase(at: at(299.2)) == .warning(remaining: 1))
        #expect(timer.phase(at: at(300)) == .expired)
    }

    @Test("a short timeout warns for a tenth of it")
    func shortTimeout() {
        let timer = IdleTimer(timeout: 20, now: start)
        #expect(timer.warningLead == 2)
        #expect(timer.phase(at: at(17.9)) == .active)
        #expect(timer.phase(at: at(18)) == .warning(remaining: 2))
        #expect(timer.phase(at: at(20)) == .expired)
    }

    @Test("a key resets the count, even during the warning")
    func resetOnKey() {
        var timer = IdleTimer(timeout: 60, now: start)
        #expect(timer.phase(at: at(57)) == .warning(remaining: 3))
        timer.reset(at: at(57))
        #expect(timer.phase(at: at(58)) == .active)
        #expect(timer.phase(at: at(110)) == .active)
        #expect(timer.phase(at: at(117)) == .expired)
    }

    @Test("the loop is woken at the warning, every second of it, then at the deadline")
    func wakeUps() {
        let timer = IdleTimer(timeout: 100, now: start)
        #expect(timer.nextWakeUp(after: at(10)) == at(90))
        #expect(timer.nextWakeUp(after: at(90)) == at(91))
        #expect(timer.nextWakeUp(after: at(99.5)) == at(100))
        #expect(timer.nextWakeUp(after: at(100)) == nil)
    }

    @Test("a zero or negative timeout is taken as one second")
    func tinyTimeout() {
        let timer = IdleTimer(timeout: 0, now: start)
        #expect(timer.timeout == 1)
        #expect(timer.phase(at: at(1)) == .expired)
    }
}
