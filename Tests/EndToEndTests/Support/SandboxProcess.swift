import Foundation
import Testing

/// The real `omega-sandbox` binary, serving a fresh database in a temporary folder.
final class SandboxProcess: Sendable {
    let workDirectory: URL
    let baseURL: String
    private let process: RunningProcess

    /// Starts `omega-sandbox serve --port 0` with the given extra arguments and waits for its
    /// `listening on …` line.
    init(arguments: [String] = []) async throws {
        workDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("omega-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        process = try RunningProcess(
            Products.executable("omega-sandbox"),
            arguments: [
                "serve", "--port", "0", "--seed", "1", "--subscribers", "200",
                "--db", workDirectory.appendingPathComponent("sandbox.sqlite").path,
            ] + arguments
        )
        let first = try await process.waitForLine(timeout: .seconds(90)) { !$0.isEmpty }
        let listening = try #require(first, "the sandbox printed nothing")
        #expect(listening.hasPrefix("listening on http://127.0.0.1:"), "first line was: \(listening)")
        baseURL = String(listening.dropFirst("listening on ".count))
    }

    /// A file in the sandbox's temporary folder.
    func file(_ name: String) -> URL { workDirectory.appendingPathComponent(name) }

    func stop() {
        process.stop()
        try? FileManager.default.removeItem(at: workDirectory)
    }

    deinit { stop() }
}
