import SelfService
import Testing

@testable import OmegaSandbox
@testable import OmegaTUI

/// Issue 12: every refusal code the sandbox answers has its own sentence in each language,
/// never the server's English `detail` (which stays for codes the client does not know).
@Suite struct RefusalCatalogueTests {
    /// The values each code's sentence refers to, as the sandbox sends them in `meta`.
    static let values: [String: [String: String]] = [
        "index-below-last": ["last_index": "387"],
        "date-not-after-last": ["last_date": "2026-08-20"],
        "reading-already-open": ["request_id": "100042"],
        "field-too-long": ["max": "38"],
    ]

    @Test(arguments: Language.allCases)
    func everySandboxCodeHasItsOwnSentence(language: Language) {
        let strings = Strings(language: language)
        var sentences: [String: String] = [:]
        for code in RefusalCode.allCases {
            let serverText = "server text for \(code.rawValue)"
            let refusal = Refusal(
                field: "x", code: code.rawValue, text: serverText, values: Self.values[code.rawValue] ?? [:])
            let sentence = strings.refusal(refusal)
            #expect(sentence != serverText, "\(code.rawValue) has no sentence in \(language)")
            #expect(sentence.hasSuffix("."), "\(code.rawValue): \(sentence)")
            #expect(!sentence.contains("{"), "\(code.rawValue) leaves a placeholder: \(sentence)")
            for value in (Self.values[code.rawValue] ?? [:]).values where value != "2026-08-20" {
                #expect(sentence.contains(value), "\(code.rawValue) does not say \(value): \(sentence)")
            }
            sentences[code.rawValue] = sentence
        }
        // One rule, one sentence: two codes saying the same words would hide which rule broke.
        #expect(Set(sentences.values).count == sentences.count, "\(sentences)")
    }
}
