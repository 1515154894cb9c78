import Foundation

/// A meter index to file (`POST request/reading`).
public struct ReadingSubmission: Equatable, Sendable, Codable {
    /// The consumption point.
    public var pconsoId: String
    /// The new index (`ni`).
    public var index: Int
    /// The reading date (`dateni`).
    public var date: Date
    /// An optional comment (`comlib`).
    public var comment: String?

    /// Creates a submission.
    public init(pconsoId: String, index: Int, date: Date, comment: String?) {
        self.pconsoId = pconsoId
        self.index = index
        self.date = date
        self.comment = comment
    }
}

/// What the server answered to a request POST/PUT, dry run or not.
public struct FilingOutcome: Equatable, Sendable {
    /// The request made (or, for a dry run, the one that would be made, with an empty id).
    public var request: RequestRecord
    /// The consumption the index implies, in m³, when the server says so.
    public var impliedConsumption: Decimal?

    /// Creates an outcome.
    public init(request: RequestRecord, impliedConsumption: Decimal? = nil) {
        self.request = request
        self.impliedConsumption = impliedConsumption
    }
}

/// Contact changes to ask for (`PUT request/personne/:id`): only the changed fields.
public struct ContactSubmission: Equatable, Sendable {
    /// The person.
    public var personneId: String
    /// The new value of each changed field.
    public var changes: [ContactField: String]

    /// Creates a submission.
    public init(personneId: String, changes: [ContactField: String]) {
        self.personneId = personneId
        self.changes = changes
    }
}
