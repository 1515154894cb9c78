import Foundation
import OmegaClient
import SelfService

/// Why counter mode refuses to start. Shown on stderr before the screen is touched, then the
/// program exits non-zero.
public enum CounterStartupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The partner credentials are missing, unreadable or too open.
    case credentials(PartnerCredentialsError)
    /// The login cannot be found, or cannot travel in Hawk `ext`.
    case agent
    /// The audit log cannot be opened for appending.
    case auditLog(AuditLogError)

    public var description: String {
        switch self {
        case .credentials(let error): return "credentials: \(error)"
        case .agent: return "agent login missing or invalid"
        case .auditLog(let error): return "audit log: \(error)"
        }
    }
}

/// Everything `omega-tui --counter` checks before opening the screen, in order: the partner
/// credentials (file, or environment when no file is named and `OMEGA_PARTNER_ID` is set),
/// the agent's login, the audit log; then the services to run on.
public enum CounterStartup {
    /// The counter's command-line choices.
    public struct Options: Sendable, Equatable {
        /// The API root (`--server`).
        public var serverURL: String
        /// `--partner-credentials`; nil: the environment when `OMEGA_PARTNER_ID` is set, else
        /// ``PartnerCredentialsFile/defaultPath``.
        public var credentialsPath: String?
        /// `--audit-log`; nil: no audit log.
        public var auditLogPath: String?
        /// `--idle-timeout`, in seconds.
        public var idleTimeout: TimeInterval

        /// Creates options.
        public init(
            serverURL: String, credentialsPath: String? = nil, auditLogPath: String? = nil,
            idleTimeout: TimeInterval = IdleTimer.defaultTimeout
        ) {
            self.serverURL = serverURL
            self.credentialsPath = credentialsPath
            self.auditLogPath = auditLogPath
            self.idleTimeout = idleTimeout
        }
    }

    /// The credentials `options` point at.
    public static func credentials(
        _ options: Options, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CounterStartupError) -> PartnerCredentials {
        do {
            if let path = options.credentialsPath { return try PartnerCredentialsFile.load(path: path) }
            if environment[PartnerCredentialsFile.environmentNames.id] != nil {
                return try PartnerCredentialsFile.fromEnvironment(environment)
            }
            return try PartnerCredentialsFile.load()
        } catch {
            throw .credentials(error)
        }
    }

    /// Runs every check and builds the services (call ``CounterServices/transport``'s
    /// `shutdown()` when the program ends).
    public static func prepare(
        _ options: Options, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CounterStartupError) -> CounterServices {
        let credentials = try credentials(options, environment: environment)
        guard let agent = CounterAgent.current(environment: environment) else { throw .agent }
        var audit: AuditLog?
        if let path = options.auditLogPath {
            let log = AuditLog(path: path)
            do { try log.checkWritable() } catch { throw .auditLog(error) }
            audit = log
        }
        return CounterServices(
            baseURL: options.serverURL, credentials: credentials, agent: agent, audit: audit)
    }
}
