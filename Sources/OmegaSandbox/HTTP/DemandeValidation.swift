import Foundation
import GRDB
import JSONAPI

/// The validation rules of demandes (subscriber-api.md): every problem is reported at once,
/// each with a `source.pointer` at `/data/attributes/<name>`.
enum DemandeValidation {
    /// The contact fields a person update may change.
    static let contactFields: Set<String> = [
        "tel", "telmobile", "teltravail", "mail", "adrpers1", "adrpers2", "adrpers3", "cppers", "villepers",
        "enum_paysr",
    ]

    /// The largest meter index accepted: nine digits, more than any water meter shows.
    static let maximumIndex = 999_999_999

    /// A reading (`J_RELEVE`): `pconso_id` in scope, `ni` a whole number not below the last
    /// index unless the meter rolled over (`cpttour`), `dateni` not in the future and after
    /// the last reading; a consumption over 10× the usual rate is accepted but flagged.
    static func reading(_ attributes: [String: JSONValue], scope: PopulationScope, db: Database, now: Date)
        throws
        -> DemandeDraft
    {
        var errors: [(name: String, message: String)] = []
        let pconsoID = attributes["pconso_id"].flatMap(FilterEvaluation.text)
        if try pconsoID.map({ try ScopeChecks.pointInScope(db, scope, $0) }) != true {
            errors.append(("pconso_id", "unknown consumption point"))
        }
        let niText = attributes["ni"].flatMap(FilterEvaluation.text)?.trimmingCharacters(in: .whitespaces)
        let ni = niText.flatMap { Int($0) }.flatMap { (0...maximumIndex).contains($0) ? $0 : nil }
        if ni == nil {
            errors.append(("ni", "the index must be a whole number of m³ from 0 to \(maximumIndex)"))
        }
        let dateText = attributes["dateni"].flatMap(FilterEvaluation.text)
        let date = dateText.flatMap(normalizedDate)
        let today = OmegaDates.format(now)
        if date == nil {
            errors.append(("dateni", "the date must be YYYY-MM-DD"))
        } else if let date, date > today {
            errors.append(("dateni", "the date cannot be in the future"))
        }
        let rollover = ["1", "true"].contains(
            attributes["cpttour"].flatMap(FilterEvaluation.text)?.lowercased() ?? "")
        var flag: String?
        if errors.isEmpty, let pconsoID, let ni, let date,
            let last = try Row.fetchOne(
                db, sql: "SELECT ni, dateni FROM releve WHERE pconso_id = ? ORDER BY dateni DESC LIMIT 1",
                arguments: [pconsoID])
        {
            let lastIndex: Int = last["ni"] ?? 0
            let lastDate: String = last["dateni"] ?? ""
            if date <= lastDate {
                errors.append(("dateni", "the date must come after the last reading (\(lastDate))"))
            }
            if ni < lastIndex, !rollover {
                errors.append(
                    (
                        "ni",
                        "the index cannot be below the last one (\(lastIndex)) unless the meter rolled over"
                    ))
            }
            if errors.isEmpty, !rollover {
                flag = try implausibility(
                    db, pconsoID: pconsoID, consumption: ni - lastIndex, from: lastDate, to: date)
            }
        }
        guard errors.isEmpty, let pconsoID, let ni, let date else { throw APIError.invalidFields(errors) }
        let contract = try String.fetchOne(
            db,
            sql:
                "SELECT contrat_id FROM contrat WHERE pconso_id = ? ORDER BY actif DESC, principal DESC LIMIT 1",
            arguments: [pconsoID])
        var payload = attributes
        payload["dateni"] = .string(date)
        let day = String(date.prefix(10)).split(separator: "-").reversed().joined(separator: "/")
        return DemandeDraft(
            code: "J_RELEVE", title: "Relevé du \(day)", summary: "Index \(ni) m³ le \(day)",
            payload: payload,
            contratID: contract, pconsoID: pconsoID, ni: ni, dateni: date, flag: flag)
    }

