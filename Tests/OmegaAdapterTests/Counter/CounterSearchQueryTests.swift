import JSONAPI
import OmegaAdapter
import SelfService
import Testing

@Suite("Counter search query (partner/pconso)")
struct CounterSearchQueryTests {
    @Test("each kind filters server-side on the documented dotted paths, 20 a page")
    func queries() {
        func items(_ kind: SubscriberSearchKind, _ text: String, town: String = "") -> Set<String> {
            let request = SubscriberSearchRequest(kind: kind, text: text, town: town, page: 2)
            return Set(
                PartnerCounterDirectory.query(request).queryString.split(separator: "&").map(String.init))
        }
        #expect(
            items(.contractNumber, "343025705").contains(
                "filter%5Bcontratactif.numcontrat%5D%5Beq%5D=343025705"))
        #expect(items(.nameBegins, "Mar").contains("filter%5Bcontratactif.occupant.nom%5D%5Bbegin%5D=Mar"))
        #expect(items(.nameBegins, "Mar").contains("filter%5Boptions%5D%5Bcase_sensitive%5D=false"))
        // Typed wildcards are dropped: "ar%" must not match every name.
        #expect(items(.nameContains, "ar%").contains("filter%5Bcontratactif.occupant.nom%5D%5Blike%5D=ar"))
        #expect(items(.meterSerial, "M12").contains("filter%5Bor%5D%5Bcompteur.numserie%5D%5Bbegin%5D=M12"))
        #expect(items(.meterSerial, "M12").contains("filter%5Bor%5D%5Bcompteur.numserie%5D%5Bend%5D=M12"))
        let street = items(.streetAndTown, "Gambetta", town: "Alès")
        #expect(street.contains("filter%5Bpdessadr.voie.nomvoie%5D%5Blike%5D=Gambetta"))
        #expect(street.contains("filter%5Bpdessadr.voie.commune.nom%5D%5Bbegin%5D=Al%C3%A8s"))
        #expect(items(.contractNumber, "1").contains("page=2"))
    }
}
