import Foundation
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

/// `--kiosk` on a shared terminal: a countdown warning, then an empty login screen.
@Suite @MainActor struct KioskIdleGuardTests {
    /// A clock the test moves by hand.
    @MainActor final class ManualClock {
        var now = Date(timeIntervalSince1970: 1_800_000_000)
        func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
    }

    @Test func theWarningCountsDownThenTheLoginScreenComesBackEmpty() {
        let clock = ManualClock()
        var expiries = 0
        let guardian = KioskIdleGuard(timeout: 60, onExpiry: { expiries += 1 }, now: { clock.now })
        let driver = AppDriver()
        let shell = driver.shell
        driver.type("claire@example.org")
        let canvas = GridCanvas(columns: 80, rows: 24)

        clock.advance(50)
        #expect(!guardian.tick(shell))
        shell.render(on: canvas)
        #expect(canvas.find("Inactivité") == nil, "the warning shows only in the last tenth")

        clock.advance(5)  // 5 s left: 60 s timeout, warning from 54 s
        #expect(guardian.tick(shell))
        #expect(shell.needsRedraw(size: canvas.size))
        shell.render(on: canvas)
        #expect(canvas.find("Inactivité") != nil)
        #expect(canvas.text.contains("dans 5 s"), "\(canvas.text)")

        guardian.keyPressed()  // someone is still there
        guardian.tick(shell)
        shell.render(on: canvas)
        #expect(canvas.find("Inactivité") == nil)
        #expect(driver.state.login.email == "claire@example.org")

        clock.advance(61)
        #expect(guardian.tick(shell))
        shell.render(on: canvas)
        #expect(expiries == 1)
        #expect(driver.state.screen == .connexion)
        #expect(driver.state.login.email.isEmpty)
        #expect(canvas.find("claire@example.org") == nil)
        #expect(canvas.find("Inactivité") == nil)
    }
}
