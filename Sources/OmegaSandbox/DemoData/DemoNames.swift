/// The word lists the demo population is drawn from: communes of the Alès area (real names and
/// postal codes), French street names, first and last names.
enum DemoNames {
    /// Name, postal code, INSEE code, relative size.
    static let communes: [(nom: String, codePostal: String, codeInsee: String, poids: Int)] = [
        ("Alès", "30100", "30007", 40),
        ("Saint-Christol-lès-Alès", "30380", "30243", 8),
        ("Saint-Martin-de-Valgalgues", "30520", "30289", 5),
        ("Salindres", "30340", "30305", 4),
        ("Anduze", "30140", "30010", 4),
        ("Saint-Jean-du-Gard", "30270", "30265", 3),
        ("Vézénobres", "30360", "30348", 2),
        ("Lédignan", "30350", "30144", 2),
        ("Uzès", "30700", "30334", 8),
        ("Bagnols-sur-Cèze", "30200", "30028", 18),
        ("Barjac", "30430", "30029", 2),
        ("Saint-Ambroix", "30500", "30231", 3),
        ("Rousson", "30340", "30223", 3),
        ("Les Salles-du-Gardon", "30110", "30307", 2),
        ("La Grand-Combe", "30110", "30132", 5),
        ("Bessèges", "30160", "30037", 3),
        ("Saint-Privat-des-Vieux", "30340", "30294", 4),
        ("Méjannes-lès-Alès", "30340", "30164", 1),
        ("Cendras", "30480", "30077", 2),
        ("Saint-Hilaire-de-Brethmas", "30560", "30259", 4),
        ("Mons", "30340", "30173", 1),
        ("Boisset-et-Gaujac", "30140", "30042", 2),
        ("Ribaute-les-Tavernes", "30720", "30215", 1),
        ("Brignon", "30190", "30053", 1),
    ]

    /// Street type code, its article-less label and weight.
    static let typesVoie = ["RUE", "RUE", "RUE", "AV", "CHE", "BD", "PL", "IMP", "ALL", "RTE", "QUAI"]

    /// Article and name of streets.
    static let nomsVoie: [(article: String, nom: String)] = [
        ("des", "Lilas"), ("de la", "République"), ("", "Jean Jaurès"), ("du", "Moulin"), ("des", "Écoles"),
        ("", "Victor Hugo"), ("", "Pasteur"), ("de la", "Gare"), ("des", "Cévennes"), ("du", "Gardon"),
        ("des", "Mûriers"), ("", "Émile Zola"), ("de la", "Mairie"), ("des", "Oliviers"), ("du", "Stade"),
        ("", "Gambetta"), ("des", "Châtaigniers"), ("de l'", "Église"), ("", "Jules Ferry"),
        ("du", "Château"),
        ("des", "Vignes"), ("de la", "Fontaine"), ("", "Louis Pasteur"), ("des", "Magnaneries"),
        ("du", "Temple"),
        ("", "Frédéric Mistral"), ("de la", "Croix"), ("des", "Tilleuls"), ("du", "Pont"),
        ("", "Marcel Pagnol"),
        ("des", "Platanes"), ("de la", "Filature"), ("", "Jean Moulin"), ("du", "Mas"), ("des", "Aires"),
        ("de la", "Liberté"), ("", "Anatole France"), ("des", "Jardins"), ("du", "Bosquet"), ("", "Florian"),
        ("de la", "Soie"), ("des", "Mines"), ("du", "Puits"), ("", "Général de Gaulle"), ("des", "Cigales"),
        ("de la", "Source"), ("des", "Amandiers"), ("du", "Lavoir"), ("", "Pierre Curie"), ("de la", "Paix"),
    ]

    static let prenomsFemmes = [
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Christine", "Sophie", "Valérie", "Sandrine",
        "Céline", "Julie", "Camille", "Léa", "Emma", "Chloé", "Manon", "Inès", "Louise", "Anne", "Monique",
        "Françoise", "Martine", "Hélène", "Aurélie", "Élodie", "Laetitia", "Odile", "Josiane", "Brigitte",
        "Lucie",
    ]

    static let prenomsHommes = [
        "Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick", "Nicolas", "Christophe", "Laurent",
        "Éric",
        "Stéphane", "David", "Julien", "Thomas", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules",
        "Bernard", "André", "Daniel", "Marc", "Olivier", "Sébastien", "Frédéric", "Thierry", "Gilles", "Rémi",
    ]

    static let noms = [
        "MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU",
        "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT",
        "FOURNIER",
        "MOREL", "GIRARD", "ANDRE", "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FRANCOIS", "MARTINEZ",
        "LEGRAND",
        "GARNIER", "FAURE", "ROUSSEAU", "BLANC", "GUERIN", "MULLER", "HENRY", "ROUSSEL", "NICOLAS", "PERRIN",
        "MATHIEU", "CLEMENT", "GAUTHIER", "DUMAS", "FONTAINE", "CHEVALIER", "ROBIN", "MASSON", "SANCHEZ",
        "BOYER",
        "CHAPTAL", "PELLET", "BRUGUIER", "SERRE", "TEISSIER", "ROUVIERE", "VIGNAL", "COULET", "AUSSEL",
        "PIALOT",
        "MALAFOSSE", "BOISSIER", "SOUSTELLE", "DELON", "AGULHON", "NOGARET", "PRADEL", "CABANIS", "VIALA",
        "ROCHE",
    ]

    static let societes = [
        "SCI LES MURIERS", "CAMPING DU GARDON", "BOULANGERIE DU TEMPLE", "SARL GARAGE DES CEVENNES",
        "RESTAURANT LE MAS", "PHARMACIE DE LA GARE", "HLM LOGIS CEVENOL", "EHPAD LES OLIVIERS",
    ]

    /// Upper-case ASCII as Omega writes postal towns (`ALES`).
    static func postal(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
    }
}
