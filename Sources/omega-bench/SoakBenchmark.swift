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
            try await measure(
                api,
                memory: external == nil ? "/proc/self/status" : external?.pid.map { "/proc/\($0)/status" })
        } catch {
            try? await client.shutdown()
            await server?.shutdown()
            throw error
        }
        try await client.shutdown()
        await server?.shutdown()
    }

    private func measure(_ api: PartnerAPI, memory: String?) async throws {
        let points = try await SoakPoints.load(api, limit: max(sessions * 20, 200))
        guard points.count >= sessions else {
            throw BenchmarkError(
                message: "soak: \(points.count) points with an active contract for \(sessions) sessions")
        }
        print(
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
            group.addTask { await sample(tally, memory: memory, start: start, deadline: deadline) }
            try await group.waitForAll()
        }
        let totals = await tally.totals()
        let seconds = (ContinuousClock.now - start).seconds
        print(
            String(
                format: "soak: %d requests in %.0f s, %.1f requests/s, %d loops, %d errors", totals.requests,
                seconds,
                Double(totals.requests) / seconds, totals.loops, totals.errors))
        for (message, count) in totals.errorSamples.sorted(by: { $0.value > $1.value }).prefix(10) {
            print("soak: error ×\(count): \(message)")
        }
    }

    /// Prints requests/s and the server's resident memory every ``sampleInterval``.
    private func sample(
        _ tally: SoakTally, memory: String?, start: ContinuousClock.Instant, deadline: ContinuousClock.Instant
    ) async {
        var previous = 0
        var previousTime = start
        while ContinuousClock.now < deadline {
            try? await Task.sleep(until: min(ContinuousClock.now + sampleInterval, deadline))
            let now = ContinuousClock.now
            let requests = await tally.totals().requests
            let rate = Double(requests - previous) / max((now - previousTime).seconds, 0.001)
            let rss =
                memory.flatMap(ResidentMemory.kiB(statusFile:)).map {
                    String(format: "%.1f MiB", Double($0) / 1024)
                } ?? "?"
            print(
                String(
                    format: "soak: %4.0f s  %8d requests  %6.1f requests/s  errors %d  server RSS %@",
                    (now - start).seconds, requests, rate, await tally.totals().errors, rss))
            previous = requests
            previousTime = now
        }
    }
}

/// The subscribers the sessions share out: a point, its active contract and number.
struct SoakPoint: Sendable {
    var pconsoId: String
    var contratId: String
    var numeroContrat: String
}

enum SoakPoints {
    /// Up to `limit` points with an active contract, listed 100 at a time.
    static func load(_ api: PartnerAPI, limit: Int) async throws -> [SoakPoint] {
        var points: [SoakPoint] = []
        var offset = 1
        while points.count < limit {
            let page = try await api.pointsConso(
                Query(include: ["contratactif"], page: .offset(offset: offset, limit: 100)))
            for resource in page.resources {
                guard let id = resource.id,
                    let contract = page.document.related(resource, "contratactif").first,
                    let contractID = contract.id, let number = contract.attributes["numcontrat"]?.stringValue
                else { continue }
                points.append(SoakPoint(pconsoId: id, contratId: contractID, numeroContrat: number))
            }
            guard page.resources.count == 100 else { break }
            offset += 100
        }
        return Array(points.prefix(limit))
    }
}

/// One counter desk: its own subscribers, visited in turn.
struct SoakSession {
    let api: PartnerAPI
    let points: [SoakPoint]
    let tally: SoakTally

    func run(until deadline: ContinuousClock.Instant) async {
        var lastFiled: [String: (index: Int, second: Int)] = [:]
        var turn = 0
        while ContinuousClock.now < deadline, !points.isEmpty {
            let point = points[turn % points.count]
            turn += 1
            do {
                lastFiled[point.pconsoId] = try await visit(point, after: lastFiled[point.pconsoId])
                await tally.loop()
            } catch {
                await tally.error("\(error)")
            }
        }
    }

    /// Search, open, file: six requests. Returns the index filed and its second.
    private func visit(_ point: SoakPoint, after previous: (index: Int, second: Int)?) async throws
        -> (index: Int, second: Int)
    {
        let found = try await api.pointsConso(
            Query(
                include: ["compteur", "pdessadr.voie.commune", "contratactif.occupant"], page: .number(1),
                filters: [Filter("contratactif.numcontrat", .eq, [point.numeroContrat])]))
        await tally.request()
        guard found.items.contains(where: { $0.id == point.pconsoId }) else {
            throw BenchmarkError(message: "contract \(point.numeroContrat) not found")
        }
        _ = try await api.pointConso(
            id: point.pconsoId,
            Query(include: ["compteur", "pdessadr.voie.commune", "contratactif.occupant"]))
        await tally.request()
        let readings = try await api.releves(
            Query(
                sort: [.descending("dateni")], page: .number(1), filters: [.eq("contrat_id", point.contratId)]
            ))
        await tally.request()
        // Readings are dated to the second and must follow the last one: never two in a second.
        var second = Int(Date().timeIntervalSince1970)
        if let previous, second <= previous.second {
            try await Task.sleep(for: .seconds(previous.second + 1 - second) + .milliseconds(10))
            second = Int(Date().timeIntervalSince1970)
        }
        let index = max(readings.items.first?.nouvelIndex ?? 0, previous?.index ?? 0) + 3
        var releve = Releve(id: "")
        releve.pointConsoId = point.pconsoId
        releve.nouvelIndex = index
        releve.dateNouvelIndex = Date(timeIntervalSince1970: TimeInterval(second))
        _ = try await api.transmettreReleve(releve, dryRun: true)
        await tally.request()
        _ = try await api.transmettreReleve(releve, idempotencyKey: UUID().uuidString)
        await tally.request()
        return (index, second)
    }
}

/// Counts shared by all sessions.
actor SoakTally {
    private var requests = 0
    private var loops = 0
    private var errors = 0
    private var errorSamples: [String: Int] = [:]

    func request() { requests += 1 }
    func loop() { loops += 1 }

    func error(_ message: String) {
        errors += 1
        errorSamples[String(message.prefix(200)), default: 0] += 1
    }

    func totals() -> (requests: Int, loops: Int, errors: Int, errorSamples: [String: Int]) {
        (requests, loops, errors, errorSamples)
    }
}

/// `VmRSS` of a `/proc/…/status` file, in KiB.
enum ResidentMemory {
    static func kiB(statusFile: String) -> Int? {
        guard let status = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }
}
