"""The versioned schema. Migrations are applied in order, once, and never edited after release:
a change to the schema is a new migration at the end of the list."""

from __future__ import annotations

EVENT_COLUMNS_DDL = """
    event_id VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    release VARCHAR,
    source_event_id VARCHAR NOT NULL,
    source_event_id_alt VARCHAR,
    event_date DATE,
    date_end DATE,
    date_precision VARCHAR,
    date_precision_source VARCHAR,
    year SMALLINT,
    country VARCHAR,
    iso3 VARCHAR,
    admin1 VARCHAR,
    admin2 VARCHAR,
    admin3 VARCHAR,
    location VARCHAR,
    latitude DOUBLE,
    longitude DOUBLE,
    geo_precision VARCHAR,
    geo_precision_source VARCHAR,
    event_type VARCHAR,
    sub_event_type VARCHAR,
    event_type_source VARCHAR,
    disorder_type VARCHAR,
    actor1 VARCHAR,
    assoc_actor_1 VARCHAR,
    inter1 TINYINT,
    actor2 VARCHAR,
    assoc_actor_2 VARCHAR,
    inter2 TINYINT,
    interaction SMALLINT,
    actor1_source_id VARCHAR,
    actor2_source_id VARCHAR,
    fatalities_low INTEGER,
    fatalities_best INTEGER,
    fatalities_high INTEGER,
    notes VARCHAR,
    notes_fr VARCHAR,
    source_names VARCHAR,
    source_urls VARCHAR,
    source_scale VARCHAR,
    tactic VARCHAR,
    target_category VARCHAR,
    attribution VARCHAR,
    source_updated TIMESTAMP WITH TIME ZONE,
    quality_notes VARCHAR,
"""

DERIVED_COLUMNS_DDL = """
    admin1_norm VARCHAR,
    admin2_norm VARCHAR,
    admin1_pcode VARCHAR,
    admin2_pcode VARCHAR,
    priogrid_gid INTEGER,
    h3 VARCHAR,
    border_km DOUBLE,
    border_iso3 VARCHAR,
    liptako_gourma BOOLEAN,
    actor1_ids VARCHAR[],
    actor2_ids VARCHAR[],
    assoc_actor_1_ids VARCHAR[],
    assoc_actor_2_ids VARCHAR[],
    actor1_family VARCHAR,
    actor2_family VARCHAR,
    perpetrator_ids VARCHAR[],
    target_ids VARCHAR[],
    perpetrator_family VARCHAR,
    derived_tactic VARCHAR,
    derived_target_category VARCHAR,
    derived_attribution VARCHAR,
"""

#: Derived columns that depend only on an event's place (stored once per distinct place in
#: ``event_places``) and only on its actor strings (once per distinct actor set in
#: ``event_actor_sets``). Events point at them with ``place_key`` / ``actor_key``.
PLACE_COLUMNS: tuple[str, ...] = ("admin1_norm", "admin2_norm", "admin1_pcode", "admin2_pcode", "priogrid_gid", "h3",
                                  "border_km", "border_iso3", "liptako_gourma")
ACTOR_SET_COLUMNS: tuple[str, ...] = ("actor1_ids", "actor2_ids", "assoc_actor_1_ids", "assoc_actor_2_ids",
                                      "actor1_family", "actor2_family", "perpetrator_ids", "target_ids",
                                      "perpetrator_family")


#: the SQL type of each derived column
DERIVED_SQL_TYPES: dict[str, str] = dict(
    line.strip().rstrip(",").split(" ", 1) for line in DERIVED_COLUMNS_DDL.strip().splitlines())


def _ddl_of(names: tuple[str, ...]) -> str:
    return ",\n    ".join(f"{n} {DERIVED_SQL_TYPES[n]}" for n in names)


#: the ``events`` view from migration 7 on: current versions with their place and actor-set columns
EVENTS_VIEW_7 = """
CREATE VIEW event_versions_full AS
SELECT v.* EXCLUDE (place_key, actor_key), p.* EXCLUDE (place_key), a.* EXCLUDE (actor_key)
FROM event_versions v
LEFT JOIN event_places p ON p.place_key = v.place_key
LEFT JOIN event_actor_sets a ON a.actor_key = v.actor_key;
CREATE VIEW events AS
SELECT * EXCLUDE (tactic, target_category, attribution, is_current, deleted, valid_to),
       coalesce(tactic, derived_tactic) AS tactic,
       coalesce(target_category, derived_target_category) AS target_category,
       coalesce(attribution, derived_attribution) AS attribution,
       CASE WHEN tactic IS NOT NULL THEN 'source' WHEN derived_tactic IS NOT NULL THEN 'derived' END AS tactic_origin
FROM event_versions_full
WHERE is_current AND NOT deleted;
"""


