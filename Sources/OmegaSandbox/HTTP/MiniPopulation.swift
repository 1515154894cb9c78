import Foundation
import GRDB
import HummingbirdBcrypt
import Logging

/// A tiny fixed population (2 communes, 3 people, 4 contracts, readings, invoices, messages,
/// enumerations, two verified accounts) that HTTP tests can reason about exactly.
///
/// - Alès: Marie Durand (`marie@omega.test` / `Motdepasse-2026`) holds contracts `C-100`
///   (point P1, meter M1, active) and `C-101` (point P2); Jean Martin, the owner of P1's
///   building, holds `C-102` on point P3.
/// - Anduze: Paul Roux (`paul@omega.test` / `Motdepasse-2026`) holds `C-200` on point P4.
enum MiniPopulation {
    static let password = "Motdepasse-2026"

    /// A logger for tests that only shows critical messages (stopping an in-process server
    /// makes Hummingbird log the end of its listener as an error).
    static var quietLogger: Logger {
        var logger = Logger(label: "omega-sandbox-tests")
        logger.logLevel = .critical
        return logger
    }

    static func seed(_ store: SandboxStore) async throws {
        let hash = Bcrypt.hash(password, cost: 4)
        try await store.pool.write { db in
            for sql in statements { try db.execute(sql: sql) }
            for (account, email, person) in [
                ("a-marie", "marie@omega.test", "PE1"), ("a-paul", "paul@omega.test", "PE3"),
            ] {
                try db.execute(
                    sql: """
                        INSERT INTO account (account_id, email, password_hash, verified, personne_id, created_at)
                        VALUES (?, ?, ?, 1, ?, '2026-01-01 10:00:00')
                        """, arguments: [account, email, hash, person])
            }
            try insertReadings(db)
            try insertInvoices(db)
        }
    }

    private static let statements = [
        "INSERT INTO commune VALUES ('CO1', 'Alès', '30100', 'ALES', '30007'), ('CO2', 'Anduze', '30140', 'ANDUZE', '30010')",
        """
        INSERT INTO voie VALUES ('V1', 'CO1', '0010', 'RUE', 'de la', 'République'),
            ('V2', 'CO2', '0020', 'AV', 'du', 'Pont')
        """,
        "INSERT INTO pdessadr VALUES ('A1', 'V1', '12', NULL, 'CO1'), ('A2', 'V2', '3', 'bis', 'CO2')",
        "INSERT INTO tournee VALUES ('T1', 'T01', 'Centre', 'CO1')",
        "INSERT INTO natabo VALUES ('N1', 'DOM', 'Domestique')",
        """
        INSERT INTO compteur VALUES
            ('M1', 'SN-0001', 'ITRON', '15', 'C', 2015, 1, 'EAU', 1, 'WALK', 'CYBLE', 'RM1', 'CO1'),
            ('M2', 'SN-0002', 'SAPPEL', '15', 'C', 2018, 1, 'EAU', 0, NULL, NULL, NULL, 'CO1'),
            ('M3', 'SN-0003', 'ITRON', '20', 'C', 2012, 1, 'EAU', 0, NULL, NULL, NULL, 'CO1'),
            ('M4', 'SN-0004', 'ELSTER', '15', 'B', 2020, 1, 'EAU', 1, 'DRIVE', 'CYBLE', 'RM4', 'CO2')
        """,
        """
        INSERT INTO personne (personne_id, enum_civ, nompers, prenpers, adrpers2, cppers, villepers, tel, mail,
            actif, enum_ctier, enum_natju, commune_id) VALUES
            ('PE1', 'MME', 'DURAND', 'Marie', '12 RUE DE LA REPUBLIQUE', '30100', 'ALES', '0466000001',
             'marie@omega.test', 1, 'CTI01', 'NJU01', 'CO1'),
            ('PE2', 'M', 'MARTIN', 'Jean', '12 RUE DE LA REPUBLIQUE', '30100', 'ALES', NULL, NULL, 1, 'CTI01',
             'NJU01', 'CO1'),
            ('PE3', 'M', 'ROUX', 'Paul', '3 BIS AVENUE DU PONT', '30140', 'ANDUZE', NULL, 'paul@omega.test', 1,
             'CTI01', 'NJU01', 'CO2')
        """,
        """
        INSERT INTO pconso (pconso_id, numpconso, pdessadr_id, compteur_id, enum_thab, etage, numapt, tournee_id,
            noordrlv, actif, datedeb, proprietaire_id, commune_id) VALUES
            ('P1', '0001', 'A1', 'M1', 'APP', '1', '1A', 'T1', 10, 1, '2015-01-01 00:00:00', 'PE2', 'CO1'),
            ('P2', '0002', 'A1', 'M2', 'APP', '2', '2A', 'T1', 11, 1, '2018-01-01 00:00:00', 'PE2', 'CO1'),
            ('P3', '0003', 'A1', 'M3', 'APP', '3', '3A', 'T1', 12, 1, '2012-01-01 00:00:00', 'PE2', 'CO1'),
            ('P4', '0004', 'A2', 'M4', 'MAI', NULL, NULL, NULL, 1, 1, '2020-01-01 00:00:00', 'PE3', 'CO2')
        """,
        """
        INSERT INTO contrat (contrat_id, pconso_id, numcontrat, actif, suspendu, facturer, nombre, enum_tcon,
            datedeb, datefin, natabo_id, principal, occupant_id, redevable_id, commune_id) VALUES
            ('K1', 'P1', 'C-100', 1, 0, 1, 1, 'EAU', '2010-01-01 00:00:00', NULL, 'N1', 1, 'PE1', 'PE1', 'CO1'),
            ('K2', 'P2', 'C-101', 1, 0, 1, 1, 'EAU', '2018-01-01 00:00:00', NULL, 'N1', 1, 'PE1', 'PE1', 'CO1'),
            ('K3', 'P3', 'C-102', 1, 0, 1, 1, 'EAU', '2012-01-01 00:00:00', NULL, 'N1', 1, 'PE2', 'PE2', 'CO1'),
            ('K4', 'P4', 'C-200', 1, 0, 1, 1, 'EAU', '2020-01-01 00:00:00', NULL, 'N1', 1, 'PE3', 'PE3', 'CO2')
        """,
        """
        INSERT INTO message VALUES
            ('MS1', 'Travaux', 'Coupure rue de la République', '2020-01-01 00:00:00', NULL),
            ('MS2', 'Ancien', 'Message expiré', '2019-01-01 00:00:00', '2019-02-01 00:00:00')
        """,
        "INSERT INTO enum VALUES ('E1', 'THAB', 'Type d''habitat'), ('E2', 'CIV', 'Civilité')",
        """
        INSERT INTO ligenum VALUES ('L1', 'E1', 'APP', 'Appartement', 'App.'), ('L2', 'E1', 'MAI', 'Maison', 'Mais.'),
            ('L3', 'E2', 'MME', 'Madame', 'Mme'), ('L4', 'E2', 'M', 'Monsieur', 'M.')
        """,
    ]

