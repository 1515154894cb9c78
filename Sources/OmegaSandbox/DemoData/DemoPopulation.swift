import GRDB

/// The state of one generation run: the random generator, id counters, the places created so
/// far, and the writer. Everything is drawn from `random` in a fixed order, so one seed and one
/// reference day always give the same rows.
final class DemoPopulation {
    var random: SplitMix64
    let writer: DemoWriter
    let today: CivilDay
    var nextIds: [String: Int] = [:]
    var communes: [DemoCommune] = []
    var communeWeights: [Int] = []
    var invoiceNumbers: [Int: Int] = [:]
    var contractNumber = 410_000_000
    /// Day texts already built: millions of dates fall on a few thousand days.
    private var dayTexts: [Int: String] = [:]

    init(seed: UInt64, today: CivilDay, writer: DemoWriter) {
        self.random = SplitMix64(seed: seed)
        self.today = today
        self.writer = writer
    }

    /// The next id of a kind, as a decimal string (`start` is the first one).
    func nextId(_ kind: String, start: Int = 1) -> String {
        let id = nextIds[kind] ?? start
        nextIds[kind] = id + 1
        return String(id)
    }

    /// The wire text of a day, built once per day.
    func wire(_ day: CivilDay) -> String {
        if let text = dayTexts[day.number] { return text }
        let text = day.wire
        dayTexts[day.number] = text
        return text
    }

    /// The next invoice number of a year, six digits with leading zeros (`"034105"`).
    func nextInvoiceNumber(year: Int) -> String {
        let number = (invoiceNumbers[year] ?? (year % 7) * 1000) + 1
        invoiceNumbers[year] = number
        let digits = String(number)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// A new nine-digit contract number, unique in the run.
    func nextContractNumber() -> String {
        contractNumber += random.int(3...17)
        return String(contractNumber)
    }

    /// Enumerations, subscriber natures and messages.
    func writeReferenceData() throws {
        for (index, enumeration) in DemoEnumerations.enumerations.enumerated() {
            let enumId = String(index + 1)
            try writer.insert(
                "enum", ["enum_id": enumId, "nomenum": enumeration.code, "libenum": enumeration.libelle])
            for (code, long, short) in enumeration.lignes {
                try writer.insert(
                    "ligenum",
                    [
                        "ligenum_id": nextId("ligenum"), "enum_id": enumId, "codeenum": code,
                        "liblenum": long,
                        "libcenum": short,
                    ])
            }
        }
        for nature in DemoEnumerations.natures {
            try writer.insert(
                "natabo", ["natabo_id": nature.id, "codenat": nature.code, "libnat": nature.libelle])
        }
        // Messages are placed around the first day of the reference month, so that the same
        // seed gives the same rows all month long and one message is in force all month.
        let monthStart = CivilDay(year: today.fields.year, month: today.fields.month, day: 1)
        for (index, message) in DemoEnumerations.messages.enumerated() {
            let debut = message.debut.map { (monthStart + $0).wire }
            let fin = message.fin.map { index == 0 ? (monthStart + 45).wire : (monthStart + $0).wire }
            try writer.insert(
                "message",
                [
                    "message_id": nextId("message"), "titremsg": message.titre, "corpsmsg": message.corps,
                    "ddebdiff": debut, "dfindiff": fin,
                ])
        }
    }

    /// Communes (as many as the population needs), their streets and reading rounds.
    func writePlaces(households: Int) throws {
        let count = min(DemoNames.communes.count, max(3, households / 400 + 2))
        let chosen = Array(DemoNames.communes.prefix(count))
        let totalWeight = chosen.reduce(0) { $0 + $1.poids }
        for source in chosen {
            let communeId = nextId("commune")
            let ville = DemoNames.postal(source.nom)
            try writer.insert(
                "commune",
                [
                    "commune_id": communeId, "nom": source.nom, "codepostal": source.codePostal,
                    "ville": ville,
                    "codeinsee": source.codeInsee,
                ])
            var commune = DemoCommune(
                id: communeId, nom: source.nom, codePostal: source.codePostal, ville: ville,
                prixEau: random.int(175...235), aboEau: random.int(2150...2850),
                prixAssainissement: random.int(140...190), aboAssainissement: random.int(1200...1600),
                annualBilling: source.poids < 8)
            let expected = max(1, households * source.poids / totalWeight)
            let streetCount = min(DemoNames.nomsVoie.count, max(4, expected / 20))
            for index in 0..<streetCount {
                let voieId = nextId("voie")
                let type = random.pick(DemoNames.typesVoie)
                let name = DemoNames.nomsVoie[(index * 7 + communes.count * 3) % DemoNames.nomsVoie.count]
                try writer.insert(
                    "voie",
                    [
                        "voie_id": voieId, "commune_id": communeId, "codevoie": String(format4(index + 1)),
                        "typevoie": type, "artvoie": name.article.isEmpty ? nil : name.article,
                        "nomvoie": name.nom,
                    ])
                commune.streets.append(
                    DemoStreet(id: voieId, type: type, article: name.article, nom: name.nom))
            }
            let roundCount = min(4, max(1, expected / 300))
            for index in 0..<roundCount {
                let tourneeId = nextId("tournee")
                let month = 2 + index % 4
                try writer.insert(
                    "tournee",
                    [
                        "tournee_id": tourneeId, "codetournee": "T\(communeId)-\(index + 1)",
                        "libtournee": "\(source.nom) secteur \(index + 1)", "commune_id": communeId,
                    ])
                commune.rounds.append(DemoRound(id: tourneeId, firstMonth: month))
            }
            communes.append(commune)
            communeWeights.append(source.poids)
        }
    }

    /// A commune drawn according to the communes' sizes.
    func pickCommuneIndex() -> Int {
        let total = communeWeights.reduce(0, +)
        var draw = random.int(0...(total - 1))
        for (index, weight) in communeWeights.enumerated() {
            if draw < weight { return index }
            draw -= weight
        }
        return 0
    }

    private func format4(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// A commune being populated: its prices, streets, rounds and current apartment building.
struct DemoCommune {
    let id: String
    let nom: String
    let codePostal: String
    let ville: String
    /// Water price per m³ and half-year subscription, in cents (HT).
    let prixEau: Int
    let aboEau: Int
    /// Sewerage price per m³ and half-year subscription, in cents (HT).
    let prixAssainissement: Int
    let aboAssainissement: Int
    /// Small communes bill once a year (on the autumn reading), larger ones every half-year.
    let annualBilling: Bool
    var streets: [DemoStreet] = []
    var rounds: [DemoRound] = []
    var building: DemoBuilding?
    var landlordId: String?
    var nextNumberByStreet: [Int: Int] = [:]
    var readingOrder = 0
}

struct DemoStreet {
    let id: String
    let type: String
    let article: String
    let nom: String

    /// `RUE DES LILAS`, as a postal address line.
    func line(number: String) -> String {
        DemoNames.postal([number, type, article, nom].filter { !$0.isEmpty }.joined(separator: " "))
    }
}

struct DemoRound {
    let id: String
    /// Readings happen in this month and six months later.
    let firstMonth: Int
}

struct DemoBuilding {
    let addressId: String
    let streetIndex: Int
    let number: String
    var flatsLeft: Int
    var nextFlat: Int
}
