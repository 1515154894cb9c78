import Foundation
import OmegaSandbox
import Synchronization

/// Login to a full Accueil through a distant server: the release `omega-tui --server` against
/// an in-process sandbox that holds every request `delay` before serving it (the sandbox's
/// request tap playing the network). Counts the requests and the sequential round trips (a
/// request sent after another's answer, one stage later), and times Enter to the last answer.
struct TUIRoundTrips {
    let omegaTUI: URL
    let delay: Duration

    struct Figures {
        var requests: Int
        var stages: Int
        var seconds: Double
        var paths: [String]
    }

    func measure() async throws -> Figures {
        let log = TapLog()
        let delay = self.delay
        let server = try await SandboxServer(
            configuration: .init(
                port: 0, subscribers: 20, reviewMode: .manual, logger: quietLogger,
                requestTap: { event in
                    log.record(event)
                    if case .arrived = event { try? await Task.sleep(for: delay) }
                }))
        let port = try await server.start()
        let omegaTUI = self.omegaTUI
        let entered = try await Self.offMainThread {
            try Self.logIn(omegaTUI, server: "http://127.0.0.1:\(port)/api/v1/", quietAfter: delay * 10)
        }
        await server.shutdown()
        let requests = log.requests.filter { $0.arrived >= entered }
        let stages = TapLog.stages(requests)
        let last = requests.compactMap(\.answered).max() ?? entered
        return Figures(
            requests: requests.count, stages: stages, seconds: Self.seconds(entered.duration(to: last)),
            paths: requests.map { "\($0.method) \($0.path)" })
    }

    /// Types the demo credentials and Enter; returns the instant Enter was sent, once the
    /// dashboard is drawn and the program has stopped asking.
    private static func logIn(_ omegaTUI: URL, server: String, quietAfter: Duration) throws
        -> ContinuousClock.Instant
    {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("omega-bench-\(UUID())")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home.path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        let session = try PseudoTerminalSession(
            executable: omegaTUI, arguments: ["--server", server, "--lang", "fr"], environment: environment,
            directory: home)
        defer { session.stop() }
        guard session.read(until: "Quitter") != nil else {
            throw PseudoTerminalSession.Failure(description: "tui: no login screen with --server")
        }
        _ = session.readUntilQuiet()
        session.type("demo@omega.test\tEau-Claire-2026")
        _ = session.readUntilQuiet()
        let entered = ContinuousClock.now
        session.type("\r")
        guard session.read(until: "Dernier relev", timeout: .seconds(30)) != nil else {
            throw PseudoTerminalSession.Failure(description: "tui: no dashboard after logging in")
        }
        // Whatever else the dashboard asks for comes within a few round trips.
        _ = session.readUntilQuiet(quietAfter, timeout: .seconds(30))
        return entered
    }

    private static func offMainThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws
        -> T
    {
        try await withCheckedThrowingContinuation { continuation in
            // A thread of its own: the pseudo-terminal is read with blocking calls, which must
            // not hold one of the few threads the sandbox's tasks run on.
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The requests the tap saw, with when each arrived and was answered.
final class TapLog: Sendable {
    struct Entry: Sendable {
        var number: Int
        var method: String
        var path: String
        var arrived: ContinuousClock.Instant
        var answered: ContinuousClock.Instant?
    }

    private let entries = Mutex<[Int: Entry]>([:])

    func record(_ event: RequestTapEvent) {
        let now = ContinuousClock.now
        entries.withLock { entries in
            switch event {
            case .arrived(let request):
                entries[request.number] = Entry(
                    number: request.number, method: request.method, path: request.path, arrived: now)
            case .answered(let request):
                entries[request.number]?.answered = now
            }
        }
    }

    var requests: [Entry] {
        entries.withLock { $0.values.sorted { $0.number < $1.number } }
    }

    /// The longest chain of requests each sent after the previous one's answer: the number of
    /// round trips a user waits one after the other.
    static func stages(_ requests: [Entry]) -> Int {
        var depth: [Int: Int] = [:]
        for request in requests.sorted(by: { $0.arrived < $1.arrived }) {
            let before = requests.filter { other in other.answered.map { $0 <= request.arrived } ?? false }
            depth[request.number] = 1 + (before.compactMap { depth[$0.number] }.max() ?? 0)
        }
        return depth.values.max() ?? 0
    }
}
