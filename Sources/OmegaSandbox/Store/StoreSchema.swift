import GRDB

/// The sandbox's SQLite schema.
///
/// Business tables are named after Omega's resource types and their columns carry Omega's
/// wire names, so a row decodes straight into the matching `OmegaClient` model (whose
/// `CodingKeys` are those wire names). Values are stored in wire form too: booleans and
/// integers as INTEGER, money as TEXT (`"73.42"`, exact `Decimal`), dates as TEXT
/// `YYYY-MM-DD HH:MM:SS` in Europe/Paris time (they sort as strings). Sandbox-only tables
/// (accounts, tokens, outbox…) use INTEGER Unix seconds for instants.
///
/// Every table a partner may list carries a denormalised `commune_id`: a partner's view is
/// `commune_id IN (its communes)`. A person's `commune_id` is the commune of its first contract.
///
/// Business tables are `WITHOUT ROWID` (their text primary key is the table's b-tree): one
/// b-tree per row insert instead of two, which halves bulk generation's index work.
enum StoreSchema {
    /// The migrations, in order. Never edit a registered migration: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-business") { db in
            for statement in businessTables { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v1-subscribers") { db in
            for statement in subscriberTables { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v1-requests") { db in
            for statement in requestTables { try db.execute(sql: statement) }
        }
        return migrator
    }

    /// Indexes, created after bulk generation (inserting into indexed tables is slower).
    static let indexes = [
        "CREATE INDEX IF NOT EXISTS voie_commune ON voie(commune_id)",
        "CREATE INDEX IF NOT EXISTS pdessadr_voie ON pdessadr(voie_id)",
        "CREATE INDEX IF NOT EXISTS pconso_pdessadr ON pconso(pdessadr_id)",
        "CREATE INDEX IF NOT EXISTS contrat_pconso ON contrat(pconso_id)",
        "CREATE INDEX IF NOT EXISTS contrat_occupant ON contrat(occupant_id)",
        "CREATE INDEX IF NOT EXISTS contrat_redevable ON contrat(redevable_id)",
        "CREATE INDEX IF NOT EXISTS releve_pconso ON releve(pconso_id, dateni)",
        "CREATE INDEX IF NOT EXISTS facture_contrat ON facture(contrat_id, datefact)",
        "CREATE INDEX IF NOT EXISTS facture_contfact ON facture(contfact_id)",
        "CREATE INDEX IF NOT EXISTS ligenum_enum ON ligenum(enum_id)",
        "CREATE INDEX IF NOT EXISTS pconso_commune ON pconso(commune_id)",
        "CREATE INDEX IF NOT EXISTS contrat_commune ON contrat(commune_id)",
        "CREATE INDEX IF NOT EXISTS personne_commune ON personne(commune_id)",
        // The counter's searches (PointSearchSQL): case-insensitive equality and prefixes on
        // the contract number, the occupant's name and the meter serial, then back to the point.
        "CREATE INDEX IF NOT EXISTS pconso_compteur ON pconso(compteur_id)",
        "CREATE INDEX IF NOT EXISTS contrat_numcontrat_lower ON contrat(lower(numcontrat))",
        "CREATE INDEX IF NOT EXISTS personne_nompers_lower ON personne(lower(nompers))",
        "CREATE INDEX IF NOT EXISTS compteur_numserie_lower ON compteur(lower(numserie))",
        // A new request or reading takes the numeric maximum of the ids plus one
        // (`SandboxStore.nextId`, `DemandeStore.insert`): with these, one index lookup instead
        // of a scan of the whole table inside every write (the soak's filings slowed down as
        // the request table grew).
        "CREATE INDEX IF NOT EXISTS request_number ON request(CAST(req_id AS INTEGER))",
        "CREATE INDEX IF NOT EXISTS releve_number ON releve(CAST(releve_id AS INTEGER))",
        // Requests are listed by contract, person, commune and filer (`DemandeStore.load`),
        // and a new index looks for an open one on its point (`DemandeValidation.reading`).
        "CREATE INDEX IF NOT EXISTS request_contrat ON request(contrat_id)",
        "CREATE INDEX IF NOT EXISTS request_personne ON request(personne_id)",
        "CREATE INDEX IF NOT EXISTS request_commune ON request(commune_id)",
        "CREATE INDEX IF NOT EXISTS request_partner ON request(partner_id)",
        "CREATE INDEX IF NOT EXISTS request_point ON request(pconso_id, req_code, req_status)",
    ]

