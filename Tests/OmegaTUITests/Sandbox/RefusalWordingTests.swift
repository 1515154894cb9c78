import Foundation
import OmegaAdapter
import OmegaClient
import OmegaSandbox
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

/// Issue 12: the sandbox's refusal codes reach the screen as the string tables' sentences, in
/// full, under their field, at 80x24.
@Suite(.serialized) @MainActor struct RefusalWordingTests {
    /// The rows of `canvas` joined with single spaces, so a sentence wrapped over several rows
    /// reads as one (the rows' leading and trailing blanks removed).
    static func flowing(_ canvas: GridCanvas) -> String {
        canvas.rows.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    @Test func anIndexBelowTheLastShowsTheFrenchSentenceInFullUnderTheField() async throws {
        try await SandboxJourneyTests.withApp { driver, _ in
            try await SandboxJourneyTests.logIn(driver)
            let last = try #require(driver.state.readings.latest?.index)
            driver.press(.character("n"), .enter)
            driver.type(String(last - 1))
            driver.press(.enter)
            try await driver.run(
                until: { $0.readingForm?.fields.problems[.index] != nil }, "the refusal under the index")
            let strings = Strings(language: .fr)
            let expected = strings(.refusalIndexBelowLast, strings.number(last))
            guard case .refused(let refusal)? = driver.state.readingForm?.fields.problems[.index] else {
                Issue.record("not the service's refusal: \(String(describing: driver.state.readingForm))")
                return
            }
            #expect(refusal.code == "index-below-last")
            #expect(strings.refusal(refusal) == expected)
            let canvas = driver.render(columns: 80, rows: 24)
            #expect(Self.flowing(canvas).contains(expected), "\(canvas.text)")
        }
    }
}
