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
    @Test("a connection that sends nothing is closed once the idle timeout has passed")
    func idleConnectionClosed() async throws {
        try await SandboxHarness.with(idleTimeout: .milliseconds(500)) { sandbox in
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            try #require(descriptor >= 0)
            defer { close(descriptor) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(sandbox.port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            try #require(connected == 0)
            // A generous bound only so that a broken server cannot hang the suite.
            var bound = timeval(tv_sec: 20, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &bound, socklen_t(MemoryLayout<timeval>.size))
            var byte: UInt8 = 0
            // 0 is end-of-file: the server closed the connection (a timeout would be -1).
            #expect(read(descriptor, &byte, 1) == 0)
        }
    }

    @Test("a database the server creates is readable by its owner only, journal files included")
    func databaseFileMode() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mode-\(UUID().uuidString).sqlite"
        ).path
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, databasePath: path, subscribers: 3, reviewMode: .manual,
                logger: MiniPopulation.quietLogger
            ))
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        _ = try await server.start()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            var info = stat()
            try #require(stat(path + suffix, &info) == 0)
            #expect(
                info.st_mode & 0o077 == 0,
                "\(suffix.isEmpty ? "database" : suffix) mode \(String(info.st_mode & 0o777, radix: 8))")
        }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        await server.shutdown()
    }
}
