import TOMLKit

/// Turns a parsed TOML table into a ``Theme``, naming the offending key on any error.
struct ThemeTableReader {
    let source: String

    func theme(from table: TOMLTable, defaultName: String) throws(ThemeError) -> Theme {
        let known: Set = ["name", "summary", "roles"]
        if let unknown = table.keys.first(where: { !known.contains($0) }) {
            throw .invalidValue(
                path: source, key: unknown, reason: "unknown key (expected name, summary, roles)")
        }
        let name = try string(table["name"], key: "name") ?? defaultName
        let summary = try string(table["summary"], key: "summary") ?? ""
        var appearances: [StyleRole: RoleAppearance] = [:]
        if let rolesValue = table["roles"] {
            guard let roles = rolesValue.table else {
                throw .invalidValue(path: source, key: "roles", reason: "expected a table")
            }
            for roleName in roles.keys {
                guard let role = StyleRole(rawValue: roleName) else {
                    let names = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .invalidValue(
                        path: source, key: "roles.\(roleName)", reason: "unknown role (known: \(names))")
                }
                guard let entry = roles[roleName]?.table else {
                    throw .invalidValue(path: source, key: "roles.\(roleName)", reason: "expected a table")
                }
                appearances[role] = try appearance(entry, role: role)
            }
        }
        return Theme(name: name, summary: summary, appearances: appearances)
    }

    private func appearance(_ entry: TOMLTable, role: StyleRole) throws(ThemeError) -> RoleAppearance {
        let prefix = "roles.\(role.rawValue)"
        let known: Set = ["fg", "bg", "attrs", "mono"]
        if let unknown = entry.keys.first(where: { !known.contains($0) }) {
            throw .invalidValue(
                path: source, key: "\(prefix).\(unknown)",
                reason: "unknown key (expected fg, bg, attrs, mono)")
        }
        let fallback = Theme.fallbackAppearance(for: role)
        let attributes = try self.attributes(entry["attrs"], key: "\(prefix).attrs") ?? []
        return RoleAppearance(
            foreground: try color(entry["fg"], key: "\(prefix).fg") ?? .terminalDefault,
            background: try color(entry["bg"], key: "\(prefix).bg") ?? .terminalDefault,
            attributes: attributes,
            monochrome: try self.attributes(entry["mono"], key: "\(prefix).mono") ?? fallback.monochrome)
    }

    private func string(_ value: TOMLValueConvertible?, key: String) throws(ThemeError) -> String? {
        guard let value else { return nil }
        guard let text = value.string else {
            throw .invalidValue(path: source, key: key, reason: "expected a string")
        }
        return text
    }

    private func color(_ value: TOMLValueConvertible?, key: String) throws(ThemeError) -> ThemeColor? {
        guard let value else { return nil }
        let text = value.int.map(String.init) ?? value.string
        guard let text, let color = ThemeColor(name: text) else {
            throw .invalidValue(
                path: source, key: key,
                reason: "unknown colour \(value.debugDescription) (default, black…white, bright-…, or 0–255)")
        }
        return color
    }

    private func attributes(_ value: TOMLValueConvertible?, key: String) throws(ThemeError) -> TextAttributes?
    {
        guard let value else { return nil }
        guard let array = value.array else {
            throw .invalidValue(path: source, key: key, reason: "expected an array")
        }
        var result: TextAttributes = []
        for element in array {
            guard let name = element.string,
                let attribute = TextAttributes.names.first(where: { $0.0 == name })?.1
            else {
                throw .invalidValue(
                    path: source, key: key,
                    reason: "unknown attribute \(element.debugDescription) (bold, underline, reverse, dim)")
            }
            result.insert(attribute)
        }
        return result
    }
}
