import Foundation
import GRDB

/// Opens the sandbox's store and fills it with demo data when it is empty.
enum SandboxDatabase {
    static func open(path: String, seed: UInt64, subscribers: Int) async throws -> SandboxStore {
        let store = try SandboxStore(path: path)
        if try await store.isEmpty() {
            try await DemoDataHook.generate(store: store, seed: seed, subscribers: subscribers)
        }
        try await store.createIndexes()
        return store
    }
}

/// Calls the demo data generator (`DemoData/`) with the bcrypt hash of the demo password.
enum DemoDataHook {
    static func generate(store: SandboxStore, seed: UInt64, subscribers: Int) async throws {
        let hash = await PasswordHasher.hash(DemoDataGenerator.demoPassword)
        try await DemoDataGenerator(seed: seed, subscribers: subscribers).generate(
            into: store, demoPasswordHash: hash)
    }
}
