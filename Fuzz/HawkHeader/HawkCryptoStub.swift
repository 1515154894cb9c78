/// Stands in for `Sources/OmegaClient/Hawk/HawkCrypto.swift`, which needs swift-crypto: the
/// header parser never calls it, only the stale-timestamp writer does, which is not fuzzed.
enum HawkCrypto {
    static func timestampMAC(ts: Int, credentials: HawkCredentials) -> String {
        preconditionFailure("HawkCrypto is not part of the header fuzz target")
    }
}
