import Foundation
import Hummingbird
import OmegaClient
import Testing

@Suite("Subscriber session: login, refresh (single flight), rotation, logout")
struct SubscriberSessionTests {
    @Test("20 concurrent calls with an expired access token cause exactly one refresh")
    func singleFlightRefresh() async throws {
        // Tokens issued at login expire at once (1 s, less than the refresh margin).
        let server = TokenServer(loginExpiresIn: 1)
        try await serve(server.routes) { transport in
            let session = SubscriberSession(transport: transport)
            let api = SubscriberAPI(session: session)
            try await api.login(email: "ana@example.org", password: "correct horse")
            let totals = try await withThrowingTaskGroup(of: Int?.self) { group in
                for _ in 0..<20 {
                    group.addTask { try await api.contrats().total }
                }
                var totals: [Int?] = []
                for try await total in group { totals.append(total) }
                return totals
            }
            #expect(totals == Array(repeating: 1, count: 20))
            #expect(await session.refreshCount == 1)
        }
        #expect(server.recorder.count("refresh") == 1)
        #expect(server.recorder.count("data") == 20)
    }

    @Test("a 401 on a call refreshes once and replays the call once")
    func refreshOnceOn401() async throws {
        let server = TokenServer()
        try await serve(server.routes) { transport in
            let api = SubscriberAPI(session: SubscriberSession(transport: transport))
            try await api.login(email: "ana@example.org", password: "correct horse")
            #expect(try await api.contrats().items.first?.id == "343025705")
            server.revokeAccessTokens()
            #expect(try await api.contrats().items.count == 1)
        }
        #expect(server.recorder.count("refresh") == 1)
        #expect(server.recorder.count("data") == 3)
    }

    @Test("login sends plain JSON; 401 and 403 have login-specific kinds")
    func loginErrors() async throws {
        let server = TokenServer()
        try await serve(server.routes) { transport in
            let session = SubscriberSession(transport: transport)
            let wrong = await #expect(throws: OmegaError.self) {
                try await session.login(email: "ana@example.org", password: "wrong")
            }
            #expect(wrong?.kind == .invalidCredentials)
            #expect(wrong.map { String(describing: $0).contains("wrong") } == false)
            let unverified = await #expect(throws: OmegaError.self) {
                try await session.login(email: "new@example.org", password: "whatever")
            }
            #expect(unverified?.kind == .accountNotVerified)
            #expect(await session.isSignedIn == false)
        }
        #expect(server.recorder.values("loginContentType") == ["application/json", "application/json"])
    }

    @Test("a dead refresh token ends the session")
    func deadRefreshToken() async throws {
        let server = TokenServer(loginExpiresIn: 1)
        try await serve(server.routes) { transport in
            let session = SubscriberSession(transport: transport)
            let api = SubscriberAPI(session: session)
            try await api.login(email: "ana@example.org", password: "correct horse")
            // The server forgets every token (as after a password reset).
            _ = try await transport.send(
                OmegaRequest(.delete, "subscriber/token"), authentication: .bearer("access-1"))
            let error = await #expect(throws: OmegaError.self) { try await api.contrats() }
            #expect(error?.kind == .sessionExpired)
            #expect(await session.isSignedIn == false)
        }
    }

    @Test("refresh tokens rotate into a 0600 file store; logout revokes and clears it")
    func rotationAndStore() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-tui-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = FileTokenStore(directory: directory)
        let server = TokenServer(loginExpiresIn: 1)
        try await serve(server.routes) { transport in
            let session = SubscriberSession(transport: transport, tokenStore: store)
            let api = SubscriberAPI(session: session)
            try await api.login(email: "ana@example.org", password: "correct horse")
            #expect(try store.load() == "refresh-1")
            let attributes = try FileManager.default.attributesOfItem(atPath: store.fileURL.path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
            _ = try await api.contrats()
            #expect(try store.load() == "refresh-2")

            // A new session (a new run) takes the stored token up.
            let restored = SubscriberSession(transport: transport, tokenStore: store)
            #expect(await restored.restore())
            #expect(try await SubscriberAPI(session: restored).contrats().total == 1)
            #expect(try store.load() == "refresh-3")
            await restored.logout()
            #expect(try store.load() == nil)
            #expect(await restored.isSignedIn == false)
        }
        #expect(server.recorder.count("refresh") == 2)
        #expect(server.recorder.count("logout") == 1)
    }

    @Test("the default store directory follows XDG_STATE_HOME, else ~/.local/state")
    func storeDirectory() {
        #expect(
            FileTokenStore.defaultDirectory(environment: [
                "XDG_STATE_HOME": "/var/state", "HOME": "/home/ana",
            ]).path
                == "/var/state/omega-tui")
        #expect(
            FileTokenStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/ana"])
                .path
                == "/home/ana/.local/state/omega-tui")
        #expect(
            FileTokenStore.defaultDirectory(environment: ["HOME": "/home/ana"]).path
                == "/home/ana/.local/state/omega-tui")
    }
}
