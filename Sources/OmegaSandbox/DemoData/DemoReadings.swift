import OmegaClient

/// A generated reading, as the billing needs it.
struct DemoReading {
    let id: String
    let day: CivilDay
    /// The day of the invoice that bills it (`nil` or after `today`: not billed yet).
    let invoiceDay: CivilDay?
    /// Whether an invoice is issued on this reading (every reading, or one a year where the
    /// commune bills yearly: that invoice also bills the readings before it).
    let closesInvoice: Bool
    let consumption: Int
    let estimated: Bool
}

/// Half-yearly readings with seasonal consumption, estimated readings, and for a few points a
/// leak, a meter rollover or a meter replacement.
extension DemoPopulation {
    func writeReadings(for point: inout DemoPoint, start: CivilDay, replacement: Bool?) throws
        -> [DemoReading]
    {
        let commune = communes[point.communeIndex]
        let firstMonth = commune.rounds[point.roundIndex].firstMonth
        var days: [CivilDay] = []
        for year in start.year...today.year {
            for month in [firstMonth, firstMonth + 6] {
                let day = CivilDay(year: year, month: month, day: random.int(3...26))
                if start + 30 < day, day < today { days.append(day) }
            }
        }
        let annual = point.isBusiness ? random.int(300...900) : point.persons * random.int(35...55)
        let rollover = random.chance(0.01)
        var modulus = rollover ? 10_000 : 100_000
        let leakAt = days.count > 2 && random.chance(0.015) ? random.int(1...(days.count - 1)) : nil
        let replaceAt =
            days.count > 3 && (replacement ?? random.chance(0.02)) ? random.int(2...(days.count - 2)) : nil
        // Invoice days are drawn for every reading; a commune billing yearly issues one invoice
        // on the second reading of the year, which bills the reading before it too.
        let drawnInvoiceDays = days.map { $0 + random.int(6...18) }
        let closes = days.map { !commune.annualBilling || $0.fields.month >= 7 }
        let invoiceDays: [CivilDay?] = days.indices.map { index in
            days.indices[index...].first { closes[$0] }.map { drawnInvoiceDays[$0] }
        }
        var trueIndex = rollover ? max(0, modulus - annual * random.int(1...3)) : random.int(0...2000)
        var reported = trueIndex
        // The entry reading: the index found when the contract starts.
        try writeReading(
            point: point, dateai: nil, ai: reported % modulus, day: start, ni: reported % modulus,
            type: TypeReleve.reel,
            consumption: 0, billed: true, rollover: false, leak: false, comment: "Relevé d'entrée")
        var previousDay = start
        var readings: [DemoReading] = []
        for (index, day) in days.enumerated() {
            let summer = (7...12).contains(day.fields.month)
            var consumption = Int(Double(annual) / 2 * (summer ? 1.2 : 0.8) * (0.85 + 0.3 * random.unit()))
            let leak = index == leakAt
            if leak { consumption = consumption * random.int(6...12) + 80 }
            let invoiceDay = invoiceDays[index]
            let billed = invoiceDay.map { $0 < today } ?? false
            if index == replaceAt {
                let removedIndex = trueIndex % modulus
                let newMeter = try writeMeter(
                    communeIndex: point.communeIndex, year: day.year, isRadio: point.isRadio, active: true)
                try writer.execute(
                    "UPDATE compteur SET compteur_actif = 0 WHERE compteur_id = ?", [point.meterId])
                try writer.execute(
                    "UPDATE pconso SET compteur_id = ? WHERE pconso_id = ?", [newMeter, point.id])
                point.meterId = newMeter
                modulus = 100_000
                trueIndex = consumption
                reported = consumption
                let id = try writeReading(
                    point: point, dateai: day, ai: 0, day: day, ni: consumption, type: TypeReleve.pose,
                    consumption: consumption, billed: billed, rollover: false, leak: false,
                    comment: "Remplacement du compteur (index de dépose \(removedIndex))")
                readings.append(
                    DemoReading(
                        id: id, day: day, invoiceDay: invoiceDay, closesInvoice: closes[index],
                        consumption: consumption, estimated: false))
                previousDay = day
                continue
            }
            trueIndex += consumption
            let estimated = !point.isRadio && !leak && random.chance(0.08)
            let newReported =
                estimated
                ? reported + Int(Double(trueIndex - reported) * (0.6 + 0.35 * random.unit())) : trueIndex
            let type = point.isRadio ? TypeReleve.radio : estimated ? TypeReleve.estime : TypeReleve.reel
            let id = try writeReading(
                point: point, dateai: previousDay, ai: reported % modulus, day: day,
                ni: newReported % modulus,
                type: type, consumption: newReported - reported, billed: billed,
                rollover: reported / modulus != newReported / modulus, leak: leak,
                comment: leak
                    ? "Fuite après compteur constatée et réparée"
                    : estimated ? "Compteur inaccessible, index estimé" : nil)
            readings.append(
                DemoReading(
                    id: id, day: day, invoiceDay: invoiceDay, closesInvoice: closes[index],
                    consumption: newReported - reported,
                    estimated: estimated))
            reported = newReported
            previousDay = day
        }
        return readings
    }

    @discardableResult
    private func writeReading(
        point: DemoPoint, dateai: CivilDay?, ai: Int, day: CivilDay, ni: Int, type: String, consumption: Int,
        billed: Bool, rollover: Bool, leak: Bool, comment: String?
    ) throws -> String {
        let id = nextId("releve", start: 500_000)
        try writer.insert(
            "releve",
            [
                "releve_id": id, "pconso_id": point.id, "compteur_id": point.meterId,
                "dateai": dateai.map(wire),
                "ai": ai, "dateni": wire(day), "ni": ni, "enum_crlv": type, "afacturer": billed ? 0 : 1,
                "radiorlv": point.isRadio ? 1 : 0, "cptinverse": 0, "cpttour": rollover ? 1 : 0,
                "cptfuite": leak ? 1 : 0, "consorlv": consumption, "comlib": comment,
                "commune_id": communes[point.communeIndex].id,
            ])
        return id
    }
}
