import Foundation
import Testing

@testable import OmegaSandbox

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Promises of docs/security.md that are about the server process rather than one route.
@Suite("Server hardening: idle connections and file permissions")
struct ServerHardeningTests {
    @Test("a database the server creates is readable by its owner only, journal files included")
    func databaseFileMode() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mode-\(UUID().uuidString).sqlite"
        ).path
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, databasePath: path, subscribers: 3, reviewMode: .manual, logger: MiniPopulation.quietLogger
            ))
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        _ = try await server.start()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            var info = stat()
            try #require(stat(path + suffix, &info) == 0)
            #expect(info.st_mode & 0o077 == 0, "\(suffix.isEmpty ? "database" : suffix) mode \(String(info.st_mode & 0o777, radix: 8))")
        }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        await server.shutdown()
    }
}
