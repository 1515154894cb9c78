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

    /// The rows of an 80x24 frame from the row holding `label` on, flowing: what is written
    /// under that field.
    static func flowing(_ canvas: GridCanvas, below label: String) -> String {
        let rows = canvas.rows
        guard let start = rows.firstIndex(where: { $0.contains(label) }) else { return "" }
        return rows[start...].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    @Test func aSecondIndexWhileTheFirstIsOpenSaysSoUnderTheFieldWithTheOpenRequestsNumber() async throws {
        // Manual review: nobody answers the first index, it stays open.
        try await SandboxJourneyTests.withApp(reviewMode: .manual) { driver, _ in
            try await SandboxJourneyTests.logIn(driver)
            let last = try #require(driver.state.readings.latest?.index)
            driver.press(.character("n"), .enter)
            driver.type(String(last + 5))
            driver.press(.enter)
            try await driver.run(until: { $0.readingForm?.step.outcome != nil }, "the dry run")
            driver.press(.enter)
            try await driver.run(until: { $0.readingForm?.step.isBusy == false }, "the send")
            guard case .sent(let first)? = driver.state.readingForm?.step else {
                Issue.record("not sent: \(String(describing: driver.state.readingForm?.step))")
                return
            }
            driver.press(.enter)
            try await driver.settle()

            driver.press(.character("n"), .enter)
            driver.type(String(last + 9))
            driver.press(.enter)
            try await driver.run(
                until: { $0.readingForm?.fields.problems[.index] != nil }, "the refusal under the index")
            guard case .refused(let refusal)? = driver.state.readingForm?.fields.problems[.index] else {
                Issue.record("not the service's refusal: \(String(describing: driver.state.readingForm))")
                return
            }
            #expect(refusal.code == "reading-already-open")
            let strings = Strings(language: .fr)
            let expected = strings(.refusalReadingAlreadyOpen, first.id)
            #expect(expected.contains(first.id))
            let canvas = driver.render(columns: 80, rows: 24)
            #expect(Self.flowing(canvas, below: "Nouvel index").contains(expected), "\(canvas.text)")
            #expect(driver.state.readingForm?.step.outcome == nil, "a refused index cannot be sent")
        }
    }

    @Test func anInvalidPhoneShowsTheFrenchSentenceInFullUnderThePhoneAt80x24() async throws {
        try await SandboxJourneyTests.withApp { driver, _ in
            try await SandboxJourneyTests.logIn(driver)
            driver.press(.character("n"), .down, .enter)
            try await driver.run(until: { $0.contactForm != nil && !$0.isBusy }, "the contact form")
            driver.send(.contactForm(.form(.set(.telephone, "12 34"))))
            driver.send(.contactForm(.form(.focus(.telephone))))
            driver.press(.enter)
            try await driver.run(
                until: { $0.contactForm?.fields.problems[.telephone] != nil }, "the refusal under the phone")
            guard case .refused(let refusal)? = driver.state.contactForm?.fields.problems[.telephone] else {
                Issue.record("not the service's refusal: \(String(describing: driver.state.contactForm))")
                return
            }
            #expect(refusal.code == "phone-invalid")
            let strings = Strings(language: .fr)
            let expected = strings[.refusalPhoneInvalid]
            let canvas = driver.render(columns: 80, rows: 24)
            #expect(
                Self.flowing(canvas, below: strings.label(ContactField.telephone)).contains(expected),
                "\(canvas.text)")
        }
    }

    @Test func signUpWithAnUnknownContractSaysSoUnderTheContractNumberAt80x24() async throws {
        try await SandboxJourneyTests.withApp { driver, _ in
            driver.send(.start)
            try await driver.runUntilIdle()
            driver.press(.function(7))
            driver.type("nouvel.abonne@example.org")
            driver.press(.tab)
            driver.type("Source-Vive-2026")
            driver.press(.tab)
            driver.type("Source-Vive-2026")
            driver.press(.tab)
            driver.type("999999999")
            driver.press(.tab)
            driver.type("123456")
            driver.press(.enter)
            try await driver.run(
                until: { !$0.signUp.isSubmitting && $0.signUp.error != nil }, "the service's refusal")
            guard case .refused(let refusal)? = driver.state.signUp.fields.problems[.numeroContrat] else {
                Issue.record("the contract number is not marked: \(driver.state.signUp.fields.problems)")
                return
            }
            #expect(refusal.code == "contract-unknown")
            let strings = Strings(language: .fr)
            let canvas = driver.render(columns: 80, rows: 24)
            #expect(Self.flowing(canvas).contains(strings[.refusalContractUnknown]), "\(canvas.text)")
        }
    }
}
