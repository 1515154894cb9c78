/// The enumerations, subscriber natures and messages every demo database holds.
enum DemoEnumerations {
    /// Code, label, and the lines (code, long label, short label).
    static let enumerations: [(code: String, libelle: String, lignes: [(String, String, String)])] = [
        (
            "THAB", "Type d'habitat",
            [
                ("MAIS", "Maison individuelle", "Maison"), ("APPT", "Appartement", "Appart."),
                ("COMM", "Local commercial", "Commerce"), ("JARD", "Jardin, arrosage", "Jardin"),
                ("COLL", "Compteur général d'immeuble", "Collectif"),
            ]
        ),
        (
            "MQCPT", "Marque de compteur",
            [
                ("ITRON", "Itron", "Itron"), ("SENSUS", "Sensus", "Sensus"),
                ("DIEHL", "Diehl Metering", "Diehl"),
                ("ELSTER", "Elster", "Elster"), ("SAPPEL", "Sappel", "Sappel"),
            ]
        ),
        (
            "DCPT", "Diamètre de compteur",
            [
                ("15", "15 mm", "DN15"), ("20", "20 mm", "DN20"), ("30", "30 mm", "DN30"),
                ("40", "40 mm", "DN40"),
            ]
        ),
        (
            "CALIB", "Calibre",
            [
                ("Q25", "Q3 = 2,5 m³/h", "Q3 2,5"), ("Q40", "Q3 = 4 m³/h", "Q3 4"),
                ("Q63", "Q3 = 6,3 m³/h", "Q3 6,3"),
            ]
        ),
        (
            "CIV", "Civilité",
            [
                ("M", "Monsieur", "M."), ("MME", "Madame", "Mme"), ("MMM", "Madame et Monsieur", "M. et Mme"),
                ("SOC", "Société", "Sté"),
            ]
        ),
        (
            "BUDG", "Budget",
            [("EAU", "Eau potable", "Eau"), ("ASS", "Assainissement collectif", "Assainissement")]
        ),
    ]

    /// Subscriber natures: id, code, label.
    static let natures: [(id: String, code: String, libelle: String)] = [
        ("1", "PART", "Particulier"), ("2", "PRO", "Professionnel"), ("3", "COLL", "Collectivité"),
        ("4", "BAIL", "Bailleur social"),
    ]

    /// Messages relative to the reference day: title, body, start offset and end offset in days
    /// (`nil` = open).
    static let messages: [(titre: String, corps: String, debut: Int?, fin: Int?)] = [
        (
            "Relève des compteurs",
            "Nos agents relèvent les compteurs de votre secteur ce mois-ci. Merci de laisser l'accès libre à votre compteur.",
            -10, 20
        ),
        (
            "Paiement en ligne",
            "Réglez vos factures en ligne sur https://paiement.eaux-demo.fr ou par téléphone au 09 69 32 35 29 "
                + "avec la référence de paiement de votre facture, ou optez pour le prélèvement mensuel.",
            -400, nil
        ),
        (
            "Travaux rue de la République",
            "Des coupures d'eau de courte durée sont possibles pendant les travaux sur le réseau.", -120, -60
        ),
        (
            "Fermeture exceptionnelle de l'accueil",
            "L'accueil du service des eaux sera fermé le jour du pont. Le service d'urgence reste joignable.",
            30, 31
        ),
    ]
}
