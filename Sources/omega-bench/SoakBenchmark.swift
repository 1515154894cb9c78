import AsyncHTTPClient
import Foundation
import JSONAPI
import OmegaClient
import OmegaSandbox

/// `omega-bench soak`: many counter sessions at once against one sandbox, for minutes, to
/// show that nothing fails and that the server's memory stays flat once warm.
///
/// Each session loops as a desk agent would, through `PartnerAPI` (Hawk, agent in `ext`):
/// search a subscriber by contract number, open it (point with its surroundings, then the
/// contract's readings), file a reading (dry run, then for real with an `Idempotency-Key`).
/// Sessions share one HTTP client, as the counters on one SSH host share one network.
///
/// In-process (the default) the sandbox runs in this process with automatic review; with
/// `--url`, `--partner id:key:api_id` and `--pid`, it measures an `omega-sandbox` already
/// running (its memory read from `/proc/PID/status`).
struct SoakBenchmark {
    /// Where the sandbox is, when it is not started here.
    struct External {
        var url: String
        var credentials: PartnerCredential
        var pid: Int?
    }

    let sessions: Int
    let duration: Duration
    let subscribers: Int
    let external: External?
    let sampleInterval: Duration = .seconds(30)

    /// `soak [--sessions 100] [--minutes 10 | --seconds S] [--subscribers 2000]
    /// [--url URL --partner ID:KEY:API_ID [--pid PID]]`.
    static func make(arguments: [String]) throws -> SoakBenchmark {
        func value(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            return arguments[index + 1]
        }
        func number(_ name: String, default fallback: Int) throws -> Int {
            guard let text = value(name) else { return fallback }
            guard let parsed = Int(text), parsed > 0 else {
                throw BenchmarkError(message: "\(name) takes a positive number")
            }
            return parsed
        }
        let duration: Duration =
            value("--seconds") != nil
            ? .seconds(try number("--seconds", default: 600))
            : .seconds(60 * (try number("--minutes", default: 10)))
        var external: External?
        if let url = value("--url") {
            let parts = value("--partner")?.split(separator: ":", maxSplits: 2).map(String.init) ?? []
            guard parts.count == 3 else {
                throw BenchmarkError(message: "--url needs --partner ID:KEY:API_ID")
            }
            external = External(
                url: url.hasSuffix("/") ? url : url + "/",
                credentials: PartnerCredential(id: parts[0], key: parts[1], apiID: parts[2], communes: .all),
                pid: value("--pid").flatMap { Int($0) })
        }
        return SoakBenchmark(
            sessions: try number("--sessions", default: 100), duration: duration,
            subscribers: try number("--subscribers", default: 2000), external: external)
    }

    func run() async throws {
        let server: SandboxServer?
        let baseURL: String
        let credentials: PartnerCredential
        if let external {
            server = nil
            baseURL = external.url
            credentials = external.credentials
        } else {
            credentials = PartnerCredential(
                id: "soak-partner", key: "soak-partner-key-0123456789abcdef0123", apiID: "soak@omega-bench",
                communes: .all)
            let started = try await SandboxServer(
                configuration: .init(
                    port: 0, subscribers: subscribers, reviewMode: .auto, partners: [credentials],
                    logger: quietLogger))
            baseURL = "http://127.0.0.1:\(try await started.start())/api/v1/"
            server = started
        }
        var clientConfiguration = HTTPClient.Configuration()
        clientConfiguration.connectionPool = .init(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: sessions)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(baseURL: baseURL, apiId: credentials.apiID), httpClient: client)
        let api = PartnerAPI(
            transport: transport,
            signer: HawkSigner(credentials: HawkCredentials(id: credentials.id, key: credentials.key)),
            agent: "soak")
        do {
            let probe = ServerProbe(
                statusFile: external == nil
                    ? "/proc/self/status" : external?.pid.map { "/proc/\($0)/status" },
                databasePath: server?.databasePath)
            try await measure(api, probe: probe)
        } catch {
            try? await client.shutdown()
            await server?.shutdown()
            throw error
        }
        try await client.shutdown()
        await server?.shutdown()
    }

    private func measure(_ api: PartnerAPI, probe: ServerProbe) async throws {
        let points = try await SoakPoints.load(api, limit: max(sessions * 20, 200))
        guard points.count >= sessions else {
            throw BenchmarkError(
                message: "soak: \(points.count) points with an active contract for \(sessions) sessions")
        }
        say(
            "soak: \(sessions) sessions, \(points.count) subscribers, \(duration) — sampling every \(sampleInterval)"
        )
        let tally = SoakTally()
        let start = ContinuousClock.now
        let deadline = start + duration
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<sessions {
                let own = stride(from: index, to: points.count, by: sessions).map { points[$0] }
                group.addTask { await SoakSession(api: api, points: own, tally: tally).run(until: deadline) }
            }
            group.addTask { await sample(tally, probe: probe, start: start, deadline: deadline) }
            try await group.waitForAll()
        }
        let totals = await tally.totals()
        let seconds = (ContinuousClock.now - start).seconds
        say(
            String(
                format: "soak: %d requests in %.0f s, %.1f requests/s, %d loops, %d errors", totals.requests,
                seconds,
                Double(totals.requests) / seconds, totals.loops, totals.errors))
        for (message, count) in totals.errorSamples.sorted(by: { $0.value > $1.value }).prefix(10) {
            say("soak: error ×\(count): \(message)")
        }
    }

    /// Prints requests/s, the server's resident memory and its database's size every
    /// ``sampleInterval``.
    private func sample(
        _ tally: SoakTally, probe: ServerProbe, start: ContinuousClock.Instant,
        deadline: ContinuousClock.Instant
    ) async {
        var previous = 0
        var previousTime = start
        while ContinuousClock.now < deadline {
            try? await Task.sleep(until: min(ContinuousClock.now + sampleInterval, deadline))
            let now = ContinuousClock.now
            let requests = await tally.totals().requests
            let rate = Double(requests - previous) / max((now - previousTime).seconds, 0.001)
            say(
                String(
                    format: "soak: %4.0f s  %8d requests  %6.1f requests/s  errors %d  %@",
                    (now - start).seconds, requests, rate, await tally.totals().errors, probe.describe()))
            previous = requests
            previousTime = now
        }
    }
}

/// Writes a line to stdout at once (print is block-buffered into a file, and a soak's log is
/// read while it runs).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
