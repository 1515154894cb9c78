import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One audited action: who did what for which contract, and the request it filed.
public struct AuditEntry: Equatable, Sendable, Codable {
    /// When, written as ISO-8601 with the offset (`2026-11-23T12:00:00Z`).
    public var time: Date
    /// The agent's login.
    public var agent: String
    /// The subscriber's contract number (`numcontrat`), or empty for a search.
    public var contract: String
    /// What was done: `search`, `open`, `read.readings`, `file.reading`, `check.reading`…
    public var action: String
    /// The request filed (`req_id`), when the action filed one.
    public var requestId: String?

    /// Creates an entry.
    public init(time: Date, agent: String, contract: String, action: String, requestId: String? = nil) {
        self.time = time
        self.agent = agent
        self.contract = contract
        self.action = action
        self.requestId = requestId
    }

    enum CodingKeys: String, CodingKey {
        case time, agent, contract, action
        case requestId = "request_id"
    }

    /// The entry as one JSON line (sorted keys, no newline inside, `\n` at the end).
    public func jsonLine() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// Why an audit line could not be written.
public struct AuditLogError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The log's path.
    public var path: String
    /// The system's reason.
    public var reason: String

    /// A technical description for logs.
    public var description: String { "audit log \(path): \(reason)" }
}

/// The counter's audit trail: one JSON line per action that reads or files something for a
/// subscriber, appended to a file.
///
/// Every line is written with one `write(2)` on a descriptor opened with `O_APPEND`, so lines
/// from several terminals never interleave and nothing before them is rewritten. The file is
/// meant to be owned by a service account that the staff cannot act as, written only through
/// the program (see docs/ssh-deployment.md).
public struct AuditLog: Sendable {
    /// The log file.
    public let path: String

    /// A log appending to `path` (created 0600 when missing).
    public init(path: String) {
        self.path = path
    }

    /// Checks that the log can be opened for appending (call at start, before the screen).
    public func checkWritable() throws(AuditLogError) {
        let descriptor = try openForAppend()
        close(descriptor)
    }

    /// Appends `entry` as one line.
    public func record(_ entry: AuditEntry) throws(AuditLogError) {
        let line: Data
        do {
            line = try entry.jsonLine()
        } catch {
            throw AuditLogError(path: path, reason: "cannot encode the entry")
        }
        let descriptor = try openForAppend()
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw AuditLogError(
                path: path, reason: written < 0 ? String(cString: strerror(errno)) : "short write")
        }
    }

    private func openForAppend() throws(AuditLogError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw AuditLogError(path: path, reason: String(cString: strerror(errno)))
        }
        return descriptor
    }
}
