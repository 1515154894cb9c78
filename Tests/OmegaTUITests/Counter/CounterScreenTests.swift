import Foundation
import SelfService
import SelfServiceTestSupport
import TerminalUI
import Testing

@testable import OmegaTUI

@Suite("Counter screens (grid canvas, 80x24)")
@MainActor
struct CounterScreenTests {
    static let strings = Strings(language: .fr)

    static func row(_ index: Int) -> SubscriberSearchResult {
        SubscriberSearchResult(
            pconsoId: "p\(index)", contratId: "c\(index)",
            numeroContrat: "3430257\(String(format: "%02d", index))",
            personneId: "n\(index)", nom: "MARTIN Élise \(index)",
            adresse: "\(index) rue Gambetta, 30100 Alès",
            numeroSerieCompteur: "M18-\(index)")
    }

    /// The search's state after `actions`, through its reducer.
    static func search(_ actions: [SubscriberSearchAction]) -> SubscriberSearchState {
        var state = SubscriberSearchState()
        let context = Fixtures.context()
        for action in actions { _ = SubscriberSearchFeature.reduce(&state, action, context) }
        return state
    }

    /// A state after a search by name that found `total` matches, page 1 shown.
    static func searched(total: Int) -> SubscriberSearchState {
        let rows = (1...min(total, 20)).map(row)
        let page = SubscriberSearchPage(results: rows, number: 1, total: total, hasNext: total > 20)
        return search([
            .setKind(.nameBegins), .setText("mart"), .submit,
            .searchFinished(SubscriberSearchRequest(kind: .nameBegins, text: "mart"), .success(page)),
        ])
    }

    func render(_ state: SubscriberSearchState, editors: CounterSearchEditors = CounterSearchEditors())
        -> GridCanvas
    {
        let canvas = GridCanvas(columns: 80, rows: 24)
        CounterSearchScreen.render(
            state, editors: editors, agent: "agent.dupont", strings: Self.strings, on: canvas)
        return canvas
    }

    @Test("before a search: header, criterion, empty field, a hint and the key bar")
    func emptySearch() {
        let canvas = render(SubscriberSearchState())
        #expect(canvas.rows[0].hasPrefix(" Guichet — agent agent.dupont"))
        #expect(!canvas.rows[0].contains("pour"))
        #expect(canvas.text.contains("Rechercher un abonné"))
        #expect(canvas.text.contains("‹ N° de contrat ›"))
        #expect(canvas.text.contains("Saisissez la recherche puis Entrée"))
        #expect(canvas.rows[23].contains("Rechercher"))
        #expect(canvas.rows[23].contains("F2"))
        #expect(canvas.cursor?.row == 4)
    }

    @Test("results: total and page, aligned columns, the first row selected")
    func results() throws {
        let canvas = render(Self.searched(total: 45))
        // 45 rows over three pages: contracts, counted as such (a person may hold several).
        #expect(canvas.text.contains("45 contrats — page 1/3"))
        let header = try #require(canvas.rows.first { $0.contains("Contrat") && $0.contains("Compteur") })
        #expect(header.contains("Nom"))
        #expect(header.contains("Adresse"))
        let first = try #require(canvas.find("343025701"))
        #expect(canvas.rows[first.row].contains("MARTIN Élise 1"))
        #expect(canvas.rows[first.row].contains("M18-1"))
        #expect(canvas.style(at: first)?.role == .selected)
        #expect(canvas.rows[23].contains("Ouvrir"))
        #expect(canvas.rows[23].contains("Pages"))
    }

    @Test("one result says so; none says no subscriber matches")
    func oneAndNone() {
        #expect(render(Self.searched(total: 1)).text.contains("1 abonné"))
        #expect(!render(Self.searched(total: 1)).text.contains("page 1/1"))
        let none = Self.search([
            .setText("999"), .submit,
            .searchFinished(
                SubscriberSearchRequest(kind: .contractNumber, text: "999"),
                .success(SubscriberSearchPage(results: [], number: 1, total: 0, hasNext: false))),
        ])
        #expect(render(none).text.contains("Aucun abonné ne correspond."))
    }

