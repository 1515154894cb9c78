import Foundation
import SelfService
import Testing

@testable import OmegaTUI

/// At the counter an index goes through the subscriber's own form, its checks included.
@Suite @MainActor struct CounterReadingFormTests {
    /// An index far above the subscriber's usual consumption asks the agent to confirm, with
    /// the figure, before anything is filed; Esc goes back to the index to correct it.
    @Test func anUnusualIndexAsksTheAgentToConfirmWithTheFigure() async throws {
        // What the sandbox's dry run answers to this index: 99,997,180 m³ since the last one
        // (2 819), where the house uses about 100 m³ in half a year.
        let subscriber = Demo.subscriber(email: nil)
        subscriber.update {
            $0.outcome = FilingOutcome(request: Demo.filing.request, impliedConsumption: 99_999_999 - 2_819)
        }
        let driver = try await Demo.counterOnTheHouse(subscriber: subscriber)
        driver.press(.character("n"))
        try await driver.run(until: { $0.app?.newRequest.availability != .loading }, "the menu's kinds")
        driver.press(.enter)
        try await driver.run(until: { $0.app?.readingForm?.usualDailyConsumption != nil }, "the index form")
        driver.type("99999999")
        driver.press(.enter)
        try await driver.run(
            until: { state in
                if case .warning(_, .unusualConsumption) = state.app?.readingForm?.step { return true }
                return false
            }, "the unusual-consumption warning")
        let text = RefusalWordingTests.flowing(driver.render())
        #expect(text.contains("Consommation inhabituelle :"), "\(text)")
        #expect(text.contains("m³ depuis le dernier index, pour"), "\(text)")
        #expect(driver.state.app?.requests.list.items.count == Demo.requests.count, "nothing filed yet")
        driver.press(.escape)
        #expect(driver.state.app?.readingForm?.step == .editing)
    }
}