    private static let businessTables = [
        """
        CREATE TABLE commune (
            commune_id TEXT PRIMARY KEY, nom TEXT NOT NULL, codepostal TEXT, ville TEXT, codeinsee TEXT) WITHOUT ROWID
        """,
        """
        CREATE TABLE voie (
            voie_id TEXT PRIMARY KEY, commune_id TEXT NOT NULL REFERENCES commune,
            codevoie TEXT, typevoie TEXT, artvoie TEXT, nomvoie TEXT) WITHOUT ROWID
        """,
        """
        CREATE TABLE pdessadr (
            pdessadr_id TEXT PRIMARY KEY, voie_id TEXT NOT NULL REFERENCES voie,
            numvoirie TEXT, cpltnumvoi TEXT, commune_id TEXT NOT NULL) WITHOUT ROWID
        """,
        """
        CREATE TABLE tournee (
            tournee_id TEXT PRIMARY KEY, codetournee TEXT, libtournee TEXT, commune_id TEXT) WITHOUT ROWID
        """,
        "CREATE TABLE natabo (natabo_id TEXT PRIMARY KEY, codenat TEXT, libnat TEXT) WITHOUT ROWID",
        """
        CREATE TABLE compteur (
            compteur_id TEXT PRIMARY KEY, numserie TEXT, enum_marq TEXT, enum_diam TEXT,
            enum_calib TEXT, anneefab INTEGER, compteur_actif INTEGER, enum_tcpt TEXT,
            releve_radio INTEGER, rrmodereleve TEXT, rrtypemodule TEXT, rrnsmodule TEXT,
            commune_id TEXT NOT NULL) WITHOUT ROWID
        """,
        """
        CREATE TABLE personne (
            personne_id TEXT PRIMARY KEY, enum_civ TEXT, nompers TEXT, prenpers TEXT, cpltnom TEXT,
            adrpers1 TEXT, adrpers2 TEXT, adrpers3 TEXT, cppers TEXT, villepers TEXT,
            enum_paysr TEXT, tel TEXT, telmobile TEXT, teltravail TEXT, mail TEXT,
            actif INTEGER, enum_ctier TEXT, enum_natju TEXT, commune_id TEXT NOT NULL) WITHOUT ROWID
        """,
        """
        CREATE TABLE pconso (
            pconso_id TEXT PRIMARY KEY, numpconso TEXT, pdessadr_id TEXT REFERENCES pdessadr,
            compteur_id TEXT REFERENCES compteur, enum_thab TEXT, etage TEXT, numapt TEXT,
            cpltadr TEXT, tournee_id TEXT, noordrlv INTEGER, comlib TEXT, actif INTEGER,
            datedeb TEXT, datefin TEXT, proprietaire_id TEXT, commune_id TEXT NOT NULL) WITHOUT ROWID
        """,
        """
        CREATE TABLE contrat (
            contrat_id TEXT PRIMARY KEY, pconso_id TEXT NOT NULL REFERENCES pconso,
            numcontrat TEXT NOT NULL UNIQUE, actif INTEGER, suspendu INTEGER, facturer INTEGER,
            nombre INTEGER, enum_tcon TEXT, enum_natcont TEXT, enum_stcont TEXT, datedeb TEXT,
            datefin TEXT, natabo_id TEXT, principal INTEGER,
            occupant_id TEXT REFERENCES personne, redevable_id TEXT REFERENCES personne,
            commune_id TEXT NOT NULL) WITHOUT ROWID
        """,
        """
        CREATE TABLE releve (
            releve_id TEXT PRIMARY KEY, pconso_id TEXT NOT NULL, compteur_id TEXT,
            dateai TEXT, ai INTEGER, dateni TEXT, ni INTEGER, enum_crlv TEXT, afacturer INTEGER,
            radiorlv INTEGER, cptinverse INTEGER, cpttour INTEGER, cptfuite INTEGER,
            consorlv INTEGER, comlib TEXT, commune_id TEXT NOT NULL) WITHOUT ROWID
        """,
        """
        CREATE TABLE facture (
            facture_id TEXT PRIMARY KEY, contfact_id TEXT NOT NULL,
            contrat_id TEXT NOT NULL REFERENCES contrat, exercice INTEGER, datefact TEXT,
            nofacture TEXT, typefact TEXT, budget TEXT, consofac INTEGER, codemon TEXT,
            ht TEXT, tva TEXT, ttc TEXT, nap TEXT, datech TEXT, preleve INTEGER,
            annulee INTEGER, dateann TEXT, avoir INTEGER, solde INTEGER, mensualites INTEGER,
            a_prelever INTEGER, p_nf_possible INTEGER, echeance1 TEXT, echeance2 TEXT,
            vad TEXT, vad_recur1 TEXT, vad_recur2 TEXT, vad_recur3 TEXT, commune_id TEXT NOT NULL) WITHOUT ROWID
        """,
        // One link per invoice in the sandbox: Partner_Contfact is a view of the invoice.
        "CREATE VIEW contfact AS SELECT contfact_id, facture_id, contrat_id, commune_id FROM facture",
        // Billed consumptions are the readings of the contract's point during the contract.
        """
        CREATE VIEW consomme AS
        SELECT c.contrat_id || '-' || r.releve_id AS consomme_id, c.contrat_id, r.dateai, r.ai,
               r.dateni, r.ni, r.enum_crlv, r.afacturer, 1 - r.afacturer AS facture,
               0 AS forfait, r.consorlv,
               CASE c.enum_tcon WHEN 'ASS' THEN 'ASS' ELSE 'EAU' END AS enum_budg,
               r.consorlv AS comsofact, c.commune_id
        FROM contrat c JOIN releve r ON r.pconso_id = c.pconso_id
        WHERE r.dateni >= c.datedeb AND (c.datefin IS NULL OR r.dateni <= c.datefin)
        """,
        """
        CREATE TABLE message (
            message_id TEXT PRIMARY KEY, titremsg TEXT, corpsmsg TEXT, ddebdiff TEXT, dfindiff TEXT) WITHOUT ROWID
        """,
        "CREATE TABLE enum (enum_id TEXT PRIMARY KEY, nomenum TEXT UNIQUE, libenum TEXT) WITHOUT ROWID",
        """
        CREATE TABLE ligenum (
            ligenum_id TEXT PRIMARY KEY, enum_id TEXT NOT NULL REFERENCES enum,
            codeenum TEXT, liblenum TEXT, libcenum TEXT) WITHOUT ROWID
        """,
    ]

