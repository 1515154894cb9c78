import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the sshd harness could not run: always a test failure, never a skip (`scripts/test`
/// installs `openssh-server`; a missing tool is a ``MissingSystemTool``).
struct CounterSSHError: Error, CustomStringConvertible {
    let description: String
}

/// An OpenSSH server on 127.0.0.1 for one test: host and client keys generated under a
/// temporary directory, the shipped `deploy/omega-guichet.conf` block applied to the current
/// user (`Match User`), and `ForceCommand` pointing at a wrapper written for the test.
///
/// sshd daemonises and writes its `PidFile`; ``stop()`` signals that pid only.
final class CounterSSHServer: @unchecked Sendable {
    // @unchecked: the fields are set once in init; stop() is called from the test's task.
    static var sshd: String { get throws { try SystemTool.sshd.path() } }
    static var ssh: String { get throws { try SystemTool.ssh.path() } }
    static var keygen: String { get throws { try SystemTool.sshKeygen.path() } }

    let directory: URL
    let port: Int
    let user: String
    private let clientKey: URL
    private var stopped = false

    /// Starts sshd with `forcedCommand` (an absolute path) as the ForceCommand of the block.
    init(forcedCommand: String) async throws {
        // Every tool first: a missing one fails in one line before anything is started.
        let sshd = try Self.sshd
        let keygen = try Self.keygen
        _ = try Self.ssh
        user = try Self.currentUser()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-sshd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Self.ensurePrivilegeSeparationDirectory()
        let hostKey = directory.appendingPathComponent("host_ed25519")
        clientKey = directory.appendingPathComponent("client_ed25519")
        for key in [hostKey, clientKey] {
            try Self.run(keygen, ["-q", "-t", "ed25519", "-N", "", "-C", "omega-e2e", "-f", key.path])
        }
        let publicKey = try String(contentsOf: clientKey.appendingPathExtension("pub"), encoding: .utf8)
        try publicKey.write(
            to: directory.appendingPathComponent("authorized_keys"), atomically: true, encoding: .utf8)
        port = try Self.freeLoopbackPort()
        let config = directory.appendingPathComponent("sshd_config")
        try Self.configuration(
            port: port, directory: directory, hostKey: hostKey, user: user, forcedCommand: forcedCommand
        ).write(to: config, atomically: true, encoding: .utf8)
        try Self.run(sshd, ["-t", "-f", config.path])
        try Self.run(sshd, ["-f", config.path, "-E", directory.appendingPathComponent("sshd.log").path])
        try await waitUntilListening()
    }

    /// The shipped Match block, applied to `user`, with `forcedCommand` and test-only globals.
    static func configuration(port: Int, directory: URL, hostKey: URL, user: String, forcedCommand: String)
        throws
        -> String
    {
        let snippet = try String(
            contentsOf: Products.packageRoot.appendingPathComponent("deploy/omega-guichet.conf"),
            encoding: .utf8)
        let block = snippet.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("Match Group") { return "Match User \(user)" }
            if trimmed.hasPrefix("ForceCommand") { return "    ForceCommand \(forcedCommand)" }
            return String(line)
        }
        guard block.contains(where: { $0.hasPrefix("Match User") }),
            block.contains(where: { $0.contains("ForceCommand") })
        else {
            throw CounterSSHError(
                description: "deploy/omega-guichet.conf lost its Match or ForceCommand line")
        }
        return """
            ListenAddress 127.0.0.1
            Port \(port)
            HostKey \(hostKey.path)
            PidFile \(directory.appendingPathComponent("sshd.pid").path)
            AuthorizedKeysFile \(directory.appendingPathComponent("authorized_keys").path)
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PermitRootLogin prohibit-password
            Subsystem sftp internal-sftp
            LogLevel VERBOSE

            """ + block.joined(separator: "\n") + "\n"
    }

    /// The ssh client's arguments up to the host (add `--` and a command after them).
    func clientArguments(_ extra: [String] = []) -> [String] {
        [
            "-F", "/dev/null", "-i", clientKey.path, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=accept-new", "-o", "LogLevel=ERROR",
            "-o", "UserKnownHostsFile=\(directory.appendingPathComponent("known_hosts").path)",
            "-p", "\(port)",
        ] + extra + ["\(user)@127.0.0.1"]
    }

    /// Runs `ssh` to completion with `extra` options and `command` after `--`.
    func ssh(_ extra: [String], command: [String] = []) throws -> (status: Int32, output: String) {
        try runToCompletion(
            URL(fileURLWithPath: Self.ssh), clientArguments(extra) + (command.isEmpty ? [] : ["--"] + command)
        )
    }

    /// sshd's log, for failure messages.
    var log: String {
        (try? String(contentsOf: directory.appendingPathComponent("sshd.log"), encoding: .utf8)) ?? ""
    }

    /// Stops sshd by the pid in its PidFile, and removes the directory.
    func stop() {
        guard !stopped else { return }
        stopped = true
        if let text = try? String(contentsOf: directory.appendingPathComponent("sshd.pid"), encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1
        {
            kill(pid, SIGTERM)
        }
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { stop() }

    private func waitUntilListening() async throws {
        let pidFile = directory.appendingPathComponent("sshd.pid").path
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(15)
        while clock.now < deadline {
            if FileManager.default.fileExists(atPath: pidFile), Self.canConnect(port: port) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CounterSSHError(description: "sshd did not start on port \(port):\n\(log)")
    }

    private static func currentUser() throws -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else {
            throw CounterSSHError(description: "the current user has no password entry")
        }
        return String(cString: name)
    }

    /// sshd running as root wants /run/sshd (Debian's privilege separation directory).
    private static func ensurePrivilegeSeparationDirectory() throws {
        guard geteuid() == 0, !FileManager.default.fileExists(atPath: "/run/sshd") else { return }
        try FileManager.default.createDirectory(
            atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let result = try runToCompletion(URL(fileURLWithPath: tool), arguments)
        guard result.status == 0 else {
            throw CounterSSHError(
                description: "\(tool) \(arguments.joined(separator: " ")) failed:\n\(result.output)")
        }
    }

    /// A port free on 127.0.0.1 right now (bound to port 0, then released).
    static func freeLoopbackPort() throws -> Int {
        let descriptor = socket(AF_INET, streamSocket, 0)
        guard descriptor >= 0 else { throw CounterSSHError(description: "socket() failed") }
        defer { close(descriptor) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw CounterSSHError(description: "bind() failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { throw CounterSSHError(description: "getsockname() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func canConnect(port: Int) -> Bool {
        let descriptor = socket(AF_INET, streamSocket, 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    #if os(Linux)
        private static let streamSocket = Int32(SOCK_STREAM.rawValue)
    #else
        private static let streamSocket = SOCK_STREAM
    #endif

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}
