import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite @MainActor struct AppShellTests {
    @Test func keysQueuedInABurstAreHandledInOrder() {
        let driver = AppDriver()
        let text = "claire.martin@example.org"
        let burst: [Key] = text.map { .character($0) } + [.tab] + "Mot-de-passe".map { .character($0) }
        // As the loop delivers them: each key is mapped against the state the previous one left.
        for key in burst { _ = driver.shell.handle(.key(key), size: Size(columns: 80, rows: 24)) }
        #expect(driver.state.login.email == text)
        #expect(driver.state.login.password == "Mot-de-passe")
        #expect(driver.state.login.fields.focus == .password)
    }

    @Test func aFrameIsDrawnOnlyWhenSomethingChanged() {
        let driver = AppDriver()
        let shell = driver.shell
        let canvas = GridCanvas(columns: 80, rows: 24)
        #expect(shell.needsRedraw(size: canvas.size))
        shell.render(on: canvas)
        #expect(!shell.needsRedraw(size: canvas.size))
        shell.tick()  // nothing in flight: the spinner does not turn
        #expect(!shell.needsRedraw(size: canvas.size))
        #expect(shell.handle(.tick, size: canvas.size) == .none)
        #expect(shell.handle(.key(.character("a")), size: canvas.size) == .redraw)
        #expect(shell.needsRedraw(size: canvas.size))
        shell.render(on: canvas)
        #expect(canvas.find("E-mail          a") != nil)
        #expect(shell.needsRedraw(size: Size(columns: 100, rows: 30)))
    }

    @Test func theUnsavedDraftKeepsTheIndexFormInput() async throws {
        let driver = try await TestData.indexForm()
        #expect(driver.state.unsavedDraft == nil)
        driver.type("1387")
        let form = try #require(driver.state.readingForm)
        let draft = try #require(driver.state.unsavedDraft)
        #expect(draft.key == .reading(contratId: "c1"))
        #expect(draft.values[ReadingFormState.Field.index.rawValue] == "1387")
        #expect(draft.idempotencyKey == form.idempotencyKey)
    }

    @Test func englishScreensUseEnglishTextAndFormats() async throws {
        let text = try await TestData.loggedIn(language: .en).render().text
        #expect(text.contains("Last reading"))
        #expect(text.contains("index 1,350 on 2026-03-01"))
        #expect(text.contains("€1,234.56"))
        #expect(text.contains("In progress"))
        #expect(!text.contains("Relevés"))
    }
}
