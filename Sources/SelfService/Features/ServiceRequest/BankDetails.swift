/// Bank details as a person types them: IBAN (ISO 13616: the country's format and the
/// mod-97 check digits, spaces allowed) and BIC (ISO 9362 shape), checked before anything is
/// sent, and the IBAN shown masked but for its last four characters.
public enum BankDetails {
    /// The IBAN length of each country of the SEPA area (ISO 13616 registry).
    public static let ibanLengths: [String: Int] = [
        "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
        "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26,
        "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
        "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "VA": 22,
    ]

    /// The IBAN without spaces, upper-cased.
    public static func compact(_ text: String) -> String {
        text.filter { $0 != " " }.uppercased()
    }

    /// What is wrong with `text` as an IBAN, nil when it is valid.
    public static func ibanProblem(_ text: String) -> FieldProblem? {
        let iban = Array(compact(text))
        guard iban.count >= 5, iban.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            iban[0].isLetter, iban[1].isLetter, iban[2].isNumber, iban[3].isNumber,
            let expected = ibanLengths[String(iban[0...1])]
        else { return .ibanFormat }
        guard iban.count == expected else { return .ibanLength(expected: expected) }
        var remainder = 0
        for character in iban[4...] + iban[0..<4] {
            let value = character.isNumber ? Int(String(character)) ?? 0 : Int(character.asciiValue ?? 0) - 55
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97
        }
        return remainder == 1 ? nil : .ibanChecksum
    }

    /// Whether `text` has the shape of a BIC: 4 letters (bank), 2 letters (country), 2
    /// letters or digits (place), optionally 3 more (branch).
    public static func isBIC(_ text: String) -> Bool {
        let bic = Array(compact(text))
        guard bic.count == 8 || bic.count == 11 else { return false }
        return bic[0..<6].allSatisfy { $0.isASCII && $0.isLetter }
            && bic[6...].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// The IBAN hidden but for its last four characters: the hidden part in groups of four,
    /// then the last four (`•••• •••• •••• •••• •••• ••• 2606`): what the screens show once
    /// the IBAN is typed.
    public static func masked(_ text: String) -> String {
        let iban = compact(text)
        var groups: [String] = []
        var rest = Substring(String(repeating: "•", count: max(0, iban.count - 4)))
        while !rest.isEmpty {
            groups.append(String(rest.prefix(4)))
            rest = rest.dropFirst(4)
        }
        return (groups + [String(iban.suffix(4))]).joined(separator: " ")
    }
}
