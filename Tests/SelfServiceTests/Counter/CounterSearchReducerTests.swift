import Foundation
import JSONAPI
import Testing

@testable import SelfService

@Suite("Subscriber search view-model")
struct CounterSearchReducerTests {
    static func row(_ number: String) -> SubscriberSearchResult {
        SubscriberSearchResult(
            pconsoId: "p\(number)", contratId: "c\(number)", numeroContrat: number, personneId: "n\(number)",
            nom: "NOM \(number)", adresse: "1 rue \(number)", numeroSerieCompteur: "M\(number)")
    }

    @Test("submit asks for page 1 of the typed search, the answer fills the table and focuses it")
    func submitAndAnswer() {
        var state = SubscriberSearchState()
        _ = reduceSubscriberSearch(&state, .setText(" 343025705 "))
        let effects = reduceSubscriberSearch(&state, .submit)
        let request = SubscriberSearchRequest(kind: .contractNumber, text: " 343025705 ", page: 1)
        #expect(effects == [.search(request)])
        #expect(state.isSearching)
        let page = SubscriberSearchPage(
            results: [Self.row("1"), Self.row("2")], number: 1, total: 45, hasNext: true)
        _ = reduceSubscriberSearch(&state, .searchFinished(request, .success(page)))
        #expect(!state.isSearching)
        #expect(state.page?.total == 45)
        #expect(state.page?.pageCount == 3)
        #expect(state.focus == .results)
        #expect(state.selectedResult == Self.row("1"))
    }

    @Test("paging asks for the next and previous pages of the same search")
    func paging() {
        var state = SubscriberSearchState()
        _ = reduceSubscriberSearch(&state, .setKind(.nameBegins))
        _ = reduceSubscriberSearch(&state, .setText("MAR"))
        _ = reduceSubscriberSearch(&state, .submit)
        let first = SubscriberSearchRequest(kind: .nameBegins, text: "MAR")
        _ = reduceSubscriberSearch(
            &state,
            .searchFinished(
                first, .success(.init(results: [Self.row("1")], number: 1, total: 30, hasNext: true))))
        #expect(reduceSubscriberSearch(&state, .previousPage).isEmpty)
        let second = SubscriberSearchRequest(kind: .nameBegins, text: "MAR", page: 2)
        #expect(reduceSubscriberSearch(&state, .nextPage) == [.search(second)])
        _ = reduceSubscriberSearch(
            &state,
            .searchFinished(
                second, .success(.init(results: [Self.row("2")], number: 2, total: 30, hasNext: false))))
        #expect(reduceSubscriberSearch(&state, .nextPage).isEmpty)
        #expect(reduceSubscriberSearch(&state, .previousPage) == [.search(first)])
    }

    @Test("an answer to an older search is ignored")
    func staleAnswer() {
        var state = SubscriberSearchState()
        _ = reduceSubscriberSearch(&state, .setText("1"))
        _ = reduceSubscriberSearch(&state, .submit)
        _ = reduceSubscriberSearch(&state, .setText("2"))
        _ = reduceSubscriberSearch(&state, .submit)
        let old = SubscriberSearchRequest(kind: .contractNumber, text: "1")
        _ = reduceSubscriberSearch(
            &state,
            .searchFinished(
                old, .success(.init(results: [Self.row("1")], number: 1, total: 1, hasNext: false))))
        #expect(state.page == nil)
        #expect(state.isSearching)
    }

    @Test("an empty search is refused without a request")
    func emptySearch() {
        var state = SubscriberSearchState()
        _ = reduceSubscriberSearch(&state, .setText("   "))
        #expect(reduceSubscriberSearch(&state, .submit).isEmpty)
        #expect(state.failure?.kind == .validation)
    }

    @Test("selection is clamped; opening gives the selected row; reset clears everything")
    func selectOpenReset() {
        var state = SubscriberSearchState()
        _ = reduceSubscriberSearch(&state, .setText("x"))
        _ = reduceSubscriberSearch(&state, .submit)
        let request = SubscriberSearchRequest(kind: .contractNumber, text: "x")
        let rows = [Self.row("1"), Self.row("2"), Self.row("3")]
        _ = reduceSubscriberSearch(
            &state,
            .searchFinished(request, .success(.init(results: rows, number: 1, total: 3, hasNext: false))))
        _ = reduceSubscriberSearch(&state, .moveSelection(10))
        #expect(state.selection == 2)
        _ = reduceSubscriberSearch(&state, .moveSelection(-1))
        #expect(reduceSubscriberSearch(&state, .openSelected) == [.open(rows[1])])
        #expect(state.opened == rows[1])
        _ = reduceSubscriberSearch(&state, .reset)
        #expect(state == SubscriberSearchState())
    }

    @Test("the kind selector cycles, and the town field is reached by Tab only for street searches")
    func kindsAndFocus() {
        var state = SubscriberSearchState()
        _ = reduceSubscriberSearch(&state, .previousKind)
        #expect(state.kind == .streetAndTown)
        _ = reduceSubscriberSearch(&state, .focusNext)
        #expect(state.focus == .town)
        _ = reduceSubscriberSearch(&state, .nextKind)
        #expect(state.kind == .contractNumber)
        #expect(state.focus == .text)
        _ = reduceSubscriberSearch(&state, .focusNext)
        #expect(state.focus == .text)
    }

    @Test("each kind filters server-side on the documented dotted paths, 20 a page")
    func queries() {
        func items(_ kind: SubscriberSearchKind, _ text: String, town: String = "") -> Set<String> {
            Set(
                SubscriberSearchRequest(kind: kind, text: text, town: town, page: 2).query.queryString
                    .split(separator: "&").map(String.init))
        }
        #expect(
            items(.contractNumber, "343025705").contains(
                "filter%5Bcontratactif.numcontrat%5D%5Beq%5D=343025705"))
        #expect(items(.nameBegins, "Mar").contains("filter%5Bcontratactif.occupant.nom%5D%5Bbegin%5D=Mar"))
        #expect(items(.nameBegins, "Mar").contains("filter%5Boptions%5D%5Bcase_sensitive%5D=false"))
        // Typed wildcards are dropped: "ar%" must not match every name.
        #expect(items(.nameContains, "ar%").contains("filter%5Bcontratactif.occupant.nom%5D%5Blike%5D=ar"))
        #expect(items(.meterSerial, "M12").contains("filter%5Bcompteur.numserie%5D%5Beq%5D=M12"))
        let street = items(.streetAndTown, "Gambetta", town: "Alès")
        #expect(street.contains("filter%5Bpdessadr.voie.nomvoie%5D%5Blike%5D=Gambetta"))
        #expect(street.contains("filter%5Bpdessadr.voie.commune.nom%5D%5Bbegin%5D=Al%C3%A8s"))
        #expect(items(.contractNumber, "1").contains("page=2"))
    }
}
