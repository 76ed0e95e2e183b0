"""When each premises was last inspected, kept by a trigger on `inspections`
(`premises_last_inspections`, docs/inspections.md "How it is computed").

The targets rank every premises of a municipality by, among others, the days since its last
inspection, and the dashboard lists the premises not inspected lately: one row per premises
read by its key, instead of the latest of all its inspections at every request. A trigger
writes it in the statement that writes the inspection, so whatever writes one (an officer
starting it, the demo, a test, a bulk load) the row is in the same transaction and no request
ever sees it behind. Concurrent inspections of one premises meet on the row's lock through
`INSERT ... ON CONFLICT DO UPDATE` keeping the later start. An inspection whose premises or
start is changed, or that is deleted (nothing in the application does either), makes the
premises concerned be recounted from their inspections.
"""

from __future__ import annotations

from sqlalchemy import text

TRIGGER = "inspections_last"

_POSTGRESQL = [
    f"""
CREATE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        -- Changed or deleted: the premises it was at recounted from its inspections.
        IF OLD.premises_id IS NOT NULL THEN
            DELETE FROM premises_last_inspections WHERE premises_id = OLD.premises_id;
            INSERT INTO premises_last_inspections AS l (premises_id, started_at)
            SELECT premises_id, max(started_at) FROM inspections
            WHERE premises_id = OLD.premises_id GROUP BY premises_id
            ON CONFLICT (premises_id) DO UPDATE
            SET started_at = greatest(l.started_at, excluded.started_at);
        END IF;
        IF TG_OP = 'DELETE' OR NEW.premises_id IS NOT DISTINCT FROM OLD.premises_id THEN
            RETURN NULL;
        END IF;
    END IF;
    -- New, or moved to another premises: that premises keeps the later start.
    IF NEW.premises_id IS NOT NULL THEN
        INSERT INTO premises_last_inspections AS l (premises_id, started_at)
        VALUES (NEW.premises_id, NEW.started_at)
        ON CONFLICT (premises_id) DO UPDATE
        SET started_at = greatest(l.started_at, excluded.started_at);
    END IF;
    RETURN NULL;
END
$$
""",
    f"""
CREATE TRIGGER {TRIGGER} AFTER INSERT OR DELETE OR UPDATE OF premises_id, started_at
ON inspections FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()
""",
]

# SQLite: one trigger per event (a whole database is one writer at a time). Instants are stored
# as fixed-width UTC text, so the later of two is the greater string.
_SQLITE = [
    f"""
CREATE TRIGGER {TRIGGER}_insert AFTER INSERT ON inspections
WHEN NEW.premises_id IS NOT NULL
BEGIN
    INSERT INTO premises_last_inspections (premises_id, started_at)
    VALUES (NEW.premises_id, NEW.started_at)
    ON CONFLICT (premises_id) DO UPDATE SET started_at = max(started_at, excluded.started_at);
END
""",
    f"""
CREATE TRIGGER {TRIGGER}_update AFTER UPDATE OF premises_id, started_at ON inspections
BEGIN
    DELETE FROM premises_last_inspections
    WHERE premises_id IN (OLD.premises_id, NEW.premises_id);
    INSERT INTO premises_last_inspections (premises_id, started_at)
    SELECT premises_id, max(started_at) FROM inspections
    WHERE premises_id IN (OLD.premises_id, NEW.premises_id) GROUP BY premises_id;
END
""",
    f"""
CREATE TRIGGER {TRIGGER}_delete AFTER DELETE ON inspections
WHEN OLD.premises_id IS NOT NULL
BEGIN
    DELETE FROM premises_last_inspections WHERE premises_id = OLD.premises_id;
    INSERT INTO premises_last_inspections (premises_id, started_at)
    SELECT premises_id, max(started_at) FROM inspections
    WHERE premises_id = OLD.premises_id GROUP BY premises_id;
END
""",
]


def create_trigger(connection) -> None:
    for statement in _POSTGRESQL if connection.dialect.name == "postgresql" else _SQLITE:
        connection.execute(text(statement))


def drop_trigger(connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER} ON inspections"))
        connection.execute(text(f"DROP FUNCTION IF EXISTS {TRIGGER}()"))
        return
    for event in ("insert", "update", "delete"):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER}_{event}"))


def backfill(connection) -> None:
    """Every premises' latest inspection, from the inspections (the migration that adds the
    trigger; the inspections written before it)."""
    connection.execute(text("DELETE FROM premises_last_inspections"))
    connection.execute(text(
        "INSERT INTO premises_last_inspections (premises_id, started_at) "
        "SELECT premises_id, max(started_at) FROM inspections "
        "WHERE premises_id IS NOT NULL GROUP BY premises_id"
    ))