    private static let subscriberTables = [
        """
        CREATE TABLE account (
            account_id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL, verified INTEGER NOT NULL DEFAULT 0,
            personne_id TEXT NOT NULL REFERENCES personne, created_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE account_code (
            id INTEGER PRIMARY KEY, account_id TEXT NOT NULL REFERENCES account,
            purpose TEXT NOT NULL, code_hash TEXT NOT NULL, expires_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, used INTEGER NOT NULL DEFAULT 0)
        """,
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY, recipient TEXT NOT NULL, subject TEXT NOT NULL,
            body TEXT NOT NULL, created_at INTEGER NOT NULL)
        """,
        """
        CREATE TABLE refresh_token (
            token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES account,
            family_id TEXT NOT NULL, expires_at INTEGER NOT NULL,
            revoked INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)
        """,
        "CREATE INDEX refresh_token_family ON refresh_token(family_id)",
        """
        CREATE TABLE login_attempt (
            id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE, address TEXT NOT NULL,
            ts INTEGER NOT NULL, success INTEGER NOT NULL)
        """,
        "CREATE INDEX login_attempt_email ON login_attempt(email, ts)",
        "CREATE INDEX login_attempt_address ON login_attempt(address, ts)",
    ]

    private static let requestTables = [
        """
        CREATE TABLE request (
            req_id TEXT PRIMARY KEY, req_code TEXT NOT NULL, req_status TEXT NOT NULL,
            req_title TEXT, req_ts TEXT NOT NULL, req_summary TEXT, payload TEXT NOT NULL,
            agent TEXT, comment TEXT, account_id TEXT, partner_id TEXT, contrat_id TEXT,
            pconso_id TEXT, personne_id TEXT, ni INTEGER, dateni TEXT, commune_id TEXT)
        """,
        "CREATE INDEX request_account ON request(account_id)",
        "CREATE INDEX request_status ON request(req_status)",
        """
        CREATE TABLE request_event (
            event_id INTEGER PRIMARY KEY, req_id TEXT NOT NULL REFERENCES request,
            status TEXT NOT NULL, ts TEXT NOT NULL, comment TEXT, agent TEXT)
        """,
        "CREATE INDEX request_event_req ON request_event(req_id)",
        """
        CREATE TABLE idempotency (
            scope TEXT NOT NULL, key TEXT NOT NULL, body_hash TEXT NOT NULL,
            status INTEGER NOT NULL, response BLOB NOT NULL, created_at INTEGER NOT NULL,
            PRIMARY KEY (scope, key))
        """,
    ]
}
