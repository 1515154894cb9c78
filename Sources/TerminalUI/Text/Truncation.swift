extension Sanitizer {
    /// The ellipsis appended by ``truncate(_:toWidth:ellipsis:)``.
    public static let ellipsis = "…"

    /// `text` sanitised and cut to at most `width` cells, ending with `ellipsis` when something
    /// was cut. Never splits a grapheme cluster or a wide character; when even the ellipsis does
    /// not fit, returns as many whole characters as fit.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = ellipsis) -> String {
        let cleaned = clean(text)
        let limit = max(0, width)
        if isPlainASCII(cleaned), cleaned.utf8.count <= limit { return cleaned }
        if displayWidth(cleaned) <= limit { return cleaned }
        let marker = clean(ellipsis)
        let markerWidth = displayWidth(marker)
        guard markerWidth <= limit else { return prefix(cleaned, fittingWidth: limit) }
        return prefix(cleaned, fittingWidth: limit - markerWidth) + marker
    }

    /// `text` sanitised, truncated to `width` if needed, then padded with spaces to exactly
    /// `width` cells according to `alignment`.
    public static func pad(_ text: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let limit = max(0, width)
        let fitted = truncate(text, toWidth: limit)
        let missing = limit - displayWidth(fitted)
        guard missing > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + fitted
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + fitted
                + String(repeating: " ", count: missing - left)
        }
    }

    /// The longest prefix of already-clean `text` whose width is at most `width`.
    static func prefix(_ text: String, fittingWidth width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let cells = self.width(of: character)
            if used + cells > width { break }
            used += cells
            result.append(character)
        }
        return result
    }
}
