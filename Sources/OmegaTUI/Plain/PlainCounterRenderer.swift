import Foundation
import SelfService

/// The counter in plain mode: the search (criterion, text, results as numbered choices),
/// then the opened subscriber's own screens under the counter's line, and the idle warning.
public enum PlainCounterRenderer {
    /// The frame of `state`.
    public static func frame(_ state: CounterState, today: Date) -> PlainFrame<CounterAction> {
        let strings = Strings(language: state.language)
        var frame: PlainFrame<CounterAction>
        if let app = state.app {
            frame = PlainAppRenderer.frame(app, today: today).map(CounterAction.app)
            let header = CounterHeader.text(agent: state.agent, subject: state.subject, strings: strings)
            frame.sections.insert(PlainSection("counter", [header]), at: 0)
        } else {
            frame = searchFrame(state, strings: strings)
        }
        if state.warningSeconds != nil {
            frame.sections.append(
                PlainSection(
                    "idle", [strings(plain: .idleWarning, String(Int(state.idle.warningLead)))], isAlert: true
                ))
        }
        return frame
    }

    private static func searchFrame(_ state: CounterState, strings: Strings) -> PlainFrame<CounterAction> {
        let search = state.search
        var sections = [
            PlainSection("counter", [strings(.counterDesk, state.agent)]),
            PlainSection(
                "kind", [strings(plain: .labelled, strings[.counterKindLabel], strings.label(search.kind))]),
        ]
        if search.isSearching {
            sections.append(PlainSection("status", [strings[.counterSearching]]))
        } else if let failure = search.failure {
            sections.append(
                PlainSection("status", [strings(plain: .errorLine, strings.failure(failure))], isAlert: true))
        } else if let page = search.page {
            let status = CounterSearchScreen.status(of: page, strings: strings)
            sections.append(
                PlainSection("status", [page.results.isEmpty ? strings[.counterNoResult] : status]))
        }
        var choices: [PlainChoice<CounterAction>] = []
        for (row, result) in (search.page?.results ?? []).enumerated() {
            let contract = result.numeroContrat.isEmpty ? strings[.counterNoContract] : result.numeroContrat
            var parts = [contract, result.nom, result.adresse]
            if let meter = result.numeroSerieCompteur {
                parts.append(strings(plain: .labelled, strings[.dashMeter], meter))
            }
            let open: [CounterAction] =
                result.contratId == nil
                ? [] : [.search(.moveSelection(row - search.selection)), .search(.openSelected)]
            choices.append(
                PlainChoice("\(row + 1)", parts.filter { !$0.isEmpty }.joined(separator: " — "), send: open))
        }
        if search.page != nil {
            choices.append(PlainChoice("n", strings[plain: .newSearch], send: [.search(.focus(.text))]))
        }
        if search.page?.hasNext == true {
            choices.append(PlainChoice("s", strings[plain: .nextPage], send: [.search(.nextPage)]))
        }
        if (search.page?.number ?? 1) > 1 {
            choices.append(PlainChoice("p", strings[plain: .previousPage], send: [.search(.previousPage)]))
        }
        choices.append(
            PlainChoice(
                "k", strings(plain: .nextKind, strings.label(search.kind.next)),
                send: [.search(.nextKind), .search(.focus(.text))]))
        choices.append(PlainChoice("q", strings[.counterKeyQuit], send: [.quit]))
        return PlainFrame(
            title: strings[.counterSearchTitle], sections: sections, choices: choices,
            prompt: prompt(search, strings: strings))
    }

    private static func prompt(_ search: SubscriberSearchState, strings: Strings) -> PlainPrompt<
        CounterAction
    > {
        if search.isSearching { return .waiting }
        switch search.focus {
        case .results:
            return .choice
        case .text:
            let label = search.kind.needsTown ? strings[.counterStreetLabel] : strings.label(search.kind)
            let next: CounterAction = search.kind.needsTown ? .search(.focus(.town)) : .search(.submit)
            return .field(
                PlainField(id: "search-text-\(search.kind)", label: label, value: search.text) { answer in
                    (answer.isEmpty ? [] : [.search(.setText(answer))]) + [next]
                })
        case .town:
            return .field(
                PlainField(id: "search-town", label: strings[.counterTownLabel], value: search.town) {
                    answer in
                    (answer.isEmpty ? [] : [.search(.setTown(answer))]) + [.search(.submit)]
                })
        }
    }
}
