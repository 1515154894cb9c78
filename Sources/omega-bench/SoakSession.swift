import Foundation
import JSONAPI
import OmegaClient

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
        do {
            _ = try await api.transmettreReleve(releve, dryRun: true)
        } catch {
            // The service has not answered the last index of this meter yet: a desk files no
            // second one (docs/api.md), it comes back on its next round. (A `catch … where` here
            // crashes the 6.3.1 compiler: "Found ownership error".)
            guard error.errors.contains(where: { $0.code == "reading-already-open" }) else { throw error }
            await tally.request()
            return previous ?? (index - 3, second)
        }
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

/// What the soak reads of the server: its resident memory (`VmRSS` of a `/proc/…/status`
/// file) and, in-process, the size of its database and write-ahead log.
struct ServerProbe {
    var statusFile: String?
    var databasePath: String?

    func describe() -> String {
        var parts = ["server RSS " + (residentKiB().map { Self.mebibytes(Double($0) * 1024) } ?? "?")]
        if let databasePath {
            parts.append("database \(Self.mebibytes(Self.size(databasePath)))")
            parts.append("WAL \(Self.mebibytes(Self.size(databasePath + "-wal")))")
        }
        return parts.joined(separator: "  ")
    }

    func residentKiB() -> Int? {
        guard let statusFile, let status = try? String(contentsOfFile: statusFile, encoding: .utf8) else {
            return nil
        }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }

    private static func size(_ path: String) -> Double {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.doubleValue ?? 0
    }

    private static func mebibytes(_ bytes: Double) -> String {
        String(format: "%.1f MiB", bytes / 1_048_576)
    }
}
