import Foundation
import OmegaClient
import SelfService
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite struct AppControllerTests {
    @MainActor
    static func controller(_ state: AppState = AppState()) -> AppController {
        let store = AppStore(initialState: state, environment: StoreEnvironment(drafts: InMemoryDraftStore()))
        return AppController(store: store, initialState: state, size: Size(columns: 80, rows: 24))
    }

    /// Waits until the controller's queued keys are handled.
    @MainActor
    static func drain(_ controller: AppController) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            controller.onWorkDone = {
                controller.onWorkDone = nil
                done.resume()
            }
        }
    }

    @Test @MainActor func keysQueuedInABurstAreHandledInOrder() async {
        let controller = Self.controller()
        let text = "claire.martin@example.org"
        for character in text { controller.enqueue(.character(character)) }
        controller.enqueue(.tab)
        for character in "Mot-de-passe" { controller.enqueue(.character(character)) }
        await Self.drain(controller)
        #expect(controller.state.login.email == text)
        #expect(controller.state.login.password == "Mot-de-passe")
        #expect(controller.state.login.focus == .password)
    }

    @Test @MainActor func aFrameIsDrawnOnlyWhenSomethingChanged() async {
        let controller = Self.controller()
        let canvas = GridCanvas(columns: 80, rows: 24)
        #expect(controller.needsRedraw(size: canvas.size))
        controller.render(on: canvas)
        #expect(!controller.needsRedraw(size: canvas.size))
        controller.tick()  // nothing in flight: the spinner does not turn
        #expect(!controller.needsRedraw(size: canvas.size))
        await controller.handle(.character("a"))
        #expect(controller.needsRedraw(size: canvas.size))
        controller.render(on: canvas)
        #expect(canvas.find("E-mail          a") != nil)
        #expect(controller.needsRedraw(size: Size(columns: 100, rows: 30)))
    }

    @Test func theUnsavedDraftKeepsTheIndexFormInput() {
        let state = TestData.applying(
            [.readingForm(.set(.index, "1387"))], to: NewRequestScreenTests.indexForm())
        guard case .reading(let draft) = state.unsavedDraft else {
            Issue.record("no reading draft")
            return
        }
        #expect(draft.indexText == "1387")
        #expect(draft.contratId == "c1")
        #expect(draft.idempotencyKey == state.readingForm?.idempotencyKey)
        #expect(NewRequestScreenTests.indexForm().unsavedDraft == nil)
    }

    @Test func englishScreensUseEnglishTextAndFormats() {
        let text = TestData.render(TestData.loggedIn(language: .en)).text
        #expect(text.contains("Last reading"))
        #expect(text.contains("index 1,350 on 2026-03-01"))
        #expect(text.contains("€1,234.56"))
        #expect(text.contains("In progress"))
        #expect(!text.contains("Relevés"))
    }
}
