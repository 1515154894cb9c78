/// The sandbox's own check of bank details (ISO 13616 IBAN, ISO 9362 BIC), as a bank's
/// would be: the client checks too, but the service decides.
enum BankAccountRules {
    /// The IBAN length of each country of the SEPA area (ISO 13616 registry).
    static let ibanLengths: [String: Int] = [
        "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
        "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26,
        "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
        "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "VA": 22,
    ]

    /// What is wrong with an IBAN.
    enum IBANProblem: Equatable {
        /// Not two letters, two digits and letters or digits, or a country outside SEPA.
        case format
        /// Not the length of the country's IBANs.
        case length(expected: Int)
        /// The ISO 13616 check digits do not match (mod 97 is not 1).
        case checksum
    }

    /// The IBAN without spaces, upper-cased.
    static func compact(_ text: String) -> String {
        text.filter { $0 != " " }.uppercased()
    }

    /// The problem of `text` as an IBAN (spaces allowed), nil when it is valid.
    static func ibanProblem(_ text: String) -> IBANProblem? {
        let iban = Array(compact(text))
        guard iban.count >= 5, iban.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            iban[0].isLetter, iban[1].isLetter, iban[2].isNumber, iban[3].isNumber,
            let expected = ibanLengths[String(iban[0...1])]
        else { return .format }
        guard iban.count == expected else { return .length(expected: expected) }
        var remainder = 0
        for character in iban[4...] + iban[0..<4] {
            let value = character.isNumber ? Int(String(character)) ?? 0 : Int(character.asciiValue ?? 0) - 55
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97
        }
        return remainder == 1 ? nil : .checksum
    }

    /// Whether `text` has the shape of a BIC (ISO 9362): 4 letters (bank), 2 letters
    /// (country), 2 letters or digits (place), optionally 3 letters or digits (branch).
    static func isBIC(_ text: String) -> Bool {
        let bic = Array(compact(text))
        guard bic.count == 8 || bic.count == 11 else { return false }
        let alphanumeric = { (character: Character) in
            character.isASCII && (character.isLetter || character.isNumber)
        }
        return bic[0..<6].allSatisfy { $0.isASCII && $0.isLetter } && bic[6...].allSatisfy(alphanumeric)
    }

    /// The IBAN with all but its last four characters hidden (`•••••••••••••••••••••••0189`),
    /// for the request's title, summary and logs: an account number is never written in full.
    static func masked(_ text: String) -> String {
        let iban = compact(text)
        return String(repeating: "•", count: max(0, iban.count - 4)) + String(iban.suffix(4))
    }
}
