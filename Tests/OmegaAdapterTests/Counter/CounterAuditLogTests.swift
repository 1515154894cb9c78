import Foundation
import OmegaAdapter
import Testing

@Suite("Audit log")
struct CounterAuditLogTests {
    @Test("one JSON line per entry, appended, with time, agent, contract, action and request id")
    func appendsLines() throws {
        let log = TemporaryFiles.auditLog()
        try log.checkWritable()
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        try log.record(AuditEntry(time: time, agent: "agent.dupont", contract: "343025705", action: "open"))
        try log.record(
            AuditEntry(
                time: time, agent: "agent.dupont", contract: "343025705", action: "file.reading",
                requestId: "42"))
        let lines = try TemporaryFiles.lines(log)
        #expect(lines.count == 2)
        #expect(lines[0]["time"] as? String == "2027-01-15T08:00:00Z")
        #expect(lines[0]["agent"] as? String == "agent.dupont")
        #expect(lines[0]["contract"] as? String == "343025705")
        #expect(lines[0]["action"] as? String == "open")
        #expect(lines[0]["request_id"] == nil)
        #expect(lines[1]["action"] as? String == "file.reading")
        #expect(lines[1]["request_id"] as? String == "42")
    }

    @Test("a new file is created 0600, and existing lines are kept")
    func createdPrivate() throws {
        let log = TemporaryFiles.auditLog()
        try Data("{\"earlier\":true}\n".utf8).write(to: URL(fileURLWithPath: log.path))
        try log.record(AuditEntry(time: Date(), agent: "a", contract: "c", action: "search"))
        #expect(try TemporaryFiles.lines(log).count == 2)
        let other = TemporaryFiles.auditLog()
        try other.checkWritable()
        let mode = try FileManager.default.attributesOfItem(atPath: other.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("an unwritable log is an error that names the file")
    func unwritable() throws {
        let log = AuditLog(path: "/nonexistent-\(UUID().uuidString)/audit.jsonl")
        let error = try #require(throws: AuditLogError.self) { try log.checkWritable() }
        #expect(error.path == log.path)
    }
}
