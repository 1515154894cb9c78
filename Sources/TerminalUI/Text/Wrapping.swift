extension Sanitizer {
    /// Sanitised `text` broken into lines of at most `width` cells: at spaces when possible,
    /// inside a word only when the word alone is wider than a line. Line breaks in `text` are
    /// kept. Returns no line for a width below 1.
    public static func wrap(_ text: String, toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in lines(text) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
                let wordWidth = displayWidth(word)
                let separator = line.isEmpty ? 0 : 1
                if lineWidth + separator + wordWidth <= width {
                    line += (separator == 1 ? " " : "") + word
                    lineWidth += separator + wordWidth
                    continue
                }
                if !line.isEmpty { result.append(line) }
                line = ""
                lineWidth = 0
                var rest = word
                while displayWidth(rest) > width {
                    let head = prefix(rest, fittingWidth: width)
                    guard !head.isEmpty else { break }  // a wide character on a 1-cell line
                    result.append(head)
                    rest = String(rest.dropFirst(head.count))
                }
                line = displayWidth(rest) <= width ? rest : ""
                lineWidth = displayWidth(line)
            }
            result.append(line)
        }
        return result
    }
}
