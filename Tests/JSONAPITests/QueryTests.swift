import Foundation
import JSONAPI
import Testing

@Suite("Query builder")
struct QueryTests {
    struct OperatorCase: Sendable, CustomTestStringConvertible {
        let filter: Filter
        let expected: String
        var testDescription: String { filter.op.rawValue }
    }

    static let operatorCases: [OperatorCase] = [
        OperatorCase(filter: Filter("nom", .eq, ["DUPONT"]), expected: "filter%5Bnom%5D%5Beq%5D=DUPONT"),
        OperatorCase(filter: Filter("ni", .eqn, ["1234"]), expected: "filter%5Bni%5D%5Beqn%5D=1234"),
        OperatorCase(filter: Filter("nom", .neq, ["DUPONT"]), expected: "filter%5Bnom%5D%5Bneq%5D=DUPONT"),
        OperatorCase(filter: Filter("ni", .neqn, ["0"]), expected: "filter%5Bni%5D%5Bneqn%5D=0"),
        OperatorCase(filter: Filter("nom", .gt, ["M"]), expected: "filter%5Bnom%5D%5Bgt%5D=M"),
        OperatorCase(filter: Filter("ni", .gtn, ["100"]), expected: "filter%5Bni%5D%5Bgtn%5D=100"),
        OperatorCase(
            filter: Filter("dateni", .gte, ["2024-01-01 00:00:00"]),
            expected: "filter%5Bdateni%5D%5Bgte%5D=2024-01-01%2000%3A00%3A00"),
        OperatorCase(filter: Filter("ttc", .gten, ["73.42"]), expected: "filter%5Bttc%5D%5Bgten%5D=73.42"),
        OperatorCase(filter: Filter("nom", .lt, ["M"]), expected: "filter%5Bnom%5D%5Blt%5D=M"),
        OperatorCase(filter: Filter("ni", .ltn, ["-5"]), expected: "filter%5Bni%5D%5Bltn%5D=-5"),
        OperatorCase(
            filter: Filter("dateni", .lte, ["2024-12-31"]), expected: "filter%5Bdateni%5D%5Blte%5D=2024-12-31"
        ),
        OperatorCase(filter: Filter("ni", .lten, ["99"]), expected: "filter%5Bni%5D%5Blten%5D=99"),
        OperatorCase(
            filter: Filter("nom", .like, ["%DUP%"]), expected: "filter%5Bnom%5D%5Blike%5D=%25DUP%25"),
        OperatorCase(
            filter: Filter("enum_crlv", .in, ["REEL", "ESTIME"]),
            expected: "filter%5Benum_crlv%5D%5Bin%5D=REEL,ESTIME"),
        OperatorCase(
            filter: Filter("req_status", .nin, ["CLOSED", "REFUSED"]),
            expected: "filter%5Breq_status%5D%5Bnin%5D=CLOSED,REFUSED"),
        OperatorCase(filter: Filter("mail", .empty), expected: "filter%5Bmail%5D%5Bempty%5D=1"),
        OperatorCase(filter: Filter("mail", .nempty), expected: "filter%5Bmail%5D%5Bnempty%5D=1"),
        OperatorCase(
            filter: Filter("consorlv", .between, ["10", "20.5"]),
            expected: "filter%5Bconsorlv%5D%5Bbetween%5D=10,20.5"),
        OperatorCase(
            filter: Filter("numcontrat", .begin, ["3430"]), expected: "filter%5Bnumcontrat%5D%5Bbegin%5D=3430"
        ),
        OperatorCase(
            filter: Filter("numcontrat", .end, ["705"]), expected: "filter%5Bnumcontrat%5D%5Bend%5D=705"),
    ]

    @Test(arguments: operatorCases)
    func queryStringOfEveryOperator(_ testCase: OperatorCase) throws {
        let query = Query(filters: [testCase.filter])
        #expect(query.queryString == testCase.expected)
        #expect(try Query.parse(query.queryString) == query)
    }

    @Test func everyOperatorIsCovered() {
        #expect(Set(Self.operatorCases.map(\.filter.op)) == Set(FilterOperator.allCases))
        #expect(FilterOperator.allCases.count == 20)
    }

