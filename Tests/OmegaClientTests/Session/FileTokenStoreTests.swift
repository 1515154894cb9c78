import Foundation
import OmegaClient
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("File token store: the remembered session is private to its owner")
struct FileTokenStoreTests {
    @Test("a new folder and file are created 0700 and 0600, and the token reads back")
    func newStoreIsPrivate() throws {
        try withScratchFolder { scratch in
            let folder = scratch.appendingPathComponent("omega-tui")
            let store = FileTokenStore(directory: folder)
            try store.save("refresh-1")
            #expect(try permissions(folder) == 0o700)
            #expect(try permissions(store.fileURL) == 0o600)
            #expect(try store.load() == "refresh-1")
        }
    }

    @Test("saving into a folder and over a file left 0755/0644 tightens them to 0700/0600")
    func saveTightensLoosePermissions() throws {
        try withScratchFolder { scratch in
            let (folder, store) = try makeLooseStore(in: scratch, token: "old")
            try store.save("refresh-2")
            #expect(try permissions(folder) == 0o700)
            #expect(try permissions(store.fileURL) == 0o600)
            #expect(try store.load() == "refresh-2")
        }
    }

    @Test("loading from a folder and a file left 0755/0644 tightens them before reading")
    func loadTightensLoosePermissions() throws {
        try withScratchFolder { scratch in
            let (folder, store) = try makeLooseStore(in: scratch, token: "kept")
            #expect(try store.load() == "kept")
            #expect(try permissions(folder) == 0o700)
            #expect(try permissions(store.fileURL) == 0o600)
        }
    }

    @Test("a folder that belongs to someone else is refused with a typed error, and left alone")
    func foreignFolderIsRefused() throws {
        try withForeignFolder { folder in
            let store = FileTokenStore(directory: folder)
            let saveError = #expect(throws: PrivateFileError.self) { try store.save("refresh-3") }
            #expect(saveError?.path == folder.path)
            let loadError = #expect(throws: PrivateFileError.self) { try store.load() }
            #expect(loadError?.path == folder.path)
            #expect(!FileManager.default.fileExists(atPath: store.fileURL.path))
        }
    }

    @Test("a token file that belongs to someone else is refused, not read nor tightened")
    func foreignFileIsRefused() throws {
        try withScratchFolder { scratch in
            let (_, store) = try makeLooseStore(in: scratch, token: "planted")
            let foreignFile: URL
            if geteuid() == 0 {
                #expect(chown(store.fileURL.path, Self.otherUser, Self.otherUser) == 0)
                foreignFile = store.fileURL
            } else {
                // Only root can give a file away: elsewhere, a store whose "file" is root's.
                foreignFile = URL(fileURLWithPath: "/etc/hostname")
            }
            let foreignStore = FileTokenStore(
                directory: foreignFile.deletingLastPathComponent(), fileName: foreignFile.lastPathComponent)
            let error = #expect(throws: PrivateFileError.self) { try foreignStore.load() }
            #expect(error?.kind == .foreignOwner)
            if geteuid() == 0 {
                #expect(error?.path == store.fileURL.path)
                #expect(try permissions(store.fileURL) == 0o644)
            }
        }
    }

    @Test("a missing file is no token, whatever the folder")
    func missingFileIsNoToken() throws {
        try withScratchFolder { scratch in
            let store = FileTokenStore(directory: scratch.appendingPathComponent("absent"))
            #expect(try store.load() == nil)
            try store.clear()
        }
    }

    /// `nobody` on Debian and macOS alike.
    private static let otherUser: uid_t = 65534

    private func makeLooseStore(in scratch: URL, token: String) throws -> (URL, FileTokenStore) {
        let folder = scratch.appendingPathComponent("omega-tui")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        let store = FileTokenStore(directory: folder)
        try Data(token.utf8).write(to: store.fileURL)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.fileURL.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        #expect(try permissions(folder) == 0o755)
        #expect(try permissions(store.fileURL) == 0o644)
        return (folder, store)
    }

    private func permissions(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }

    private func withScratchFolder(_ body: (URL) throws -> Void) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-token-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try body(scratch)
    }

    /// A folder owned by another user: made and given away when running as root, otherwise the
    /// file system root, which belongs to root.
    private func withForeignFolder(_ body: (URL) throws -> Void) throws {
        guard geteuid() == 0 else {
            try body(URL(fileURLWithPath: "/"))
            return
        }
        try withScratchFolder { scratch in
            let folder = scratch.appendingPathComponent("omega-tui")
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
            #expect(chown(folder.path, Self.otherUser, Self.otherUser) == 0)
            try body(folder)
            #expect(try permissions(folder) == 0o755)
        }
    }
}
