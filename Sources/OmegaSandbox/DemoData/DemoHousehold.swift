import GRDB
import OmegaClient

/// How a household pays its invoices.
enum DemoPayment {
    case manual
    case directDebit
    case monthly
}

/// One consumption point being generated: where it is and what its meter is like.
struct DemoPoint {
    let id: String
    let communeIndex: Int
    let roundIndex: Int
    var meterId: String
    let isRadio: Bool
    let persons: Int
    let isBusiness: Bool
}

/// A contract being generated.
struct DemoContract {
    let id: String
    let numero: String
    let isSewerage: Bool
    let start: CivilDay
    let communeId: String
}

/// Households: a person, a service address (house or flat), a point, a meter, contracts,
/// then their readings and invoices.
extension DemoPopulation {
    /// Options that make a household special (the demo subscriber's).
    struct HouseholdOptions {
        var civilite: String?
        var prenom: String?
        var nom: String?
        var email: String?
        var communeIndex: Int?
        var years: Int?
        var flat: Bool?
        var numeroContrat: String?
        var payment: DemoPayment?
        var radio: Bool?
        var replacement: Bool?
        var sewerage: Bool?
        var lastInvoiceUnpaid: Bool?
    }

    /// Generates one household and returns its person id.
    @discardableResult
    func household(_ options: HouseholdOptions = HouseholdOptions()) throws -> String {
        let communeIndex = options.communeIndex ?? pickCommuneIndex()
        let isBusiness = options.civilite == nil && random.chance(0.04)
        let civilite =
            options.civilite ?? (isBusiness ? "SOC" : random.pick(["M", "MME", "M", "MME", "MMM"]))
        let (prenom, nom) = personName(civilite: civilite, options: options)
        let flat = options.flat ?? (!isBusiness && random.chance(0.3))
        let address = try serviceAddress(communeIndex: communeIndex, flat: flat)
        let personId = try writePerson(
            civilite: civilite, prenom: prenom, nom: nom, email: options.email, communeIndex: communeIndex,
            addressLine: address.line)
        let payment = options.payment ?? pickPayment()
        try point(
            for: personId, communeIndex: communeIndex, address: address, isBusiness: isBusiness,
            options: options,
            payment: payment)
        // Some subscribers hold a second contract (a garden meter, a second home).
        if options.email == nil, !isBusiness, random.chance(0.05) {
            let second = try serviceAddress(communeIndex: communeIndex, flat: false)
            var garden = HouseholdOptions()
            garden.sewerage = false
            try point(
                for: personId, communeIndex: communeIndex, address: second, isBusiness: false,
                options: garden,
                payment: payment, habitat: "JARD")
        }
        return personId
    }

    /// Another point for an existing person (the demo subscriber's second contract).
    func point(forExistingPerson personId: String, options: HouseholdOptions) throws {
        let communeIndex = options.communeIndex ?? pickCommuneIndex()
        let address = try serviceAddress(communeIndex: communeIndex, flat: options.flat ?? false)
        try point(
            for: personId, communeIndex: communeIndex, address: address, isBusiness: false, options: options,
            payment: options.payment ?? .manual)
    }

    private func pickPayment() -> DemoPayment {
        let draw = random.unit()
        return draw < 0.3 ? .directDebit : draw < 0.45 ? .monthly : .manual
    }

    private func personName(civilite: String, options: HouseholdOptions) -> (String?, String) {
        if civilite == "SOC" { return (nil, options.nom ?? random.pick(DemoNames.societes)) }
        let prenom =
            options.prenom
            ?? (civilite == "M" ? random.pick(DemoNames.prenomsHommes) : random.pick(DemoNames.prenomsFemmes))
        return (prenom, options.nom ?? random.pick(DemoNames.noms))
    }

