import Foundation

/// A copy of the shipped `deploy/omega-tui-wrapper` with the site settings of a test, so the
/// test runs the real wrapper logic (terminal check, TERM fallback, clean environment, exec).
enum CounterWrapperScript {
    /// The site settings at the top of the wrapper.
    struct Settings {
        var omegaTUI: String
        var server = "http://127.0.0.1:9/api/v1/"
        var credentials = "/nonexistent/partner.toml"
        var auditLog = "/nonexistent/audit.jsonl"
        var idleTimeout = 300
    }

    /// Writes the wrapper into `directory` (mode 0755) and returns its path.
    static func write(_ settings: Settings, in directory: URL) throws -> String {
        let source = try String(
            contentsOf: Products.packageRoot.appendingPathComponent("deploy/omega-tui-wrapper"),
            encoding: .utf8)
        let values = [
            "OMEGA_TUI": settings.omegaTUI, "OMEGA_SERVER": settings.server,
            "OMEGA_CREDENTIALS": settings.credentials, "OMEGA_AUDIT_LOG": settings.auditLog,
            "OMEGA_IDLE_TIMEOUT": "\(settings.idleTimeout)",
        ]
        var replaced = Set<String>()
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for (name, value) in values where line.hasPrefix("\(name)=") {
                replaced.insert(name)
                return "\(name)='\(value)'"
            }
            return String(line)
        }
        guard replaced.count == values.count else {
            throw CounterSSHError(
                description:
                    "deploy/omega-tui-wrapper lacks settings: \(Set(values.keys).subtracting(replaced))")
        }
        let url = directory.appendingPathComponent("omega-tui-wrapper")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    /// A stand-in for omega-tui that prints its arguments and environment, then exits.
    static func writeEcho(in directory: URL) throws -> String {
        let url = directory.appendingPathComponent("omega-tui-echo")
        try """
        #!/bin/sh
        echo "OMEGA-TUI-ECHO $*"
        env | sort
        """.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }
}
