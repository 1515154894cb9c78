import Foundation

/// A program of the system that the end-to-end tests drive, and the Debian package that
/// provides it.
///
/// Found on `PATH`, then in `/usr/sbin` and `/sbin` (where `sshd` lives, and which a user's
/// `PATH` often lacks). A missing tool is a test failure with one line naming the package,
/// never a skip: `scripts/test` installs them all.
struct SystemTool: Sendable {
    let name: String
    let package: String

    static let tmux = SystemTool(name: "tmux", package: "tmux")
    static let sshd = SystemTool(name: "sshd", package: "openssh-server")
    static let ssh = SystemTool(name: "ssh", package: "openssh-client")
    static let sshKeygen = SystemTool(name: "ssh-keygen", package: "openssh-client")

    /// The directories searched, in order.
    static var searchPath: [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map(String.init) + ["/usr/sbin", "/sbin"]
    }

    /// The tool's absolute path, or ``MissingSystemTool`` when no directory has it.
    func path() throws -> String {
        for directory in Self.searchPath where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw MissingSystemTool(tool: self)
    }

    /// ``path()`` as a URL, for `runToCompletion`.
    func url() throws -> URL { URL(fileURLWithPath: try path()) }
}

/// A tool the end-to-end tests need is not installed; its description is the one line a
/// test failure shows.
struct MissingSystemTool: Error, CustomStringConvertible {
    let tool: SystemTool

    var description: String {
        "\(tool.name) not found (PATH, /usr/sbin, /sbin): install the package \(tool.package) "
            + "(apt-get install -y \(tool.package)) or run scripts/test"
    }
}