    /// A house (new address) or a flat in the commune's current building (several points at
    /// one address).
    private func serviceAddress(
        communeIndex: Int, flat: Bool
    ) throws -> (id: String, line: String, etage: String?, appartement: String?) {
        var commune = communes[communeIndex]
        defer { communes[communeIndex] = commune }
        if flat, var building = commune.building, building.flatsLeft > 0 {
            building.flatsLeft -= 1
            building.nextFlat += 1
            commune.building = building
            let street = commune.streets[building.streetIndex]
            return (
                building.addressId, street.line(number: building.number), String(building.nextFlat / 4),
                String(building.nextFlat)
            )
        }
        let streetIndex = random.int(0...(commune.streets.count - 1))
        let number = (commune.nextNumberByStreet[streetIndex] ?? random.int(1...5)) + random.int(1...4)
        commune.nextNumberByStreet[streetIndex] = number
        let complement: String? = random.chance(0.04) ? "bis" : nil
        let addressId = nextId("pdessadr")
        try writer.insert(
            "pdessadr",
            [
                "pdessadr_id": addressId, "voie_id": commune.streets[streetIndex].id,
                "numvoirie": String(number),
                "cpltnumvoi": complement, "commune_id": commune.id,
            ])
        let numberText = complement.map { "\(number) \($0.uppercased())" } ?? String(number)
        let line = commune.streets[streetIndex].line(number: numberText)
        guard flat else { return (addressId, line, nil, nil) }
        commune.building = DemoBuilding(
            addressId: addressId, streetIndex: streetIndex, number: numberText, flatsLeft: random.int(1...11),
            nextFlat: 1)
        return (addressId, line, "0", "1")
    }

    private func writePerson(
        civilite: String, prenom: String?, nom: String, email: String?, communeIndex: Int, addressLine: String
    ) throws -> String {
        let commune = communes[communeIndex]
        let personId = nextId("personne")
        let mail =
            email
            ?? (random.chance(0.45)
                ? DemoNames.postal("\(prenom ?? "contact").\(nom)").lowercased().replacingOccurrences(
                    of: " ", with: "-")
                    + "\(random.int(1...99))@exemple.fr" : nil)
        try writer.insert(
            "personne",
            [
                "personne_id": personId, "enum_civ": civilite, "nompers": nom, "prenpers": prenom,
                "cpltnom": nil,
                "adrpers1": nil, "adrpers2": addressLine, "adrpers3": nil, "cppers": commune.codePostal,
                "villepers": commune.ville, "enum_paysr": "FR",
                "tel": random.chance(0.5) ? "04 66 \(digits(2)) \(digits(2)) \(digits(2))" : nil,
                "telmobile": random.chance(0.7)
                    ? "0\(random.int(6...7)) \(digits(2)) \(digits(2)) \(digits(2)) \(digits(2))" : nil,
                "teltravail": nil, "mail": mail, "actif": 1, "enum_ctier": "CTI01",
                "enum_natju": civilite == "SOC" ? "NJU02" : "NJU01", "commune_id": commune.id,
            ])
        return personId
    }

    /// The social landlord of a commune (one per commune, payer of some flats).
    private func landlord(communeIndex: Int) throws -> String {
        if let id = communes[communeIndex].landlordId { return id }
        let id = try writePerson(
            civilite: "SOC", prenom: nil, nom: "HLM LOGIS CEVENOL", email: "gestion@logis-cevenol.exemple.fr",
            communeIndex: communeIndex, addressLine: "1 PL DE LA MAIRIE")
        communes[communeIndex].landlordId = id
        return id
    }

    func digits(_ count: Int) -> String {
        (0..<count).map { _ in String(random.int(0...9)) }.joined()
    }

