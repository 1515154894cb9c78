import Foundation
import GRDB
import JSONAPI

/// The validation rules of demandes (subscriber-api.md): every problem is reported at once,
/// each with its stable code (``RefusalCode``), a `source.pointer` at `/data/attributes/<name>`
/// and the values its sentence needs in `meta`.
enum DemandeValidation {
    /// The contact fields a person update may change.
    static let contactFields: Set<String> = [
        "tel", "telmobile", "teltravail", "mail", "adrpers1", "adrpers2", "adrpers3", "cppers", "villepers",
        "enum_paysr",
    ]

    /// The largest meter index accepted: nine digits, more than any water meter shows.
    static let maximumIndex = 999_999_999

    /// The statuses of a request still open: waiting, in progress, or waiting on the subscriber.
    static let openStatuses = ["SAVED", "SEND", "OMEGA", "CLIENT"]

    /// The longest value of each contact field (postal lines of 38 characters, AFNOR NF Z 10-011).
    static let maximumLengths: [String: Int] = [
        "adrpers1": 38, "adrpers2": 38, "adrpers3": 38, "villepers": 38, "cppers": 5, "mail": 80, "tel": 20,
        "telmobile": 20, "teltravail": 20, "enum_paysr": 3,
    ]

    /// A reading (`J_RELEVE`): `pconso_id` in scope, `ni` a whole number not below the last
    /// index unless the meter rolled over (`cpttour`), `dateni` not in the future and after
    /// the last reading, no other index request still open for the point; a consumption over
    /// 10× the usual rate is accepted but flagged.
    static func reading(_ attributes: [String: JSONValue], scope: PopulationScope, db: Database, now: Date)
        throws
        -> DemandeDraft
    {
        var refusals: [RuleRefusal] = []
        let pconsoID = attributes["pconso_id"].flatMap(FilterEvaluation.text)
        if try pconsoID.map({ try ScopeChecks.pointInScope(db, scope, $0) }) != true {
            refusals.append(.attribute("pconso_id", .pointUnknown, "unknown consumption point"))
        }
        let niText = attributes["ni"].flatMap(FilterEvaluation.text)?.trimmingCharacters(in: .whitespaces)
        let ni = niText.flatMap { Int($0) }.flatMap { (0...maximumIndex).contains($0) ? $0 : nil }
        if ni == nil {
            refusals.append(
                .attribute(
                    "ni", .indexInvalid, "the index must be a whole number of m³ from 0 to \(maximumIndex)"))
        }
        let dateText = attributes["dateni"].flatMap(FilterEvaluation.text)
        let date = dateText.flatMap(normalizedDate)
        let today = OmegaDates.format(now)
        if date == nil {
            refusals.append(.attribute("dateni", .dateInvalid, "the date must be YYYY-MM-DD"))
        } else if let date, date > today {
            refusals.append(.attribute("dateni", .dateInFuture, "the date cannot be in the future"))
        }
        let rollover = ["1", "true"].contains(
            attributes["cpttour"].flatMap(FilterEvaluation.text)?.lowercased() ?? "")
        var flag: String?
        if refusals.isEmpty, let pconsoID, let ni, let date {
            if let open = try String.fetchOne(
                db,
                sql: """
                    SELECT req_id FROM request WHERE req_code = 'J_RELEVE' AND pconso_id = ?
                    AND req_status IN (\(GraphLoader.marks(openStatuses.count)))
                    ORDER BY CAST(req_id AS INTEGER) LIMIT 1
                    """, arguments: StatementArguments([pconsoID] + openStatuses))
            {
                refusals.append(
                    .attribute(
                        "ni", .readingAlreadyOpen,
                        "request \(open) for this meter is still open: wait for its answer",
                        meta: ["request_id": .string(open)]))
            }
            if let last = try Row.fetchOne(
                db, sql: "SELECT ni, dateni FROM releve WHERE pconso_id = ? ORDER BY dateni DESC LIMIT 1",
                arguments: [pconsoID])
            {
                let lastIndex: Int = last["ni"] ?? 0
                let lastDate: String = last["dateni"] ?? ""
                if date <= lastDate {
                    let day = String(lastDate.prefix(10))
                    refusals.append(
                        .attribute(
                            "dateni", .dateNotAfterLast, "the date must come after the last reading (\(day))",
                            meta: ["last_date": .string(day)]))
                }
                if ni < lastIndex, !rollover {
                    refusals.append(
                        .attribute(
                            "ni", .indexBelowLast,
                            "the index cannot be below the last one (\(lastIndex)) unless the meter rolled over",
                            meta: ["last_index": .number(Decimal(lastIndex))]))
                }
                if refusals.isEmpty, !rollover {
                    flag = try implausibility(
                        db, pconsoID: pconsoID, consumption: ni - lastIndex, from: lastDate, to: date)
                }
            }
        }
        guard refusals.isEmpty, let pconsoID, let ni, let date else { throw APIError.refused(refusals) }
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

    /// A person update (`J_MAJPER`): only contact fields, each within its length, with a
    /// plausible e-mail, French phone numbers and 5-digit postal codes.
    static func person(_ attributes: [String: JSONValue], personID: String) throws -> DemandeDraft {
        var refusals: [RuleRefusal] = []
        var changes: [String: JSONValue] = [:]
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) where name != "personne_id" {
            guard contactFields.contains(name) else {
                refusals.append(
                    .attribute(name, .fieldNotChangeable, "this field cannot be changed by a request"))
                continue
            }
            let text = (FilterEvaluation.text(value) ?? "").trimmingCharacters(in: .whitespaces)
            if let refusal = contactRefusal(name, text) {
                refusals.append(refusal)
            } else if let maximum = maximumLengths[name], text.count > maximum {
                refusals.append(
                    .attribute(
                        name, .fieldTooLong, "at most \(maximum) characters",
                        meta: ["max": .number(Decimal(maximum))]))
            }
            changes[name] = value
        }
        if refusals.isEmpty, changes.isEmpty {
            refusals.append(
                RuleRefusal(code: .nothingToChange, pointer: "/data/attributes", detail: "nothing to change"))
        }
        guard refusals.isEmpty else { throw APIError.refused(refusals) }
        let fields = changes.keys.sorted().joined(separator: ", ")
        return DemandeDraft(
            code: "J_MAJPER", title: "Mise à jour des coordonnées", summary: "Champs : \(fields)",
            payload: changes,
            personneID: personID)
    }

