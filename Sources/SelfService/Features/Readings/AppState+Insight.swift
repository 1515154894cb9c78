extension AppState {
    /// The consumption insight of the contract shown: its readings and invoices loaded so far.
    public var consumptionInsight: ConsumptionInsight {
        ConsumptionInsight(readings: readings.list.items, invoices: invoices.list.items)
    }
}