    /// A point with its meter and contracts, readings and invoices.
    private func point(
        for personId: String, communeIndex: Int,
        address: (id: String, line: String, etage: String?, appartement: String?),
        isBusiness: Bool, options: HouseholdOptions, payment: DemoPayment, habitat: String? = nil
    ) throws {
        let commune = communes[communeIndex]
        let years = options.years ?? random.int(3...15)
        let start = CivilDay(year: today.year - years, month: random.int(1...12), day: random.int(1...28))
        let isRadio = options.radio ?? random.chance(0.3)
        let pointId = nextId("pconso")
        let meterId = try writeMeter(
            communeIndex: communeIndex, year: start.year, isRadio: isRadio, active: true)
        let roundIndex = random.int(0...(commune.rounds.count - 1))
        communes[communeIndex].readingOrder += 1
        let isFlat = address.appartement != nil
        let redevableId =
            isFlat && options.email == nil && random.chance(0.3)
            ? try landlord(communeIndex: communeIndex) : personId
        try writer.insert(
            "pconso",
            [
                "pconso_id": pointId, "numpconso": "P\(commune.id)\(pointId)", "pdessadr_id": address.id,
                "compteur_id": meterId,
                "enum_thab": habitat ?? (isBusiness ? "COMM" : isFlat ? "APPT" : "MAIS"),
                "etage": address.etage,
                "numapt": address.appartement, "cpltadr": isFlat ? "Bât. A" : nil,
                "tournee_id": commune.rounds[roundIndex].id, "noordrlv": communes[communeIndex].readingOrder,
                "comlib": nil, "actif": 1, "datedeb": wire(start), "datefin": nil,
                "proprietaire_id": isFlat ? redevableId : personId, "commune_id": commune.id,
            ])
        var contracts = [
            DemoContract(
                id: nextId("contrat", start: 21_000), numero: options.numeroContrat ?? nextContractNumber(),
                isSewerage: false, start: start, communeId: commune.id)
        ]
        if options.sewerage ?? random.chance(0.3) {
            contracts.append(
                DemoContract(
                    id: nextId("contrat", start: 21_000), numero: nextContractNumber(), isSewerage: true,
                    start: start,
                    communeId: commune.id))
        }
        let suspended = options.email == nil && random.chance(0.03)
        for contract in contracts {
            try writer.insert(
                "contrat",
                [
                    "contrat_id": contract.id, "pconso_id": pointId, "numcontrat": contract.numero,
                    "actif": 1,
                    "suspendu": suspended ? 1 : 0, "facturer": 1, "nombre": 1,
                    "enum_tcon": contract.isSewerage ? "ASS" : "EAU", "enum_natcont": "ABO",
                    "enum_stcont": suspended ? "SUS" : "ACT", "datedeb": wire(start), "datefin": nil,
                    "natabo_id": isBusiness ? "2" : redevableId == personId ? "1" : "4",
                    "principal": contract.isSewerage ? 0 : 1, "occupant_id": personId,
                    "redevable_id": redevableId,
                    "commune_id": commune.id,
                ])
        }
        var point = DemoPoint(
            id: pointId, communeIndex: communeIndex, roundIndex: roundIndex, meterId: meterId,
            isRadio: isRadio,
            persons: isBusiness ? 6 : random.int(1...5), isBusiness: isBusiness)
        let readings = try writeReadings(for: &point, start: start, replacement: options.replacement)
        for contract in contracts {
            try writeInvoices(
                contract: contract, readings: readings, commune: commune, payment: payment,
                lastUnpaid: options.lastInvoiceUnpaid)
        }
    }

    /// A meter: brand, diameter, radio module or not.
    func writeMeter(communeIndex: Int, year: Int, isRadio: Bool, active: Bool) throws -> String {
        let meterId = nextId("compteur")
        let brand = random.pick(["ITRON", "SENSUS", "DIEHL", "ELSTER", "SAPPEL"])
        let diameter = random.chance(0.9) ? "15" : random.pick(["20", "30", "40"])
        try writer.insert(
            "compteur",
            [
                "compteur_id": meterId,
                "numserie":
                    "\(brand.prefix(1))\(String(year % 100).count == 1 ? "0" : "")\(year % 100)\(digits(7))",
                "enum_marq": brand, "enum_diam": diameter, "enum_calib": diameter == "15" ? "Q25" : "Q40",
                "anneefab": year - random.int(0...2), "compteur_actif": active ? 1 : 0, "enum_tcpt": "VOL",
                "releve_radio": isRadio ? 1 : 0,
                "rrmodereleve": isRadio ? random.pick(["WALKBY", "FIXE"]) : nil,
                "rrtypemodule": isRadio ? random.pick(["CYBLE", "IZAR"]) : nil,
                "rrnsmodule": isRadio ? digits(8) : nil, "commune_id": communes[communeIndex].id,
            ])
        return meterId
    }
}