    /// The format rule `text` breaks for contact field `name`, if any (an empty value clears
    /// the field and is always accepted).
    private static func contactRefusal(_ name: String, _ text: String) -> RuleRefusal? {
        guard !text.isEmpty else { return nil }
        if name == "mail", !AccountRoutes.isEmailLike(text) {
            return .attribute(name, .emailInvalid, "invalid e-mail address")
        }
        if name.hasPrefix("tel"), !isFrenchPhone(text) {
            return .attribute(
                name, .phoneInvalid, "invalid phone number: 10 digits, or +33 and 9 digits")
        }
        if name == "cppers", !(text.count == 5 && text.allSatisfy { $0.isASCII && $0.isNumber }) {
            return .attribute(name, .postcodeInvalid, "a postal code has 5 digits")
        }
        return nil
    }

    /// 10 digits starting with 0, or +33 and 9 digits; spaces, dots and dashes between digits
    /// are allowed (`06 12 34 56 78`, `+33 6 12 34 56 78`).
    static func isFrenchPhone(_ text: String) -> Bool {
        let compact = text.filter { !" .-".contains($0) }
        let digits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        if compact.hasPrefix("+33") {
            let rest = compact.dropFirst(3)
            return rest.count == 9 && digits(rest) && rest.first != "0"
        }
        return compact.count == 10 && compact.hasPrefix("0") && digits(Substring(compact))
    }

    /// An external invoice (`J_FACTURE`, partners only): a number and an amount are required.
    static func bill(_ attributes: [String: JSONValue]) throws -> DemandeDraft {
        var refusals: [RuleRefusal] = []
        let number = attributes["nofacture"].flatMap(FilterEvaluation.text) ?? ""
        if number.isEmpty {
            refusals.append(.attribute("nofacture", .fieldRequired, "the invoice number is required"))
        }
        let amount = attributes["ttc"].flatMap(FilterEvaluation.text).flatMap(money)
        if amount == nil {
            refusals.append(
                .attribute(
                    "ttc", .amountInvalid,
                    "the amount must be a number of euros with at most 12 digits and 2 decimals"))
        }
        guard refusals.isEmpty, let amount else { throw APIError.refused(refusals) }
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
