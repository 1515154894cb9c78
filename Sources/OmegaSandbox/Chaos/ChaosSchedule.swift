/// The sequence of faults of a ``ChaosConfiguration``: one draw per request, in the order
/// requests arrive, from a generator seeded with the configuration's seed.
actor ChaosSchedule {
    /// What happens to one request.
    struct Draw: Sendable, Equatable {
        var fault: ChaosConfiguration.Fault
        /// The wait of a `.delay` fault (zero for the others).
        var delay: Duration
    }

    private let configuration: ChaosConfiguration
    private var generator: SplitMix64

    init(_ configuration: ChaosConfiguration) {
        self.configuration = configuration
        generator = SplitMix64(seed: configuration.seed)
    }

    /// The fault of the next request, or nil for none. Every call takes the same three
    /// numbers from the generator, so the sequence does not depend on which faults came out.
    func next() -> Draw? {
        let roll = generator.unit()
        let fault = generator.pick(configuration.faults)
        let fraction = generator.unit()
        guard roll < configuration.rate else { return nil }
        let delay = fault == .delay ? configuration.maximumDelay * fraction : .zero
        return Draw(fault: fault, delay: delay)
    }
}
