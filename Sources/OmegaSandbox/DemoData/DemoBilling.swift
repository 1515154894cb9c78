/// An invoice being written; amounts in cents.
struct DemoInvoice {
    var day: CivilDay
    var consumption: Int
    var ht: Int
    var tva: Int
    var nap: Int
    var estimated: Bool
    var preleve = false
    var monthly = false
    var cancelledOn: CivilDay?
    var creditNote = false
    var settled = true
    var toDebit = false

    var ttc: Int { ht + tva }
}

/// Invoices: one per billing period (half-year, or year in small communes) and contract, HT + TVA (5.5 % water, 10 % sewerage) = TTC,
/// due three weeks later; direct debit and monthly payment; a few credit notes, cancelled
/// invoices and old unpaid ones; recent ones unpaid so that a payable invoice exists.
extension DemoPopulation {
    func writeInvoices(
        contract: DemoContract, readings: [DemoReading], commune: DemoCommune, payment: DemoPayment,
        lastUnpaid: Bool?
    ) throws {
        let rate = contract.isSewerage ? 100 : 55
        let periods = billingPeriods(readings)
        for (index, period) in periods.enumerated() {
            let isLast = index == periods.count - 1
            let subscription = contract.isSewerage ? commune.aboAssainissement : commune.aboEau
            let price = contract.isSewerage ? commune.prixAssainissement : commune.prixEau
            let ht = subscription * period.halfYears + period.consumption * price
            let tva = Cents.apply(ht, perMille: rate)
            var invoice = DemoInvoice(
                day: period.day, consumption: period.consumption, ht: ht, tva: tva, nap: ht + tva,
                estimated: period.estimated)
            invoice.preleve = payment == .directDebit
            invoice.monthly = payment == .monthly
            if invoice.monthly {
                invoice.nap = invoice.ttc - invoice.ttc * random.int(80...98) / 100
            }
            let dueDay = invoice.day + 21
            if dueDay < today - 45 {
                invoice.settled = !(payment == .manual && random.chance(0.02))
            } else {
                switch payment {
                case .directDebit, .monthly: invoice.settled = dueDay < today
                case .manual: invoice.settled = isLast && lastUnpaid == true ? false : random.chance(0.4)
                }
            }
            invoice.toDebit = invoice.preleve && !invoice.settled
            if !isLast, random.chance(0.01) {
                var cancelled = invoice
                cancelled.cancelledOn = invoice.day + 8
                cancelled.settled = false
                cancelled.toDebit = false
                try writeInvoice(cancelled, contract: contract)
                invoice.day = invoice.day + 10
            }
            try writeInvoice(invoice, contract: contract)
            if !isLast, random.chance(0.015), invoice.day + 20 < today {
                let refund = -(invoice.ht * random.int(10...30) / 100)
                let refundTva = Cents.apply(refund, perMille: rate)
                var credit = DemoInvoice(
                    day: invoice.day + 20, consumption: 0, ht: refund, tva: refundTva,
                    nap: refund + refundTva,
                    estimated: false)
                credit.creditNote = true
                try writeInvoice(credit, contract: contract)
            }
        }
    }

    /// The billed periods: consecutive readings up to one that closes an invoice issued
    /// before today.
    private func billingPeriods(
        _ readings: [DemoReading]
    ) -> [(day: CivilDay, consumption: Int, halfYears: Int, estimated: Bool)] {
        var periods: [(day: CivilDay, consumption: Int, halfYears: Int, estimated: Bool)] = []
        var consumption = 0
        var halfYears = 0
        var estimated = false
        for reading in readings {
            guard let day = reading.invoiceDay, day < today else { break }
            consumption += reading.consumption
            halfYears += 1
            estimated = estimated || reading.estimated
            if reading.closesInvoice {
                periods.append((day, consumption, halfYears, estimated))
                consumption = 0
                halfYears = 0
                estimated = false
            }
        }
        return periods
    }

    private func writeInvoice(_ invoice: DemoInvoice, contract: DemoContract) throws {
        let id = nextId("facture", start: 40_000)
        let due = invoice.day + 21
        // Payment data only where something is still to pay (a settled invoice needs none).
        let payableInParts =
            invoice.nap >= 10_000 && invoice.cancelledOn == nil && !invoice.creditNote && !invoice.settled
        let secondPart = invoice.nap / 3
        try writer.insert(
            "facture",
            [
                // The generated link shares its invoice's id (identity is (type, id): no clash).
                "facture_id": id, "contfact_id": id, "contrat_id": contract.id,
                "exercice": invoice.day.year, "datefact": wire(invoice.day),
                "nofacture": nextInvoiceNumber(year: invoice.day.year),
                "typefact": invoice.creditNote ? "Avoir" : invoice.estimated ? "Estimee" : "Reelle",
                "budget": contract.isSewerage ? "ASS" : "EAU", "consofac": invoice.consumption,
                "codemon": "EUR",
                "ht": Cents.wire(invoice.ht), "tva": Cents.wire(invoice.tva), "ttc": Cents.wire(invoice.ttc),
                "nap": Cents.wire(invoice.nap), "datech": wire(due), "preleve": invoice.preleve ? 1 : 0,
                "annulee": invoice.cancelledOn == nil ? 0 : 1, "dateann": invoice.cancelledOn.map(wire),
                "avoir": invoice.creditNote ? 1 : 0, "solde": invoice.settled || invoice.nap <= 0 ? 1 : 0,
                "mensualites": invoice.monthly ? 1 : 0, "a_prelever": invoice.toDebit ? 1 : 0,
                "p_nf_possible": payableInParts ? 1 : 0,
                "echeance1": payableInParts ? Cents.wire(invoice.nap - 2 * secondPart) : nil,
                "echeance2": payableInParts ? Cents.wire(secondPart) : nil,
                "vad": invoice.settled || invoice.creditNote ? nil : "\(id)svi",
                "vad_recur1": payableInParts ? "\(id)svi-1" : nil,
                "vad_recur2": payableInParts ? "\(id)svi-2" : nil,
                "vad_recur3": payableInParts ? "\(id)svi-3" : nil,
                "commune_id": contract.communeId,
            ])
    }
}
