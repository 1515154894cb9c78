import Foundation
import JSONAPI
import Testing

/// Damaged input never traps: it decodes, or fails with a typed error.
@Suite("Robustness against damaged input")
struct RobustnessTests {
    private struct Facture: Decodable {
        @Loose var ttc: Decimal?
        @Loose var datefact: Date?
        @Loose var preleve: Bool?
        @Loose var consofac: Int?
    }

    @Test func truncationIsNotJSON() throws {
        let bytes = [UInt8](try Fixture.data("Partner_Facture"))
        let end = bytes.lastIndex { $0 == UInt8(ascii: "}") } ?? bytes.count
        var wrong: [Int] = []
        // Every 3rd length keeps the test quick in debug builds and still cuts every kind of token.
        for length in stride(from: 0, to: end, by: 3) {
            do {
                _ = try Document.decode(Data(bytes[..<length]))
                wrong.append(length)
            } catch {
                if error.kind != .notJSON { wrong.append(length) }
            }
        }
        #expect(wrong.isEmpty, "prefixes not reported as notJSON: \(wrong.prefix(10))")
    }

    @Test func randomDamageGivesTypedErrorsOnly() throws {
        let original = [UInt8](try Fixture.data("Partner_Facture"))
        let alphabet = Array(#"{}[]",:0123456789.-eE"\ntruefalsnul "#.utf8) + [0x00, 0xC3, 0xFF]
        var generator = SplitMix64(seed: 0x0E6A)
        var decoded = 0
        for _ in 0..<1000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                let byte = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = byte
                case 1: bytes.insert(byte, at: position)
                default: bytes.remove(at: position)
                }
            }
            do {
                let document = try Document.decode(Data(bytes))
                decoded += 1
                for resource in document.resources + document.included {
                    do {
                        _ = try resource.decodeAttributes(as: Facture.self)
                    } catch  where !(error is DocumentDecodingError) {
                        Issue.record("untyped error \(error)")
                    } catch {}
                }
                _ = document.resources.flatMap { document.related($0, path: ["contfact", "contrat"]) }
            } catch {
                // Typed by the signature: DocumentDecodingError, with a message.
                if error.description.isEmpty { Issue.record("empty description") }
            }
        }
        // Some damage lands inside string values and leaves a valid document.
        #expect(decoded > 0)
    }
}

/// A small deterministic generator, so that the damage is the same on every run.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
