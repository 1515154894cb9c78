import Foundation
import Testing

@testable import OmegaAdapter

@Suite("Partner credentials file")
struct CounterCredentialsFileTests {
    static let secret = "s3cr3t-Key-never-shown"

    func file(_ text: String, mode: Int) throws -> String {
        try TemporaryFiles.credentialsFile(text, mode: mode)
    }

    @Test("a 0600 file with id, key and api_id loads")
    func plainFileLoads() throws {
        let path = try file(
            "id = \"guichet\"\nkey = \"\(Self.secret)\"\napi_id = \"guichet@ales\"\n", mode: 0o600)
        let credentials = try PartnerCredentialsFile.load(path: path)
        #expect(credentials == PartnerCredentials(id: "guichet", key: Self.secret, apiId: "guichet@ales"))
        #expect(credentials.hawk.key == Self.secret)
        #expect(!credentials.description.contains(Self.secret))
        #expect(!String(reflecting: credentials.hawk).contains(Self.secret))
    }

    @Test("a file with one [[partner]] table, as for the sandbox, loads")
    func partnerTableLoads() throws {
        let text = """
            [[partner]]
            id = "guichet"
            key = "\(Self.secret)"
            api_id = "guichet@ales"
            communes = ["Alès"]
            """
        let credentials = try PartnerCredentialsFile.load(path: try file(text, mode: 0o400))
        #expect(credentials.id == "guichet")
        #expect(credentials.apiId == "guichet@ales")
    }

    @Test("two [[partner]] tables are refused")
    func twoPartnersRefused() throws {
        let text = """
            [[partner]]
            id = "a"
            key = "k"
            api_id = "a@x"
            [[partner]]
            id = "b"
            key = "k"
            api_id = "b@x"
            """
        let path = try file(text, mode: 0o600)
        #expect(throws: PartnerCredentialsError.malformed(path: path, problem: .severalPartners)) {
            try PartnerCredentialsFile.load(path: path)
        }
    }

    @Test("a 0644 file is refused, with its path and mode, never the key")
    func worldReadableRefused() throws {
        let path = try file("id = \"g\"\nkey = \"\(Self.secret)\"\napi_id = \"g@x\"\n", mode: 0o644)
        let error = try #require(throws: PartnerCredentialsError.self) {
            try PartnerCredentialsFile.load(path: path)
        }
        // The front end words the code ("accessible au groupe ou aux autres… chmod 600").
        #expect(error == .tooOpen(path: path, mode: 0o644))
        #expect(PartnerCredentialsError.octal(0o644) == "0644")
        #expect(error.description.contains("0644"))
        #expect(!error.description.contains(Self.secret))
    }

    @Test("group-writable (0620) and group-readable (0640) files are refused")
    func groupAccessRefused() throws {
        for mode in [0o620, 0o640, 0o602] {
            let path = try file("id = \"g\"\nkey = \"k\"\napi_id = \"g@x\"\n", mode: mode)
            #expect(throws: PartnerCredentialsError.tooOpen(path: path, mode: UInt32(mode))) {
                try PartnerCredentialsFile.load(path: path)
            }
        }
    }

    @Test("a file owned by another user is refused")
    func wrongOwnerRefused() throws {
        #expect(throws: PartnerCredentialsError.wrongOwner(path: "/x", owner: 1234)) {
            try PartnerCredentialsFile.checkPermissions(
                path: "/x", owner: 1234, mode: 0o100600, runningUser: 1000)
        }
        // Root's files and the running user's are accepted.
        try PartnerCredentialsFile.checkPermissions(path: "/x", owner: 0, mode: 0o100600, runningUser: 1000)
        try PartnerCredentialsFile.checkPermissions(
            path: "/x", owner: 1000, mode: 0o100600, runningUser: 1000)
    }

    @Test("a missing file and a directory are refused with their own errors")
    func missingAndDirectory() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/partner.toml"
        #expect(throws: PartnerCredentialsError.missing(path: missing)) {
            try PartnerCredentialsFile.load(path: missing)
        }
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: PartnerCredentialsError.notRegularFile(path: directory)) {
            try PartnerCredentialsFile.load(path: directory)
        }
    }

    @Test("malformed TOML and missing keys are refused without quoting the file")
    func malformed() throws {
        let broken = try file("key = \"\(Self.secret)\nid = ", mode: 0o600)
        let error = try #require(throws: PartnerCredentialsError.self) {
            try PartnerCredentialsFile.load(path: broken)
        }
        guard case .malformed(broken, .unreadableTOML) = error else {
            Issue.record("not unreadable TOML: \(error)")
            return
        }
        #expect(!error.description.contains(Self.secret))
        let incomplete = try file("id = \"g\"\nkey = \"k\"\n", mode: 0o600)
        #expect(throws: PartnerCredentialsError.malformed(path: incomplete, problem: .missingFields)) {
            try PartnerCredentialsFile.load(path: incomplete)
        }
    }

    @Test("the environment gives credentials for tests, and names what is missing")
    func environment() throws {
        let credentials = try PartnerCredentialsFile.fromEnvironment([
            "OMEGA_PARTNER_ID": "g", "OMEGA_PARTNER_KEY": Self.secret, "OMEGA_PARTNER_API_ID": "g@x",
        ])
        #expect(credentials == PartnerCredentials(id: "g", key: Self.secret, apiId: "g@x"))
        #expect(
            throws: PartnerCredentialsError.missingEnvironment(["OMEGA_PARTNER_KEY", "OMEGA_PARTNER_API_ID"])
        ) {
            try PartnerCredentialsFile.fromEnvironment(["OMEGA_PARTNER_ID": "g", "OMEGA_PARTNER_KEY": ""])
        }
    }
}

@Suite("Credentials TOML")
struct CounterCredentialsTOMLTests {
    @Test("comments, both string kinds, escapes and other keys are read as TOML says")
    func subset() throws {
        let text = """
            # counter credentials
            id = 'guichet'   # literal string
            key = "a\\"b\\\\c"
            api_id = "guichet@ales"
            other = [1, 2]
            """
        let credentials = try PartnerCredentialsFile.parse(text, source: "test")
        #expect(credentials == PartnerCredentials(id: "guichet", key: "a\"b\\c", apiId: "guichet@ales"))
    }

    @Test("broken lines are refused with their number, never their text")
    func broken() {
        for (text, line) in [
            ("id = \"x\nkey = \"y\"", 1), ("id = x", 1), ("\n[[partner]\n", 2), ("id = \"a\"\nid = \"b\"", 2),
        ] {
            #expect(
                throws: PartnerCredentialsError.malformed(path: "t", problem: .unreadableTOML(line: line))
            ) {
                try PartnerCredentialsFile.parse(text, source: "t")
            }
        }
    }

    @Test("a table where [[partner]] entries are expected, or a number for the key, is refused")
    func wrongShape() {
        for text in ["[partner]\nid = \"a\"", "id = \"a\"\nkey = 12\napi_id = \"b\""] {
            #expect(throws: PartnerCredentialsError.malformed(path: "t", problem: .notStrings)) {
                try PartnerCredentialsFile.parse(text, source: "t")
            }
        }
    }
}