    @Test("street searches show the town field")
    func streetAndTown() {
        let text = render(Self.search([.setKind(.streetAndTown)])).text
        #expect(text.contains("Rue"))
        #expect(text.contains("Commune"))
        #expect(text.contains("‹ Rue et commune ›"))
    }

    @Test("typing, Enter, then Enter on the first row: the keys search then open it")
    func keys() async throws {
        let driver = CounterDriver(
            directory: FakeCounterDirectory(results: [Self.row(1)], subscriber: TestData.subscriber()))
        driver.type("343025701")
        #expect(driver.state.search.text == "343025701")
        driver.press(.enter)
        let request = SubscriberSearchRequest(kind: .contractNumber, text: "343025701")
        #expect(driver.state.search.request == request)
        #expect(driver.state.search.isSearching)
        try await driver.run(until: { $0.search.page != nil }, "the results")
        #expect(driver.state.search.page?.results == [Self.row(1)])
        #expect(driver.state.search.focus == .results)
        // F2 changes the criterion whatever has the focus; letters on the table do nothing.
        driver.press(.character("q"))
        #expect(driver.state.search.text == "343025701")
        #expect(!driver.state.hasQuit)
        driver.press(.function(2))
        #expect(driver.state.search.kind == .nameBegins)
        driver.press(.enter)
        #expect(driver.state.subject == CounterSubject(Self.row(1)))
        try await driver.run(until: { $0.app?.isOnLoadedAccueil == true }, "the subscriber opened")
    }

    @Test("the header names the agent and the subscriber, shortened on narrow screens")
    func header() {
        let subject = CounterSubject(
            contratId: "c1", numeroContrat: "343025705", pconsoId: "p1", personneId: "n1", nom: "DUPONT Marie"
        )
        let canvas = GridCanvas(columns: 80, rows: 24)
        CounterHeader.draw(
            agent: "agent.dupont", subject: subject, strings: Self.strings,
            in: ScreenLayout.header(canvas.size),
            on: canvas)
        #expect(canvas.rows[0].contains("Guichet — agent agent.dupont — pour DUPONT Marie, 343025705"))
        #expect(canvas.style(at: Point(column: 0, row: 0))?.role == .header)
        #expect(
            CounterHeader.text(agent: "a", subject: subject, strings: Strings(language: .en))
                == "Counter — agent a — for DUPONT Marie, 343025705")
        let narrow = GridCanvas(columns: 30, rows: 1)
        CounterHeader.draw(
            agent: "agent.dupont", subject: subject, strings: Self.strings, in: narrow.bounds, on: narrow)
        #expect(narrow.rows[0].hasPrefix(" Guichet — agent"))
        #expect(narrow.rows[0].contains("…"))
    }

    @Test("the idle warning shows the seconds left, and nothing when active")
    func idleWarning() {
        let canvas = render(Self.searched(total: 3))
        let before = canvas.text
        CounterIdleWarning.draw(.active, toSearch: true, strings: Self.strings, on: canvas)
        #expect(canvas.text == before)
        CounterIdleWarning.draw(.warning(remaining: 12), toSearch: true, strings: Self.strings, on: canvas)
        #expect(canvas.text.contains("Inactivité"))
        #expect(canvas.text.contains("12 s"))
    }

    @Test("a tiny window asks for a larger one instead of drawing the table")
    func tooSmall() {
        let canvas = GridCanvas(columns: 20, rows: 5)
        CounterSearchScreen.render(
            Self.searched(total: 3), editors: CounterSearchEditors(), agent: "a", strings: Self.strings,
            on: canvas)
        #expect(canvas.text.contains("Agrandissez"))
        #expect(!canvas.text.contains("343025701"))
    }
}