    @Test func orGroupAndOptions() throws {
        let query = Query(
            filters: [
                Filter("contratActif.occupant.nom", .like, ["DUP"], or: true),
                Filter("compteur.numeroSerie", .eq, ["A12"], or: true),
            ],
            filterOptions: FilterOptions(mode: .eq, caseSensitive: false, andor: .and))
        #expect(
            query.queryString
                == "filter%5Bor%5D%5BcontratActif.occupant.nom%5D%5Blike%5D=DUP"
                + "&filter%5Bor%5D%5Bcompteur.numeroSerie%5D%5Beq%5D=A12"
                + "&filter%5Boptions%5D%5Bmode%5D=eq&filter%5Boptions%5D%5Bcase_sensitive%5D=false"
                + "&filter%5Boptions%5D%5Bandor%5D=and")
        #expect(try Query.parse(query.queryString) == query)
    }

    @Test func dottedPathsStayReadable() {
        let query = Query(filters: [.eq("adresseDesserte.voie.commune.nom", "ALES")])
        #expect(query.queryString == "filter%5BadresseDesserte.voie.commune.nom%5D%5Beq%5D=ALES")
        #expect(query.queryItems.map(\.name) == ["filter[adresseDesserte.voie.commune.nom][eq]"])
    }

    @Test func includeFieldsSortAndOffsetPage() throws {
        let query = Query(
            include: ["contfact.contrat", "occupant"],
            fields: ["Partner_Facture": ["nofacture", "ttc"], "Partner_Contrat": ["numcontrat"]],
            sort: [.descending("dateni"), .ascending("nom")],
            page: .offset(offset: 21, limit: 20))
        #expect(
            query.queryString
                == "include=contfact.contrat,occupant&fields%5BPartner_Contrat%5D=numcontrat"
                + "&fields%5BPartner_Facture%5D=nofacture,ttc&sort=-dateni,nom"
                + "&page%5Boffset%5D=21&page%5Blimit%5D=20")
        #expect(try Query.parse(query.queryString) == query)
    }

    @Test func pageNumber() throws {
        let query = Query(page: .number(2))
        #expect(query.queryString == "page=2")
        #expect(try Query.parse("page=2") == query)
    }

    @Test func queryItemsAreDecoded() {
        let query = Query(sort: [.descending("dateni")], filters: [.in("enum_crlv", ["REEL", "ESTIME"])])
        let items = query.queryItems.map { "\($0.name)=\($0.value)" }
        #expect(items == ["sort=-dateni", "filter[enum_crlv][in]=REEL,ESTIME"])
    }

    @Test func reservedCharactersInValuesAreEncoded() throws {
        let query = Query(
            filters: [
                .eq("nom", "A&B=C+D, É/é ?#[x]"),
                .in("code", ["a,b", "c d"]),
                .between("dateni", "2024-01-01 00:00:00", "2024-12-31 23:59:59"),
            ],
            parameters: [Query.Parameter(name: "dryRun", value: "oui & non")])
        #expect(
            query.queryString
                == "filter%5Bnom%5D%5Beq%5D=A%26B%3DC%2BD%2C%20%C3%89%2F%C3%A9%20%3F%23%5Bx%5D"
                + "&filter%5Bcode%5D%5Bin%5D=a%2Cb,c%20d"
                + "&filter%5Bdateni%5D%5Bbetween%5D=2024-01-01%2000%3A00%3A00,2024-12-31%2023%3A59%3A59"
                + "&dryRun=oui%20%26%20non")
        #expect(try Query.parse(query.queryString) == query)
    }

    @Test func scalarFilterValuesUseOmegaWireForm() throws {
        let date = try #require(OmegaDate.date(year: 2024, month: 7, day: 1, hour: 12))
        #expect(Filter("dateni", .gte, date).values == ["2024-07-01 12:00:00"])
        #expect(Filter("ttc", .gten, try #require(Decimal(string: "73.42"))).values == ["73.42"])
        #expect(Filter("actif", .eq, true).values == ["1"])
        #expect(Filter("ni", .eqn, 1234).values == ["1234"])
    }

    @Test func emptyQuery() throws {
        #expect(Query().queryString == "")
        #expect(Query().isEmpty)
        #expect(try Query.parse("") == Query())
        #expect(try Query.parse("?") == Query())
    }

    @Test func parseAcceptsWhatOtherClientsSend() throws {
        let query = try Query.parse(
            "?filter[nom][like]=DUP+ONT&page[offset]=1&page[limit]=5&include=a,b&&sort=-x")
        #expect(query.filters == [Filter("nom", .like, ["DUP ONT"])])
        #expect(query.page == .offset(offset: 1, limit: 5))
        #expect(query.include == ["a", "b"])
        #expect(query.sort == [.descending("x")])
        #expect(try Query.parse("page%5Boffset%5D=41").page == .offset(offset: 41, limit: 20))
        #expect(try Query.parse("filter[nom][eq]=a,b").filters == [Filter("nom", .eq, ["a,b"])])
    }

    @Test(arguments: [
        "filter[nom][contains]=x", "filter[nom]=x", "filter=x", "filter[options][colour]=red",
        "filter[options][case_sensitive]=maybe", "filter[options][andor]=xor", "filter[options][mode]=near",
        "page=two", "page[offset]=-1", "page[size]=10", "fields=a", "fields[a][b]=c", "filter[x][between]=1",
        "filter[x][eq]=%ZZ", "include=%E9",
    ])
    func malformedQueriesAreRejected(_ text: String) {
        #expect(throws: QueryParseError.self) { try Query.parse(text) }
    }

    @Test func parseErrorNamesTheParameter() {
        let error = #expect(throws: QueryParseError.self) {
            try Query.parse("sort=x&filter[nom][contains]=y")
        }
        #expect(error?.parameter == "filter[nom][contains]")
        #expect(error?.description.contains("contains") == true)
    }

    @Test func fullQueryRoundTrips() throws {
        let query = Query(
            include: ["compteur", "contratActif.occupant"],
            fields: ["Partner_Pconso": ["numpconso", "etage"]],
            sort: [.descending("dateni")],
            page: .offset(offset: 1, limit: 50),
            filters: [
                .eq("contrat_id", "21556"), Filter("dateni", .between, ["2023-01-01", "2023-12-31"]),
                .empty("comlib"), .nin("enum_crlv", ["ESTIME"]).inOrGroup(),
            ],
            filterOptions: FilterOptions(caseSensitive: true),
            parameters: [Query.Parameter(name: "lang", value: "fr")])
        #expect(try Query.parse(query.queryString) == query)
        #expect(try Query.parse("?" + query.queryString) == query)
    }
}
