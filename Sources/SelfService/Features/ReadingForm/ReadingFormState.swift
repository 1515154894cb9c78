import Foundation

/// "Transmettre un index": the new-index form of one contract.
public struct ReadingFormState: FilingForm {
    /// The fields, in Tab order.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case index
        case date
        case comment
    }

    public static let order = Field.allCases

    /// The contract the index is for.
    public var contratId: String
    /// The contract number.
    public var numeroContrat: String
    /// The consumption point the index is filed against.
    public var pconsoId: String
    /// The last known index, shown above the field.
    public var lastIndex: Int?
    /// The date of the last known index.
    public var lastDate: Date?
    /// The usual consumption per day (from the readings history), to question an index that
    /// implies far more.
    public var usualDailyConsumption: Decimal?
    public var fields: FormFields<Field>
    public var step: FilingStep = .editing
    public var error: ServiceFailure?
    public var idempotencyKey: String

    /// An empty form for a contract; `today` fills the date field (written in `language`).
    public init(
        contract: ContractSummary, pconsoId: String, lastReading: ReadingRecord?, today: Date,
        language: Language, idempotencyKey: String
    ) {
        contratId = contract.id
        numeroContrat = contract.numeroContrat
        self.pconsoId = pconsoId
        lastIndex = lastReading?.index
        lastDate = lastReading?.date
        fields = FormFields(focus: .index, values: [.date: Formatting.date(today, in: language)])
        self.idempotencyKey = idempotencyKey
    }

    /// How many times the usual consumption for the period an index may imply before the form
    /// asks again; without history, the most a household plausibly uses between two readings.
    public static let unusualFactor: Decimal = 3
    public static let implausibleWithoutHistory: Decimal = 1_000

    public func warning(for outcome: FilingOutcome) -> FilingWarning? {
        guard let implied = consumption(answered: outcome), implied > 0 else { return nil }
        guard let daily = usualDailyConsumption, let lastDate,
            let date = Formatting.parseDate(fields[.date]),
            let days = Formatting.calendar.dateComponents([.day], from: lastDate, to: date).day, days > 0
        else {
            return implied > Self.implausibleWithoutHistory
                ? .unusualConsumption(implied: implied, usual: nil) : nil
        }
        let usual = Formatting.round(daily * Decimal(days), scale: 0)
        guard implied > usual * Self.unusualFactor, implied > usual + 30 else { return nil }
        return .unusualConsumption(implied: implied, usual: usual)
    }

    public static func field(wireName: String) -> Field? {
        switch wireName {
        case "ni": return .index
        case "dateni": return .date
        case "comlib": return .comment
        default: return nil
        }
    }

    public static func file(
        _ submission: ReadingSubmission, dryRun: Bool, idempotencyKey: String,
        on source: any SubscriberDataSource
    ) async throws(ServiceFailure) -> FilingOutcome {
        try await source.fileReading(submission, dryRun: dryRun, idempotencyKey: idempotencyKey)
    }

    public var draftKey: DraftKey { .reading(contratId: contratId) }

    /// The typed index and comment (with the date) once something was typed; the prefilled
    /// date alone is not input worth keeping.
    public var draftValues: [Field: String] {
        guard !fields[.index].isEmpty || !fields[.comment].isEmpty else { return [:] }
        return fields.values
    }

    /// The consumption the index implies, once the dry run passed: the service's figure, or
    /// the difference with the last index.
    public var impliedConsumption: Decimal? { step.outcome.flatMap(consumption(answered:)) }

    /// The consumption a dry run's answer implies: the service's figure, or the difference
    /// between the index typed and the last one.
    func consumption(answered outcome: FilingOutcome) -> Decimal? {
        if let fromServer = outcome.impliedConsumption { return fromServer }
        guard let lastIndex, let index = Int(fields[.index].trimmingCharacters(in: .whitespaces)) else {
            return nil
        }
        return Decimal(index - lastIndex)
    }

    public func validated() -> Result<ReadingSubmission, FormRejection<Field>> {
        var problems: [Field: FieldProblem] = [:]
        let indexText = fields[.index].trimmingCharacters(in: .whitespaces)
        let index = indexText.allSatisfy { $0.isASCII && $0.isNumber } ? Int(indexText) : nil
        if indexText.isEmpty {
            problems[.index] = .required
        } else if index == nil {
            problems[.index] = .notAWholeNumber
        }
        let date = Formatting.parseDate(fields[.date])
        if date == nil { problems[.date] = .invalidDate }
        guard problems.isEmpty, let index, let date else {
            return .failure(FormRejection(problems: problems))
        }
        let note = fields[.comment].trimmingCharacters(in: .whitespacesAndNewlines)
        return .success(
            ReadingSubmission(
                pconsoId: pconsoId, index: index, date: date, comment: note.isEmpty ? nil : note))
    }
}
