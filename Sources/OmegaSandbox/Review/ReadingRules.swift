import Foundation
import JSONAPI
import OmegaClient

/// The rules that judge a transmitted index (`J_RELEVE`) against the point's history.
///
/// - An index below the last one without the rollover flag is implausible: ask the subscriber.
/// - A consumption over ten times the point's usual consumption for the same number of days
///   is implausible: ask the subscriber (it may be a leak, or a typing mistake).
/// - A date not after the last reading cannot be placed in the history: refuse.
/// - Anything else is plausible: close, and the reading joins the history.
public enum ReadingRules {
    /// Ratio above which a consumption is implausible.
    public static let implausibleRatio = 10

    /// The decision for an index `nouvelIndex` read on `date`, given the point's readings
    /// (any order; the latest is the reference).
    public static func assess(
        nouvelIndex: Int, date: Date, compteurTourne: Bool, history: [Releve]
    ) -> ReviewDecision {
        let dated = history.filter { $0.dateNouvelIndex != nil && $0.nouvelIndex != nil }
        guard
            let last = dated.max(by: {
                ($0.dateNouvelIndex ?? .distantPast) < ($1.dateNouvelIndex ?? .distantPast)
            }),
            let lastIndex = last.nouvelIndex, let lastDate = last.dateNouvelIndex
        else { return .close(comment: "Relevé intégré à votre historique.") }
        let lastText = "\(lastIndex) m³ le \(frenchDay(lastDate))"
        guard date > lastDate else {
            return .refuse(
                comment:
                    "La date du relevé précède le dernier relevé connu (\(lastText)). Merci de transmettre un index plus récent."
            )
        }
        if nouvelIndex < lastIndex && !compteurTourne {
            return .askClient(
                comment:
                    "L'index transmis (\(nouvelIndex) m³) est inférieur au dernier index relevé (\(lastText)). "
                    + "Merci de vérifier et de confirmer votre index, ou de signaler un retour à zéro du compteur."
            )
        }
        let consumption = consumptionSince(
            lastIndex: lastIndex, nouvelIndex: nouvelIndex, rollover: compteurTourne)
        let days = max(1, Int((date.timeIntervalSince(lastDate) / 86_400).rounded()))
        if let daily = averageDailyConsumption(dated) {
            let usual = daily * Double(days)
            if Double(consumption) > Double(implausibleRatio) * max(usual, 1) {
                return .askClient(
                    comment:
                        "La consommation correspondante (\(consumption) m³ en \(days) jours) dépasse dix fois "
                        + "votre consommation habituelle (environ \(Int(usual.rounded())) m³ sur la même durée). "
                        + "Merci de confirmer votre index et de vérifier l'absence de fuite.")
            }
        }
        return .close(comment: "Relevé intégré à votre historique.")
    }

    /// Consumption between the last index and the new one; after a rollover the meter passed
    /// its maximum (the next power of ten above the last index).
    public static func consumptionSince(lastIndex: Int, nouvelIndex: Int, rollover: Bool) -> Int {
        guard rollover, nouvelIndex < lastIndex else { return nouvelIndex - lastIndex }
        var modulus = 10
        while modulus <= lastIndex { modulus *= 10 }
        return nouvelIndex + modulus - lastIndex
    }

    /// The average consumption per day over the history (m³/day), or `nil` when the history
    /// spans no time or holds no consumption.
    public static func averageDailyConsumption(_ history: [Releve]) -> Double? {
        let dates = history.compactMap(\.dateNouvelIndex)
        guard let first = dates.min(), let last = dates.max(), last > first else { return nil }
        let earliest = history.first { $0.dateNouvelIndex == first }
        let total = history.filter { $0 != earliest }.compactMap(\.consommation).reduce(0, +)
        guard total > 0 else { return nil }
        return Double(total) / (last.timeIntervalSince(first) / 86_400)
    }

    private static func frenchDay(_ date: Date) -> String {
        let fields = OmegaDate.localFields(of: date)
        let day = fields.day < 10 ? "0\(fields.day)" : "\(fields.day)"
        let month = fields.month < 10 ? "0\(fields.month)" : "\(fields.month)"
        return "\(day)/\(month)/\(fields.year)"
    }
}
