import JSONAPI
import OmegaClient

/// What the agent searches by.
public enum SubscriberSearchKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// The contract number, exactly.
    case contractNumber
    /// The occupant's name begins with the text (case-insensitive).
    case nameBegins
    /// The occupant's name contains the text (case-insensitive).
    case nameContains
    /// The meter serial number, exactly.
    case meterSerial
    /// The street (contains) and the town (begins with), case-insensitive.
    case streetAndTown

    /// The label shown in the selector.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.contractNumber, .fr): return "N° de contrat"
        case (.contractNumber, .en): return "Contract number"
        case (.nameBegins, .fr): return "Nom commence par"
        case (.nameBegins, .en): return "Name begins with"
        case (.nameContains, .fr): return "Nom contient"
        case (.nameContains, .en): return "Name contains"
        case (.meterSerial, .fr): return "N° de compteur"
        case (.meterSerial, .en): return "Meter serial"
        case (.streetAndTown, .fr): return "Rue et commune"
        case (.streetAndTown, .en): return "Street and town"
        }
    }

    /// Whether the search takes a second field (the town).
    public var needsTown: Bool { self == .streetAndTown }

    /// The next kind in the selector (wrapping).
    public var next: SubscriberSearchKind {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? all.startIndex
        return all[(index + 1) % all.count]
    }

    /// The previous kind in the selector (wrapping).
    public var previous: SubscriberSearchKind {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? all.startIndex
        return all[(index + all.count - 1) % all.count]
    }
}

/// One search as sent to the server: kind, text, town (street searches) and 1-based page.
public struct SubscriberSearchRequest: Equatable, Sendable {
    /// Results per page, as Omega pages by default.
    public static let pageSize = 20

    /// What to search by.
    public var kind: SubscriberSearchKind
    /// The text typed (trimmed before use).
    public var text: String
    /// The town, for ``SubscriberSearchKind/streetAndTown``.
    public var town: String
    /// The page, from 1.
    public var page: Int

    /// Creates a request.
    public init(kind: SubscriberSearchKind, text: String, town: String = "", page: Int = 1) {
        self.kind = kind
        self.text = text
        self.town = town
        self.page = max(1, page)
    }

    /// True when there is something to search for.
    public var isSearchable: Bool {
        let hasText = !Self.trim(text).isEmpty
        return kind.needsTown ? hasText || !Self.trim(town).isEmpty : hasText
    }

    /// The `partner/pconso` query: Omega filters on dotted paths, evaluated by the server.
    ///
    /// Paths are the wire names the sandbox translates to SQL (`PointSearchSQL`):
    /// `contratactif.numcontrat`, `contratactif.occupant.nom`, `compteur.numserie`,
    /// `pdessadr.voie.nomvoie`, `pdessadr.voie.commune.nom`.
    public var query: Query {
        let value = Self.trim(text)
        var filters: [Filter] = []
        var options = FilterOptions()
        switch kind {
        case .contractNumber:
            filters = [Filter("contratactif.numcontrat", .eq, [value])]
        case .nameBegins:
            filters = [Filter("contratactif.occupant.nom", .begin, [value])]
            options.caseSensitive = false
        case .nameContains:
            filters = [Filter("contratactif.occupant.nom", .like, [value])]
            options.caseSensitive = false
        case .meterSerial:
            filters = [Filter("compteur.numserie", .eq, [value])]
        case .streetAndTown:
            if !value.isEmpty { filters.append(Filter("pdessadr.voie.nomvoie", .like, [value])) }
            let place = Self.trim(town)
            if !place.isEmpty { filters.append(Filter("pdessadr.voie.commune.nom", .begin, [place])) }
            options.caseSensitive = false
        }
        return Query(
            include: ["compteur", "pdessadr.voie.commune", "contratactif.occupant"],
            page: .number(page), filters: filters, filterOptions: options)
    }

    /// `like` treats `%` and `_` as wildcards: typed ones are dropped rather than let match
    /// everything.
    static func trim(_ text: String) -> String {
        text.filter { $0 != "%" && $0 != "_" }.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