    /// 30 half-yearly readings on P1 (20 m³ each, ending 2025-07-01), 2 on P2, P3 and P4.
    private static func insertReadings(_ db: Database) throws {
        var index = 1000
        let date = { (step: Int) in "\(2011 + step / 2)-\(step % 2 == 0 ? "01" : "07")-01 00:00:00" }
        for step in 0..<30 {
            let previous = step == 0 ? "2010-07-01 00:00:00" : date(step - 1)
            try insertReading(db, "R1-\(step)", "P1", "M1", previous, index, date(step), index + 20, "CO1")
            index += 20
        }
        try insertReading(db, "R2-0", "P2", "M2", "2024-01-01 00:00:00", 10, "2024-07-01 00:00:00", 40, "CO1")
        try insertReading(db, "R3-0", "P3", "M3", "2024-01-01 00:00:00", 50, "2024-07-01 00:00:00", 90, "CO1")
        try insertReading(db, "R4-0", "P4", "M4", "2024-01-01 00:00:00", 5, "2024-07-01 00:00:00", 25, "CO2")
    }

    private static func insertReading(
        _ db: Database, _ id: String, _ point: String, _ meter: String, _ dateai: String, _ ai: Int,
        _ dateni: String,
        _ ni: Int, _ commune: String
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO releve (releve_id, pconso_id, compteur_id, dateai, ai, dateni, ni, enum_crlv, afacturer,
                    radiorlv, cptinverse, cpttour, cptfuite, consorlv, commune_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'REEL', 0, 0, 0, 0, 0, ?, ?)
                """, arguments: [id, point, meter, dateai, ai, dateni, ni, ni - ai, commune])
    }

    /// 25 invoices on K1 (the latest unpaid), one each on K2, K3, K4.
    private static func insertInvoices(_ db: Database) throws {
        for number in 0..<25 {
            let paid = number < 24 ? 1 : 0
            try insertInvoice(
                db, "F1-\(number)", "CF1-\(number)", "K1", String(format: "1%05d", number),
                String(format: "%04d-03-15 00:00:00", 2001 + number), paid, "CO1")
        }
        try insertInvoice(db, "F2-0", "CF2-0", "K2", "200001", "2024-09-15 00:00:00", 0, "CO1")
        try insertInvoice(db, "F3-0", "CF3-0", "K3", "300001", "2024-09-15 00:00:00", 0, "CO1")
        try insertInvoice(db, "F4-0", "CF4-0", "K4", "400001", "2024-09-15 00:00:00", 0, "CO2")
    }

    private static func insertInvoice(
        _ db: Database, _ id: String, _ link: String, _ contract: String, _ number: String, _ date: String,
        _ paid: Int, _ commune: String
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO facture (facture_id, contfact_id, contrat_id, exercice, datefact, nofacture, typefact,
                    budget, consofac, codemon, ht, tva, ttc, nap, datech, preleve, annulee, avoir, solde,
                    mensualites, a_prelever, commune_id)
                VALUES (?, ?, ?, ?, ?, ?, 'Reelle', 'TOUT', 20, 'EUR', '73.42', '4.04', '77.46', '77.46', ?, 0, 0, 0,
                    ?, 0, 0, ?)
                """, arguments: [id, link, contract, Int(date.prefix(4)), date, number, date, paid, commune])
    }
}