def _migration_7() -> str:
    place_cols, actor_cols = ", ".join(PLACE_COLUMNS), ", ".join(ACTOR_SET_COLUMNS)
    drops = "\n".join(f"ALTER TABLE event_versions DROP COLUMN {c};" for c in PLACE_COLUMNS + ACTOR_SET_COLUMNS)
    return f"""
CREATE TABLE event_places (
    place_key UBIGINT PRIMARY KEY,
    {_ddl_of(PLACE_COLUMNS)}
);
CREATE TABLE event_actor_sets (
    actor_key UBIGINT PRIMARY KEY,
    {_ddl_of(ACTOR_SET_COLUMNS)}
);
ALTER TABLE event_versions ADD COLUMN place_key UBIGINT;
ALTER TABLE event_versions ADD COLUMN actor_key UBIGINT;
UPDATE event_versions SET place_key = hash({place_cols}), actor_key = hash({actor_cols});
INSERT INTO event_places SELECT place_key, {', '.join(f'any_value({c})' for c in PLACE_COLUMNS)}
    FROM event_versions GROUP BY place_key;
INSERT INTO event_actor_sets SELECT actor_key, {', '.join(f'any_value({c})' for c in ACTOR_SET_COLUMNS)}
    FROM event_versions GROUP BY actor_key;
DROP VIEW events;
{drops}
{EVENTS_VIEW_7}
"""


MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "event versions, ingest log, rejections, aggregates",
        f"""
CREATE TABLE ingests (
    ingest_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    path VARCHAR,
    sha256 VARCHAR,
    format VARCHAR,
    source VARCHAR,
    release VARCHAR,
    header VARCHAR,
    encoding VARCHAR,
    notes VARCHAR,
    snapshot BOOLEAN DEFAULT false,
    read BIGINT, inserted BIGINT, updated BIGINT, unchanged BIGINT, rejected BIGINT,
    deleted BIGINT, merged_rows BIGINT,
    quarantine VARCHAR,
    status VARCHAR
);
-- Every version of every event. The current one has is_current; a deletion is a version
-- with deleted = true. valid_from / valid_to name the ingests that made and replaced it.
CREATE TABLE event_versions (
{EVENT_COLUMNS_DDL}
    content_hash UBIGINT NOT NULL,
    version INTEGER NOT NULL,
    is_current BOOLEAN NOT NULL,
    deleted BOOLEAN NOT NULL,
    valid_from VARCHAR NOT NULL,
    valid_to VARCHAR,
    file VARCHAR,
    line BIGINT,
    raw VARCHAR,
    ingested_at TIMESTAMP WITH TIME ZONE NOT NULL,
{DERIVED_COLUMNS_DDL}
    derived_at TIMESTAMP WITH TIME ZONE
);
CREATE TABLE rejections (
    ingest_id VARCHAR NOT NULL,
    file VARCHAR,
    line BIGINT,
    reason VARCHAR,
    raw VARCHAR
);
CREATE TABLE aggregate_versions (
    agg_key VARCHAR NOT NULL,
    source VARCHAR, release VARCHAR, iso3 VARCHAR, country VARCHAR,
    admin1 VARCHAR, admin1_pcode VARCHAR, admin2 VARCHAR, admin2_pcode VARCHAR,
    period_start DATE, period VARCHAR, events INTEGER, fatalities INTEGER,
    content_hash UBIGINT NOT NULL,
    version INTEGER NOT NULL,
    is_current BOOLEAN NOT NULL,
    valid_from VARCHAR NOT NULL,
    valid_to VARCHAR,
    file VARCHAR, line BIGINT, raw VARCHAR,
    ingested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE VIEW events AS
SELECT * EXCLUDE (tactic, target_category, attribution, is_current, deleted, valid_to),
       coalesce(tactic, derived_tactic) AS tactic,
       coalesce(target_category, derived_target_category) AS target_category,
       coalesce(attribution, derived_attribution) AS attribution,
       CASE WHEN tactic IS NOT NULL THEN 'source' WHEN derived_tactic IS NOT NULL THEN 'derived' END AS tactic_origin
FROM event_versions
WHERE is_current AND NOT deleted;
CREATE VIEW aggregates AS
SELECT * EXCLUDE (is_current, valid_to) FROM aggregate_versions WHERE is_current;
""",
    ),
    (
        2,
        "linkage: links between records of one real event, and their clusters",
        """
CREATE TABLE event_links (
    event_id_a VARCHAR NOT NULL,
    event_id_b VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    explanation VARCHAR,
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE event_clusters (
    event_id VARCHAR PRIMARY KEY,
    cluster_id VARCHAR NOT NULL
);
""",
    ),
    (
        3,
        "source files kept verbatim (compressed chunks); events point into them by byte offset",
        """
CREATE TABLE source_files (
    sha256 VARCHAR PRIMARY KEY,
    path VARCHAR,
    size BIGINT,
    codec VARCHAR,
    chunk_size BIGINT,
    chunks INTEGER,
    stored_at TIMESTAMP WITH TIME ZONE
);
CREATE TABLE source_file_chunks (
    sha256 VARCHAR NOT NULL,
    chunk INTEGER NOT NULL,
    data BLOB NOT NULL
);
ALTER TABLE event_versions ADD COLUMN raw_sha256 VARCHAR;
ALTER TABLE event_versions ADD COLUMN raw_offset BIGINT;
ALTER TABLE event_versions ADD COLUMN raw_length BIGINT;
""",
    ),
    (
        4,
        "imported admin boundaries (geo import) and the learned gazetteer",
        """
CREATE TABLE IF NOT EXISTS boundaries (
    iso3 VARCHAR NOT NULL,
    level INTEGER NOT NULL,
    pcode VARCHAR,
    name VARCHAR NOT NULL,
    name_norm VARCHAR,
    parent_pcode VARCHAR,
    parent_name VARCHAR,
    source VARCHAR NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    geometry_wkb BLOB
);
CREATE TABLE gazetteer_places (
    id VARCHAR, name VARCHAR, names VARCHAR, latitude DOUBLE, longitude DOUBLE, iso3 VARCHAR,
    admin1 VARCHAR, admin2 VARCHAR, kind VARCHAR, population BIGINT, event_count BIGINT, sources VARCHAR,
    feature_class VARCHAR, admin1_code VARCHAR, formerly VARCHAR, origin VARCHAR
);
""",
    ),
    (
        5,
        "evidence for the coding read from the notes ('sahelwatch enrich')",
        "ALTER TABLE event_versions ADD COLUMN derived_evidence VARCHAR;",
    ),
    (
        6,
        "store metadata (the content-hash probe)",
        "CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value VARCHAR);",
    ),
    (
        7,
        "place and actor-set derived columns stored once per distinct place / actor set (keyed side tables)",
        _migration_7(),
    ),
    (
        8,
        "the program registry: programs and their admin2 areas, each with its source file and line",
        """
CREATE TABLE programs (
    program_id VARCHAR PRIMARY KEY,
    title VARCHAR, organisation VARCHAR, org_roles VARCHAR, sector VARCHAR, activity VARCHAR,
    dac_code VARCHAR, program_type VARCHAR, status VARCHAR, start_date DATE, end_date DATE,
    budget_value DOUBLE, budget_currency VARCHAR, budget_usd DOUBLE, beneficiaries DOUBLE,
    countries VARCHAR, source_format VARCHAR, source_url VARCHAR,
    file VARCHAR, line BIGINT, ingest_id VARCHAR, imported_at TIMESTAMP WITH TIME ZONE
);
CREATE TABLE program_areas (
    program_id VARCHAR NOT NULL,
    iso3 VARCHAR, admin1_pcode VARCHAR, admin2 VARCHAR, admin2_pcode VARCHAR NOT NULL,
    area_as_written VARCHAR, match VARCHAR, start_date DATE, end_date DATE,
    file VARCHAR, line BIGINT, ingest_id VARCHAR
);
""",
    ),
    (
        9,
        "accounts, the hash-chained audit log and human-rights case records (names, contacts, narratives "
        "encrypted per case)",
        """
CREATE TABLE users (
    name VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, password_hash VARCHAR NOT NULL, otp_secret_enc BLOB,
    recovery_hashes VARCHAR, last_otp_step BIGINT, disabled BOOLEAN NOT NULL DEFAULT false,
    token_version INTEGER NOT NULL DEFAULT 1, created_at VARCHAR
);
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY, logged_at VARCHAR NOT NULL, actor VARCHAR NOT NULL, action VARCHAR NOT NULL, target VARCHAR,
    purpose VARCHAR, details VARCHAR NOT NULL, prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL
);
CREATE TABLE hr_cases (
    case_id VARCHAR PRIMARY KEY, event_id VARCHAR, event_known BOOLEAN, violation VARCHAR NOT NULL, date DATE,
    location_name_enc BLOB, country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, latitude DOUBLE, longitude DOUBLE,
    perpetrator_enc BLOB, perpetrator_ids VARCHAR, perpetrator_family VARCHAR, sensitivity VARCHAR NOT NULL,
    narrative_enc BLOB, sources_enc BLOB, n_sources INTEGER, n_victims INTEGER, n_witnesses INTEGER,
    flags VARCHAR, imported_at VARCHAR, imported_by VARCHAR
);
CREATE TABLE hr_people (
    case_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, idx INTEGER NOT NULL, name_enc BLOB, contact_enc BLOB,
    sex VARCHAR, age INTEGER
);
CREATE TABLE hr_case_keys (case_id VARCHAR PRIMARY KEY, wrapped_key BLOB NOT NULL, master_key_id VARCHAR NOT NULL);
CREATE TABLE hr_evidence (
    case_id VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, size BIGINT, filename_enc BLOB, added_at VARCHAR,
    added_by VARCHAR
);
CREATE TABLE hr_custody (
    case_id VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, seq INTEGER NOT NULL, done_at VARCHAR NOT NULL,
    action VARCHAR NOT NULL, done_by VARCHAR NOT NULL, note VARCHAR
);
""",
    ),
    (
        10,
        "forecast runs and backtests: one row per stored run (model, its configuration's hash, the store "
        "snapshot it was trained on) and one per unit, model, origin and target month",
        """
CREATE TABLE forecast_runs (
    run_id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    model VARCHAR NOT NULL,
    model_version VARCHAR NOT NULL,
    config_hash VARCHAR NOT NULL,
    config VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    first_origin VARCHAR NOT NULL,
    last_origin VARCHAR NOT NULL,
    horizons VARCHAR NOT NULL,
    panel_source VARCHAR NOT NULL,
    panel_sha256 VARCHAR NOT NULL,
    panel_first_month VARCHAR,
    panel_last_month VARCHAR,
    snapshot_ingest_id VARCHAR,
    snapshot_at TIMESTAMP WITH TIME ZONE,
    n_units INTEGER NOT NULL,
    n_values BIGINT NOT NULL,
    summary VARCHAR
);
CREATE TABLE forecast_values (
    run_id VARCHAR NOT NULL,
    model VARCHAR NOT NULL,
    origin VARCHAR NOT NULL,
    horizon INTEGER NOT NULL,
    target_month VARCHAR NOT NULL,
    unit_id VARCHAR NOT NULL,
    unit_name VARCHAR,
    iso3 VARCHAR,
    admin1 VARCHAR,
    p_any_fatal DOUBLE NOT NULL,
    fatalities_mean DOUBLE NOT NULL,
    q05 DOUBLE NOT NULL, q10 DOUBLE NOT NULL, q25 DOUBLE NOT NULL, q50 DOUBLE NOT NULL,
    q75 DOUBLE NOT NULL, q90 DOUBLE NOT NULL, q95 DOUBLE NOT NULL,
    expected_log1p DOUBLE,
    events_mean DOUBLE,
    observed DOUBLE,
    crps DOUBLE
);
""",
    ),
    (
        11,
        "PostgreSQL: every table of the store notifies its commits to the servers listening (a statement trigger, "
        "store/pg_schema.py); nothing changes on DuckDB",
        "-- nothing on DuckDB: its server digests an in-memory copy of the file (api/db.py)",
    ),
    (
        12,
        "PostgreSQL: a new account waits until no server serving the open mode (no account) holds the accounts' gate "
        "(a statement trigger, store/pg_schema.py); nothing changes on DuckDB",
        "-- nothing on DuckDB: its server counts the accounts of its in-memory copy of the file (api/db.py)",
    ),
    (
        13,
        "PostgreSQL: the accounts' triggers fire always, under session_replication_role = replica too, and a server "
        "grants the open mode only while the gate's trigger does (store/pg_schema.py); nothing changes on DuckDB",
        "-- nothing on DuckDB: its server counts the accounts of its in-memory copy of the file (api/db.py)",
    ),
)
