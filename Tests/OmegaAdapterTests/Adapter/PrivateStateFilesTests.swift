import Foundation
import OmegaAdapter
import SelfService
import Testing

/// Issue 10, item 7: a state folder, a draft, the log or the remembered e-mail found with loose
/// permissions (0755, 0644: an older version, a restored backup) is tightened to 0700/0600.
@Suite struct PrivateStateFilesTests {
    private let state = FileManager.default.temporaryDirectory.appendingPathComponent(
        "state-\(UUID().uuidString)", isDirectory: true)

    private func mode(_ url: URL) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    /// A folder and a file left world-readable, as an older version might have made them.
    private func looseFile(_ file: URL, contents: String = "") throws {
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try Data(contents.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
    }

    @Test func aLooseDraftFolderAndFileAreTightenedWhenReadAndWritten() async throws {
        defer { try? FileManager.default.removeItem(at: state) }
        let store = FileDraftStore(directory: state.appendingPathComponent("drafts"))
        let draft = FormDraft(key: .reading(contratId: "c1"), values: ["ni": "1287"], idempotencyKey: "k")
        try looseFile(store.url(for: draft.key), contents: "{not json")
        #expect(await store.load(draft.key) == nil)
        #expect(try mode(store.directory) == 0o700)
        #expect(try mode(store.url(for: draft.key)) == 0o600)

        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: store.directory.path)
        try await store.save(draft)
        #expect(try mode(store.directory) == 0o700)
        #expect(try mode(store.url(for: draft.key)) == 0o600)
        #expect(await store.load(draft.key) == draft)
    }

    @Test func aLooseLogFileIsTightenedAndAppendedTo() throws {
        defer { try? FileManager.default.removeItem(at: state) }
        let url = state.appendingPathComponent("omega-tui.log")
        try looseFile(url, contents: "earlier line\n")
        var log = try #require(LogFile(url: url))
        log.write("new line\n")
        #expect(try mode(state) == 0o700)
        #expect(try mode(url) == 0o600)
        #expect(try String(contentsOf: url, encoding: .utf8) == "earlier line\nnew line\n")
    }

    @Test func aNewLogFileIsPrivateFromTheStart() throws {
        defer { try? FileManager.default.removeItem(at: state) }
        let url = state.appendingPathComponent("logs/omega-tui.log")
        var log = try #require(LogFile(url: url))
        log.write("first\n")
        #expect(try mode(url.deletingLastPathComponent()) == 0o700)
        #expect(try mode(url) == 0o600)
    }

    @Test func aLogFileThatIsALinkIsNotWrittenThrough() throws {
        defer { try? FileManager.default.removeItem(at: state) }
        let target = state.appendingPathComponent("elsewhere")
        try looseFile(target)
        let url = state.appendingPathComponent("omega-tui.log")
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
        #expect(LogFile(url: url) == nil)
        #expect(try mode(target) == 0o644)
    }

    @Test func theRememberedEmailIsKeptPrivateAndLooseOnesAreTightened() throws {
        defer { try? FileManager.default.removeItem(at: state) }
        let file = RememberedEmail(file: state.appendingPathComponent("remembered-email"))
        try looseFile(file.file, contents: "claire@example.org\n")
        #expect(file.load() == "claire@example.org")
        #expect(try mode(state) == 0o700)
        #expect(try mode(file.file) == 0o600)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.file.path)
        file.save("paul@example.org")
        #expect(try mode(file.file) == 0o600)
        #expect(file.load() == "paul@example.org")
        file.forget()
        #expect(file.load() == nil)
    }
}
