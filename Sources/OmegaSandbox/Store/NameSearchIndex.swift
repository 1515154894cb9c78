import Foundation
import GRDB

/// The counter's name searches: an FTS5 table with the trigram tokenizer over each person's
/// folded name, so that "contains" and "a word begins with" are index lookups instead of a
/// scan of every person (1.25 s at 100,000 subscribers before it).
///
/// The text indexed is `" nom prénom "` folded (lower case, no accents: `" muller zoe "` for
/// Müller Zoé), the surrounding spaces letting a word start be searched as `" mul"`. The
/// trigram tokenizer of SQLite 3.40 cannot remove accents itself (`remove_diacritics` came
/// in 3.45): ``fold(_:)`` does it, as the SQL function `omega_fold` the triggers call.
/// Case-insensitive searches in the sandbox are accent-insensitive too, as MySQL's `_ci`
/// collations are.
enum NameSearchIndex {
    /// The SQL function folding a text for search (registered on every connection).
    static let foldFunction = DatabaseFunction("omega_fold", argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return fold(text)
    }

    /// Lower case without accents; any run of spaces becomes one.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The words of a typed name, folded.
    static func words(_ text: String) -> [String] {
        fold(text).split(separator: " ").map(String.init)
    }

    /// The indexed text of a person: `" nom prénom "`, folded.
    static let indexedText =
        "' ' || omega_fold(coalesce(nompers, '') || ' ' || coalesce(prenpers, '')) || ' '"

    /// Creates the table and its triggers, and fills it when empty (after bulk generation,
    /// like the other indexes).
    static let statements = [
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS personne_nom USING fts5(
            personne_id UNINDEXED, nom, tokenize = 'trigram')
        """,
        """
        INSERT INTO personne_nom(personne_id, nom)
        SELECT personne_id, \(indexedText) FROM personne
        WHERE NOT EXISTS (SELECT 1 FROM personne_nom LIMIT 1)
        """,
        """
        CREATE TRIGGER IF NOT EXISTS personne_nom_insert AFTER INSERT ON personne BEGIN
            INSERT INTO personne_nom(personne_id, nom) VALUES (new.personne_id, \(indexedText.replacingOccurrences(of: "nompers", with: "new.nompers").replacingOccurrences(of: "prenpers", with: "new.prenpers")));
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS personne_nom_update AFTER UPDATE OF nompers, prenpers ON personne
        WHEN old.nompers IS NOT new.nompers OR old.prenpers IS NOT new.prenpers BEGIN
            UPDATE personne_nom SET nom = \(indexedText.replacingOccurrences(of: "nompers", with: "new.nompers").replacingOccurrences(of: "prenpers", with: "new.prenpers"))
            WHERE personne_id = old.personne_id;
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS personne_nom_delete AFTER DELETE ON personne BEGIN
            DELETE FROM personne_nom WHERE personne_id = old.personne_id;
        END
        """,
    ]

    /// The SQL condition "`column` (a person id) names someone whose folded name matches
    /// `text`": with one word, the surname begins with it (`wordsBegin`) or the name contains
    /// it; with several ("prénom nom" or "nom prénom"), each word begins a word of the name
    /// (`wordsBegin`) or appears in it, in any order. Nil when `text` has no word.
    ///
    /// Wildcards typed are dropped, and no `ESCAPE` clause is used: FTS5 serves a plain
    /// two-argument `LIKE` from the trigram index, not one with `ESCAPE`.
    static func condition(personColumn column: String, text: String, wordsBegin: Bool)
        -> (sql: String, arguments: [String])?
    {
        let words = words(text).map { $0.filter { !"%_\\".contains($0) } }.filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        let patterns: [String]
        if !wordsBegin {
            patterns = words.map { "%\($0)%" }
        } else if words.count == 1 {
            patterns = [" \(words[0])%"]
        } else {
            patterns = words.map { "% \($0)%" }
        }
        let likes = patterns.map { _ in "nom LIKE ?" }.joined(separator: " AND ")
        return ("\(column) IN (SELECT personne_id FROM personne_nom WHERE \(likes))", patterns)
    }
}
