import Foundation

/// The small part of TOML a credentials file uses: comments, blank lines, `key = "string"`
/// (basic or literal strings) at the top or in `[[partner]]` tables. Lines of other keys
/// (`communes = [...]`) are skipped without being interpreted.
///
/// Why not TOMLKit: SelfService does not depend on it (see the counter's report); switching to
/// `TOMLDecoder` needs only the target dependency.
enum CredentialsTOML {
    /// One table of string values; `isPartnerTable` for `[[partner]]` entries.
    struct Table: Equatable {
        var isPartnerTable: Bool
        var values: [String: String] = [:]
    }

    /// Why the text could not be read (never quotes the text: it holds the key).
    struct SyntaxError: Error, Equatable {
        var line: Int
    }

    /// The top-level table first, then one table per `[[partner]]`.
    static func parse(_ text: String) throws(SyntaxError) -> [Table] {
        var tables = [Table(isPartnerTable: false)]
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: [" ", "\t", "\r"])
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard stripComment(line) == "[[partner]]" else { throw SyntaxError(line: number + 1) }
                tables.append(Table(isPartnerTable: true))
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { throw SyntaxError(line: number + 1) }
            let key = line[..<equals].trimmingCharacters(in: [" ", "\t"])
            let rest = line[line.index(after: equals)...].trimmingCharacters(in: [" ", "\t"])
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
            else {
                throw SyntaxError(line: number + 1)
            }
            guard ["id", "key", "api_id"].contains(key) else { continue }
            guard let value = string(rest), tables[tables.count - 1].values[key] == nil else {
                throw SyntaxError(line: number + 1)
            }
            tables[tables.count - 1].values[key] = value
        }
        return tables
    }

    /// A basic (`"…"`, with `\"`, `\\`, `\t`, `\n` escapes) or literal (`'…'`) string, followed
    /// by nothing but a comment; nil otherwise.
    private static func string(_ text: String) -> String? {
        guard let quote = text.first, quote == "\"" || quote == "'" else { return nil }
        var value = ""
        var escaping = false
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if escaping {
                switch character {
                case "\"", "\\": value.append(character)
                case "t": value.append("\t")
                case "n": value.append("\n")
                default: return nil
                }
                escaping = false
            } else if character == "\\" && quote == "\"" {
                escaping = true
            } else if character == quote {
                let tail = stripComment(String(text[index...]))
                return tail.isEmpty ? value : nil
            } else {
                value.append(character)
            }
        }
        return nil
    }

    private static func stripComment(_ text: String) -> String {
        let withoutComment = text.firstIndex(of: "#").map { String(text[..<$0]) } ?? text
        return withoutComment.trimmingCharacters(in: [" ", "\t"])
    }
}
