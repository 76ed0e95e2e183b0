"""Per-serial rollups of the scans, kept by a trigger on `scans` (docs/stamps.md, "A hot
serial").

A verification reads a serial's history (how often, first when and where, in which
municipalities, by how many anonymous client networks) from `serial_scan_rollups`,
`serial_scan_places` and `serial_scan_networks` in index probes, so its cost does not grow with
the serial's scans. A trigger writes them in the statement that inserts the scan: whatever
inserts a scan (a verification's one INSERT in autocommit, an inspection, a test's factory),
the rollups are in its transaction, and concurrent scans of one serial add up through
`INSERT ... ON CONFLICT DO UPDATE` on the row's lock (no lost updates; a PostgreSQL test runs
parallel verifications through gunicorn). The first scan is the earliest by time, then id, as
the scans themselves order it.

`backfill` rebuilds them from the scans (migration 0009, and bench/hot_serial.py after a bulk
load with the trigger disabled).
"""

from __future__ import annotations

from sqlalchemy import text

TRIGGER = "scans_rollup"

# PostgreSQL: one PL/pgSQL row trigger. The three statements always lock in the same order
# (network, rollup, place), so concurrent scans of one serial queue and never deadlock.
_POSTGRESQL = [
    f"""
CREATE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    fresh_network integer := 0;
BEGIN
    IF NEW.series IS NULL OR NEW.number IS NULL THEN
        RETURN NULL;
    END IF;
    IF NEW.client_network IS NOT NULL THEN
        INSERT INTO serial_scan_networks (series, number, client_network)
        VALUES (NEW.series, NEW.number, NEW.client_network)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS fresh_network = ROW_COUNT;
    END IF;
    INSERT INTO serial_scan_rollups AS r
        (series, number, scans, first_scanned_at, first_scan_id, first_municipality,
         client_networks)
    VALUES (NEW.series, NEW.number, 1, NEW.scanned_at, NEW.id, NEW.municipality, fresh_network)
    ON CONFLICT (series, number) DO UPDATE SET
        scans = r.scans + 1,
        client_networks = r.client_networks + excluded.client_networks,
        first_scanned_at = CASE WHEN (excluded.first_scanned_at, excluded.first_scan_id)
            < (r.first_scanned_at, r.first_scan_id)
            THEN excluded.first_scanned_at ELSE r.first_scanned_at END,
        first_municipality = CASE WHEN (excluded.first_scanned_at, excluded.first_scan_id)
            < (r.first_scanned_at, r.first_scan_id)
            THEN excluded.first_municipality ELSE r.first_municipality END,
        first_scan_id = CASE WHEN (excluded.first_scanned_at, excluded.first_scan_id)
            < (r.first_scanned_at, r.first_scan_id)
            THEN excluded.first_scan_id ELSE r.first_scan_id END;
    IF NEW.municipality IS NOT NULL THEN
        INSERT INTO serial_scan_places AS p (series, number, municipality, scans)
        VALUES (NEW.series, NEW.number, NEW.municipality, 1)
        ON CONFLICT (series, number, municipality) DO UPDATE SET scans = p.scans + 1;
    END IF;
    RETURN NULL;
END
$$
""",
    f"""
CREATE TRIGGER {TRIGGER} AFTER INSERT ON scans
FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()
""",
]

