import Foundation
import OmegaAdapter
import SelfService
import Testing

@Suite struct DraftStoreTests {
    private func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "drafts-\(UUID().uuidString)", isDirectory: true)
    }

    private let draft = FormDraft(
        key: .reading(contratId: "c/1"),
        values: [
            ReadingFormState.Field.index.rawValue: "1287", ReadingFormState.Field.date.rawValue: "15/03/2026",
        ],
        idempotencyKey: "k")

    @Test func draftsGoUnderTheXDGStateDirectoryOrTheHomeFallback() {
        let xdg = FileDraftStore.defaultDirectory(environment: [
            "XDG_STATE_HOME": "/tmp/state", "HOME": "/home/u",
        ])
        #expect(xdg.path == "/tmp/state/omega-tui/drafts")
        let fallback = FileDraftStore.defaultDirectory(environment: ["HOME": "/home/u"])
        #expect(fallback.path == "/home/u/.local/state/omega-tui/drafts")
        let relative = FileDraftStore.defaultDirectory(environment: [
            "XDG_STATE_HOME": "state", "HOME": "/home/u",
        ])
        #expect(relative.path == "/home/u/.local/state/omega-tui/drafts")
    }

    @Test func aSavedDraftIsReadBackAndOnlyItsOwnerCanReadIt() async throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = FileDraftStore(directory: directory)
        try await store.save(draft)
        #expect(await store.load(draft.key) == draft)
        let file = store.url(for: draft.key)
        #expect(file.lastPathComponent == "releve-c_1.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: directory.path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        // Rewriting leaves no temporary file behind.
        try await store.save(draft)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names == ["releve-c_1.json"])
        await store.delete(draft.key)
        #expect(await store.load(draft.key) == nil)
    }

    @Test func anUnreadableDraftIsIgnored() async throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = FileDraftStore(directory: directory)
        try Data("{not json".utf8).write(to: store.url(for: draft.key))
        #expect(await store.load(draft.key) == nil)
    }

    @Test func contactDraftsRoundTripTheirFields() async throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = FileDraftStore(directory: directory)
        // The draft of a contact form where the mobile was changed, as the form makes it.
        var form = ContactFormState(
            person: ContactDetails(personneId: "7", nom: "Martin"), idempotencyKey: "k")
        form.fields[.mobile] = "0612345678"
        let contact = form.draft
        try await store.save(contact)
        #expect(await store.load(.contact(personneId: "7")) == contact)
        let text = try String(contentsOf: store.url(for: contact.key), encoding: .utf8)
        #expect(text.contains("\"telmobile\""))
    }

    @Test func theMemoryStoreForgetsEverythingOnRequest() async {
        let store = InMemoryDraftStore()
        await store.save(draft)
        #expect(await store.load(draft.key) == draft)
        await store.removeAll()
        #expect(await store.load(draft.key) == nil)
    }
}