    /// A person update (`J_MAJPER`): only contact fields, with a plausible e-mail and phones.
    static func person(_ attributes: [String: JSONValue], personID: String) throws -> DemandeDraft {
        var errors: [(name: String, message: String)] = []
        var changes: [String: JSONValue] = [:]
        for (name, value) in attributes where name != "personne_id" {
            guard contactFields.contains(name) else {
                errors.append((name, "this field cannot be changed by a request"))
                continue
            }
            let text = FilterEvaluation.text(value) ?? ""
            if name == "mail", !text.isEmpty, !(text.contains("@") && text.contains(".")) {
                errors.append((name, "invalid e-mail address"))
            }
            if name.hasPrefix("tel"), !text.isEmpty,
                !text.allSatisfy({ $0.isNumber || $0 == " " || $0 == "+" || $0 == "." })
                    || text.filter(\.isNumber).count < 9
            {
                errors.append((name, "invalid phone number"))
            }
            if name == "cppers", !text.isEmpty, !(text.count == 5 && text.allSatisfy(\.isNumber)) {
                errors.append((name, "a postal code has 5 digits"))
            }
            changes[name] = value
        }
        if errors.isEmpty, changes.isEmpty { errors.append(("tel", "nothing to change")) }
        guard errors.isEmpty else { throw APIError.invalidFields(errors) }
        let fields = changes.keys.sorted().joined(separator: ", ")
        return DemandeDraft(
            code: "J_MAJPER", title: "Mise à jour des coordonnées", summary: "Champs : \(fields)",
            payload: changes,
            personneID: personID)
    }

    /// An external invoice (`J_FACTURE`, partners only): a number and an amount are required.
    static func bill(_ attributes: [String: JSONValue]) throws -> DemandeDraft {
        var errors: [(name: String, message: String)] = []
        let number = attributes["nofacture"].flatMap(FilterEvaluation.text) ?? ""
        if number.isEmpty { errors.append(("nofacture", "the invoice number is required")) }
        let amount = attributes["ttc"].flatMap(FilterEvaluation.text).flatMap(money)
        if amount == nil {
            errors.append(
                ("ttc", "the amount must be a number of euros with at most 12 digits and 2 decimals"))
        }
        guard errors.isEmpty, let amount else { throw APIError.invalidFields(errors) }
        return DemandeDraft(
            code: "J_FACTURE", title: "Facture externe \(number)", summary: "Montant TTC \(amount) €",
            payload: attributes, contratID: attributes["contrat_id"].flatMap(FilterEvaluation.text))
    }

    /// An amount of money (`-12`, `73.42`): at most 12 digits before the point and 2 after,
    /// so that it is exact and far from any overflow.
    static func money(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let unsigned = trimmed.hasPrefix("-") ? trimmed.dropFirst() : Substring(trimmed)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = { (part: Substring) in part.allSatisfy { ("0"..."9").contains($0) } }
        guard let whole = parts.first, (1...12).contains(whole.count), digits(whole),
            parts.count == 1 || ((1...2).contains(parts[1].count) && digits(parts[1]))
        else { return nil }
        return Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (or ISO `T`) → Omega's `YYYY-MM-DD HH:MM:SS`.
    static func normalizedDate(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "T", with: " ")
        let day = String(trimmed.prefix(10))
        let parts = day.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), let month = Int(parts[1]),
            (1...12).contains(month),
            let dayNumber = Int(parts[2]), (1...31).contains(dayNumber)
        else { return nil }
        let time = trimmed.count >= 19 ? String(trimmed.dropFirst(11).prefix(8)) : "00:00:00"
        return "\(day) \(time)"
    }

    /// A remark when `consumption` over the period exceeds 10× the point's usual daily rate.
    private static func implausibility(
        _ db: Database, pconsoID: String, consumption: Int, from: String, to: String
    )
        throws -> String?
    {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT sum(consorlv) AS total, julianday(max(dateni)) - julianday(min(dateai)) AS days
                    FROM releve WHERE pconso_id = ? AND consorlv IS NOT NULL AND dateai IS NOT NULL
                    """, arguments: [pconsoID]),
            let total: Double = row["total"], let days: Double = row["days"], days > 0, total > 0
        else { return nil }
        let periodDays = max(1, (julianDay(to) ?? 0) - (julianDay(from) ?? 0))
        let expected = total / days * periodDays
        guard Double(consumption) > 10 * expected else { return nil }
        return
            "Consommation inhabituelle : \(consumption) m³ pour environ \(Int(expected.rounded())) m³ attendus"
    }

    private static func julianDay(_ text: String) -> Double? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Paris")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.date(from: text).map { $0.timeIntervalSince1970 / 86_400 }
    }
}