# SQLite: the same in its trigger language (a whole database is one writer at a time). The
# network is counted before it is recorded; `WHERE true` keeps the upserts' SELECT unambiguous.
_SQLITE = [
    f"""
CREATE TRIGGER {TRIGGER} AFTER INSERT ON scans
WHEN NEW.series IS NOT NULL AND NEW.number IS NOT NULL
BEGIN
    INSERT INTO serial_scan_rollups
        (series, number, scans, first_scanned_at, first_scan_id, first_municipality,
         client_networks)
    SELECT NEW.series, NEW.number, 1, NEW.scanned_at, NEW.id, NEW.municipality,
        NEW.client_network IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM serial_scan_networks
            WHERE series = NEW.series AND number = NEW.number
              AND client_network = NEW.client_network)
    WHERE true
    ON CONFLICT (series, number) DO UPDATE SET
        scans = scans + 1,
        client_networks = client_networks + excluded.client_networks,
        first_municipality = CASE WHEN (excluded.first_scanned_at, excluded.first_scan_id)
            < (first_scanned_at, first_scan_id)
            THEN excluded.first_municipality ELSE first_municipality END,
        first_scan_id = CASE WHEN (excluded.first_scanned_at, excluded.first_scan_id)
            < (first_scanned_at, first_scan_id)
            THEN excluded.first_scan_id ELSE first_scan_id END,
        first_scanned_at = CASE WHEN (excluded.first_scanned_at, excluded.first_scan_id)
            < (first_scanned_at, first_scan_id)
            THEN excluded.first_scanned_at ELSE first_scanned_at END;
    INSERT OR IGNORE INTO serial_scan_networks (series, number, client_network)
    SELECT NEW.series, NEW.number, NEW.client_network WHERE NEW.client_network IS NOT NULL;
    INSERT INTO serial_scan_places (series, number, municipality, scans)
    SELECT NEW.series, NEW.number, NEW.municipality, 1 WHERE NEW.municipality IS NOT NULL
    ON CONFLICT (series, number, municipality) DO UPDATE SET scans = scans + 1;
END
""",
]


# A hot serial's rollup row is updated on every scan of it, and each update leaves a dead
# version (measured: one row, 6,000 updates, 550 kB of table). PostgreSQL's default waits for
# 20 % of a table's rows to be dead before vacuuming it: with millions of serials, that is
# hundreds of thousands of dead versions of a few hot rows for their lookups to step over.
# Vacuum these two after a fixed number of dead rows instead, whatever their size.
_VACUUM_EVERY = (
    "autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000"
)


def create_trigger(connection) -> None:
    for statement in _POSTGRESQL if connection.dialect.name == "postgresql" else _SQLITE:
        connection.execute(text(statement))
    if connection.dialect.name == "postgresql":
        for table in ("serial_scan_rollups", "serial_scan_places"):
            connection.execute(text(f"ALTER TABLE {table} SET ({_VACUUM_EVERY})"))


def drop_trigger(connection) -> None:
    connection.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER}" + (
        " ON scans" if connection.dialect.name == "postgresql" else "")))
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"DROP FUNCTION IF EXISTS {TRIGGER}()"))


def _where(serials: bool) -> str:
    """Scans of every serial, or only of (:series, :number)."""
    if serials:
        return "series = :series AND number = :number"
    return "series IS NOT NULL AND number IS NOT NULL"


def backfill(connection, series: str | None = None, number: int | None = None) -> None:
    """(Re)build the rollups from the scans: of every serial, or of one (`series`, `number`).
    Replaces what was there; run it with no scans being inserted for those serials."""
    one = series is not None
    params = {"series": series, "number": number} if one else {}
    where = _where(one)
    for table in ("serial_scan_rollups", "serial_scan_places", "serial_scan_networks"):
        connection.execute(text(f"DELETE FROM {table} WHERE {where}"), params)
    connection.execute(text(f"""
        INSERT INTO serial_scan_networks (series, number, client_network)
        SELECT DISTINCT series, number, client_network FROM scans
        WHERE {where} AND client_network IS NOT NULL"""), params)
    connection.execute(text(f"""
        INSERT INTO serial_scan_places (series, number, municipality, scans)
        SELECT series, number, municipality, count(*) FROM scans
        WHERE {where} AND municipality IS NOT NULL
        GROUP BY series, number, municipality"""), params)
    connection.execute(text(f"""
        INSERT INTO serial_scan_rollups
            (series, number, scans, first_scanned_at, first_scan_id, first_municipality,
             client_networks)
        SELECT c.series, c.number, c.scans, f.scanned_at, f.id, f.municipality,
            (SELECT count(*) FROM serial_scan_networks n
             WHERE n.series = c.series AND n.number = c.number)
        FROM (SELECT series, number, count(*) AS scans FROM scans WHERE {where}
              GROUP BY series, number) c
        JOIN scans f ON f.id = (
            SELECT s.id FROM scans s WHERE s.series = c.series AND s.number = c.number
            ORDER BY s.scanned_at, s.id LIMIT 1)"""), params)
