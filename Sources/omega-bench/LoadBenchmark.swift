import Foundation
import OmegaClient

/// The release `omega-sandbox` under `wrk` on loopback, 50 connections: `subscriber/me`,
/// `subscriber/releve` (one contract, 20 rows) and a partner search (Hawk-signed: each request
/// carries its own nonce, so `wrk` replays nothing). Prints requests/s, p50 and p99.
///
/// The sandbox runs as users run it (`omega-sandbox serve`, its request log at `info` on
/// stderr, here sent to /dev/null), in its own process; `wrk` shares the machine with it.
struct LoadBenchmark {
    let connections = 50
    let seconds: Int

    func run() async throws {
        guard let wrk = Executables.find("wrk") else {
            print("load: wrk is not installed (Debian package wrk: apt-get install wrk)")
            return
        }
        let sandbox = Executables.products.appendingPathComponent("omega-sandbox")
        guard FileManager.default.isExecutableFile(atPath: sandbox.path) else {
            print(
                "load: no omega-sandbox next to omega-bench: swift build -c release --product omega-sandbox")
            return
        }
        let server = try SandboxProcess(executable: sandbox)
        defer { server.stop() }
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(baseURL: server.baseURL, apiId: "bench@omega-bench"))
        let session = SubscriberSession(transport: transport)
        let api = SubscriberAPI(session: session)
        try await api.login(email: "demo@omega.test", password: "Eau-Claire-2026")
        let token = try await session.validAccessToken()
        guard let contract = try await api.contrats().items.first else {
            throw BenchmarkError(message: "the demo account has no contract")
        }
        try await transport.shutdown()
        let bearer = ["Authorization: Bearer \(token)", "Accept: application/vnd.api+json"]
        let releves =
            "subscriber/releve?filter%5Bcontrat_id%5D%5Beq%5D=\(contract.id)&sort=-dateni&page%5Bnumber%5D=1"
        let runs: [(label: String, arguments: [String])] = [
            ("GET subscriber/me", headers(bearer) + [server.baseURL + "subscriber/me"]),
            ("GET subscriber/releve", headers(bearer) + [server.baseURL + releves]),
            ("GET partner/pconso (name begins, Hawk)", try partnerSearch(server)),
        ]
        for run in runs {
            let output = try Executables.run(
                wrk, ["-t2", "-c\(connections)", "-d\(seconds)s", "--latency"] + run.arguments)
            print("load: \(run.label), \(connections) connections: \(WrkSummary(output).text)")
        }
    }

    private func headers(_ lines: [String]) -> [String] {
        lines.flatMap { ["-H", $0] }
    }

    /// A Lua script handing each request a signature of its own (two threads, disjoint halves).
    private func partnerSearch(_ server: SandboxProcess) throws -> [String] {
        guard let partner = server.partner else { throw BenchmarkError(message: "no demo partner printed") }
        let signer = HawkSigner(credentials: HawkCredentials(id: partner.id, key: partner.key))
        let path =
            "/api/v1/partner/pconso?filter%5Bcontratactif.occupant.nom%5D%5Bbegin%5D=mar"
            + "&filter%5Boptions%5D%5Bcase_sensitive%5D=false&include=compteur,pdessadr.voie.commune,contratactif.occupant"
        let url = server.origin + path
        // Enough for more than 8,000 requests/s over the whole run.
        let count = 8_000 * seconds
        // One request a line, "\r\n" written as those four characters (the script turns them
        // back): a Lua table literal this big would pass LuaJIT's limit on constants.
        var lines: [String] = []
        lines.reserveCapacity(count)
        for _ in 0..<count {
            let signature = try signer.sign(method: "GET", url: url, ext: "agent=bench")
            lines.append(
                "GET \(path) HTTP/1.1\\r\\nHost: \(server.hostPort)\\r\\nAccept: application/vnd.api+json\\r\\n"
                    + "ApiId: \(partner.apiID)\\r\\nAuthorization: \(signature.header)\\r\\n\\r\\n")
        }
        let folder = FileManager.default.temporaryDirectory
        let data = folder.appendingPathComponent("omega-bench-hawk-\(UUID()).txt")
        try lines.joined(separator: "\n").write(to: data, atomically: true, encoding: .utf8)
        let script = """
            local requests = {}
            for line in io.lines("\(data.path)") do
                requests[#requests + 1] = (line:gsub("\\\\r\\\\n", "\\r\\n"))
            end
            local counter = 0
            function setup(thread)
                thread:set("first", counter)
                counter = counter + 1
            end
            local next_index = nil
            function request()
                if next_index == nil then next_index = first + 1 end
                local r = requests[next_index]
                next_index = next_index + 2
                if next_index > #requests then next_index = first + 1 end
                return r
            end
            """
        let file = folder.appendingPathComponent("omega-bench-hawk-\(UUID()).lua")
        try script.write(to: file, atomically: true, encoding: .utf8)
        return ["-s", file.path, server.origin + path]
    }
}

/// requests/s, p50 and p99 from `wrk --latency`'s report.
struct WrkSummary {
    var requestsPerSecond: String = "?"
    var p50: String = "?"
    var p99: String = "?"
    var failures: String?

    init(_ output: String) {
        for line in output.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if line.hasPrefix("Requests/sec:"), fields.count > 1 { requestsPerSecond = fields[1] }
            if line.hasPrefix("50%"), fields.count > 1 { p50 = fields[1] }
            if line.hasPrefix("99%"), fields.count > 1 { p99 = fields[1] }
            if line.hasPrefix("Non-2xx"), let last = fields.last { failures = last }
        }
    }

    var text: String {
        "\(requestsPerSecond) req/s, p50 \(p50), p99 \(p99)"
            + (failures.map { " (\($0) answers not 2xx!)" } ?? "")
    }
}

/// `omega-sandbox serve` on a free port, its request log thrown away.
final class SandboxProcess {
    struct Partner {
        var id: String
        var key: String
        var apiID: String
    }

    let process = Process()
    private(set) var origin = ""
    private(set) var hostPort = ""
    private(set) var partner: Partner?
    var baseURL: String { origin + "/api/v1/" }

    init(executable: URL, arguments: [String] = []) throws {
        process.executableURL = executable
        process.arguments = ["serve", "--port", "0", "--review", "manual"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        var text = ""
        let reader = output.fileHandleForReading
        while !text.contains("demo partner:") {
            let chunk = reader.availableData
            if chunk.isEmpty { throw BenchmarkError(message: "omega-sandbox stopped: \(text)") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        for line in text.split(separator: "\n") {
            if line.hasPrefix("listening on ") {
                origin = String(line.dropFirst("listening on ".count))
                hostPort = String(origin.dropFirst("http://".count))
            }
            if line.hasPrefix("demo partner: ") {
                var values: [String: String] = [:]
                for pair in line.dropFirst("demo partner: ".count).split(separator: " ") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    if parts.count == 2 { values[parts[0]] = parts[1] }
                }
                if let id = values["id"], let key = values["key"], let apiID = values["api_id"] {
                    partner = Partner(id: id, key: key, apiID: apiID)
                }
            }
        }
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}

/// Programs the benchmarks run.
enum Executables {
    /// The folder of the running omega-bench (the release products).
    static let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent()

    /// `name` on the PATH.
    static func find(_ name: String) -> URL? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `executable` to its end; its standard output.
    static func run(_ executable: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
