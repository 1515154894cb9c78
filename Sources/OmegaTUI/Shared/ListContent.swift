import Foundation
import SelfService
import TerminalUI

/// The rows of each list as shown (one string per column), the selection the view-model
/// holds for it, and the filter applied: shared by the screens and the key mapper so that a
/// key moves through exactly the rows on screen.
public struct ListContent {
    /// The list.
    public let list: ListID
    /// Every row loaded, in view-model order.
    public let rows: [[String]]
    /// Indices into `rows` of the rows shown (all of them without a filter).
    public let visible: [Int]
    /// The view-model's selected row (index into `rows`).
    public let selection: Int

    /// The content of `list` in `state`, filtered by `filter`.
    public init(_ list: ListID, state: AppState, strings: Strings, filter: String = "", today: Date) {
        self.list = list
        let rows = Self.rows(of: list, state: state, strings: strings, today: today)
        self.rows = rows
        selection = Self.selection(of: list, in: state)
        let needle = filter.trimmingCharacters(in: .whitespaces)
        if needle.isEmpty || !list.isFilterable {
            visible = Array(rows.indices)
        } else {
            visible = rows.indices.filter { index in
                rows[index].joined(separator: " ").range(
                    of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
        }
    }

    /// The selected row's position among the visible rows (0 when it is filtered out).
    public var visibleSelection: Int { visible.firstIndex(of: selection) ?? 0 }

    /// The view-model row shown at visible position `position` (clamped), if any row shows.
    public func row(atVisible position: Int) -> Int? {
        guard !visible.isEmpty else { return nil }
        return visible[min(max(0, position), visible.count - 1)]
    }

    /// The list shown on `screen`, if any.
    public static func list(on screen: Screen) -> ListID? {
        switch screen {
        case .releves: return .readings
        case .factures: return .invoices
        case .demandes: return .requests
        case .messages: return .messages
        case .choixContrat: return .contracts
        case .nouvelleDemande(.menu): return .newRequestMenu
        default: return nil
        }
    }

    static func selection(of list: ListID, in state: AppState) -> Int {
        switch list {
        case .readings: return state.readings.list.selection
        case .invoices: return state.invoices.list.selection
        case .requests: return state.requests.list.selection
        case .messages: return state.messages.selection
        case .contracts: return state.contracts.highlighted
        case .newRequestMenu: return state.newRequest.highlighted
        }
    }

    static func rows(of list: ListID, state: AppState, strings: Strings, today: Date) -> [[String]] {
        switch list {
        case .readings:
            let overconsumed = Set(state.readings.periods.filter(\.isOverconsumption).map(\.readingId))
            let insight = Dictionary(
                state.consumptionInsight.periods.map { ($0.readingId, $0) },
                uniquingKeysWith: { first, _ in first })
            return state.readings.list.items.map { reading in
                readingRow(
                    reading, overconsumed: overconsumed.contains(reading.id), insight: insight[reading.id],
                    strings: strings)
            }
        case .invoices:
            let invoices = state.invoices.list.items
            return invoices.map { invoice in
                [
                    InvoicesScreen.number(of: invoice, among: invoices), strings.date(invoice.date),
                    strings.date(invoice.dueDate),
                    invoice.volume.map { Formatting.number($0, in: strings.language) } ?? "—",
                    strings.amount(invoice.montantTTC), InvoicesScreen.netText(of: invoice, strings: strings),
                    InvoicesScreen.statusText(of: invoice, today: today, strings: strings),
                ]
            }
        case .requests:
            return state.requests.list.items.map { request in
                [
                    request.id,
                    request.title.isEmpty ? strings.label(request.code) : request.title,
                    request.date.map { strings.dateTime($0) } ?? "—",
                    strings.label(request.origin, short: true), strings.label(request.status),
                ]
            }
        case .messages:
            return state.messages.items.map { message in [strings.date(message.from), message.title] }
        case .contracts:
            return state.contracts.items.map { contract in
                [
                    contract.numeroContrat, contract.adresse, contract.numeroSerieCompteur ?? "—",
                    contract.actif ? strings[.pickerActive] : strings[.pickerInactive],
                ]
            }
        case .newRequestMenu:
            return state.newRequest.kinds.map { [strings.label($0, mode: state.mode)] }
        }
    }

    private static func readingRow(
        _ reading: ReadingRecord, overconsumed: Bool, insight: PeriodInsight?, strings: Strings
    ) -> [String] {
        var flags: [String] = []
        if reading.rollover { flags.append(strings[.flagRollover]) }
        if reading.leak { flags.append(strings[.flagLeak]) }
        if overconsumed { flags.append(strings[.flagOverconsumption]) }
        if insight?.isLeakSuspected == true { flags.append(strings[.flagLeakSuspected]) }
        return [
            strings.date(reading.date), strings.number(reading.index),
            reading.consumption.map { strings.volume($0) } ?? "—",
            insight.map { strings.number($0.litresPerDay) } ?? "—", strings.label(reading.kind),
            flags.joined(separator: ", "),
        ]
    }
}
