import Foundation

extension PayableInvoice {
    /// Instalments dated one month apart from the invoice's due date (Omega gives amounts and
    /// references, not dates; the sandbox grants them on those dates): a date the server gave
    /// is kept.
    public static func dated(_ instalments: [Instalment], from dueDate: Date?) -> [Instalment] {
        guard let dueDate else { return instalments }
        return instalments.enumerated().map { index, instalment in
            var dated = instalment
            if dated.dueDate == nil {
                dated.dueDate = Formatting.calendar.date(byAdding: .month, value: index, to: dueDate)
            }
            return dated
        }
    }

    /// Whether the invoice may be paid in instalments.
    public var allowsInstalments: Bool { instalments.count >= 2 }

    /// The instalments of a payment in `count` times: the invoice's own (three), or the
    /// first and the rest (two).
    public func plan(count: Int) -> [Instalment] {
        let dated = Self.dated(instalments, from: dueDate)
        guard count == 2, dated.count > 2 else { return dated }
        var rest = dated[1]
        rest.amount = netAPayer - dated[0].amount
        return [dated[0], rest]
    }

    /// Whether the invoice is past its due date on `day` (Europe/Paris) and still unpaid.
    public func isLate(on day: Date) -> Bool {
        guard netAPayer > 0, let dueDate else { return false }
        return dueDate < Formatting.calendar.startOfDay(for: day)
    }
}
