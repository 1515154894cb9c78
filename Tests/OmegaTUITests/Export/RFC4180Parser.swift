/// A strict RFC 4180 reader for the tests: records end with CRLF, a field is either plain
/// (no quote, CR, LF nor separator) or quoted (quotes doubled inside, nothing after the
/// closing quote but a separator or the end of the record), and every record has as many
/// fields as the header. Anything else is an error, never guessed at.
struct RFC4180Parser {
    struct Malformed: Error, CustomStringConvertible, Equatable {
        var description: String
    }

    let separator: Unicode.Scalar

    /// The records of `text`, header first.
    func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        var atFieldStart = true
        var quoted = false
        var closedQuote = false

        func endField() {
            record.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
            quoted = false
            closedQuote = false
        }

        while let scalar = scalars.popFirst() {
            if quoted && !closedQuote {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.append("\"")
                    } else {
                        closedQuote = true
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case "\"":
                throw Malformed(description: "a quote inside an unquoted field, record \(records.count + 1)")
            case separator:
                endField()
            case "\r":
                guard scalars.popFirst() == "\n" else {
                    throw Malformed(description: "CR without LF, record \(records.count + 1)")
                }
                endField()
                records.append(record)
                record = []
            case "\n":
                throw Malformed(description: "LF without CR, record \(records.count + 1)")
            default:
                if closedQuote {
                    throw Malformed(description: "text after a closing quote, record \(records.count + 1)")
                }
                atFieldStart = false
                field.append(scalar)
            }
        }
        if quoted && !closedQuote { throw Malformed(description: "an unterminated quoted field") }
        if !record.isEmpty || !field.isEmpty || !atFieldStart {
            throw Malformed(description: "the last record does not end with CRLF")
        }
        if let width = records.first?.count, let bad = records.firstIndex(where: { $0.count != width }) {
            throw Malformed(
                description: "record \(bad + 1) has \(records[bad].count) fields, the header \(width)")
        }
        return records
    }
}
