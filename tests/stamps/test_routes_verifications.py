"""POST /api/v1/verifications: the verdicts and reasons of API.md, and the scan it records."""

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from app.db import utcnow
from app.stamps import codes
from app.stamps.models import Scan
from app.stamps.service import report_missing, revoke
from app.stamps.verification import verify
from tests import factories


def _verify(client, code, headers=None, **extra):
    return client.post("/api/v1/verifications", json={"code": code, **extra}, headers=headers)


def test_genuine_stamp_shows_product_operator_and_records_a_scan(app, client, session):
    batch, product = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first + 3)
    answer = _verify(client, factories.signed_code(app, serial), lat=42.2139, lon=20.7397)
    assert answer.status_code == 201
    body = answer.get_json()
    assert body["verdict"] == "genuine"
    assert body["reasons"] == []
    assert body["stamp"]["serial"] == str(serial)
    assert body["stamp"]["product"]["gtin"] == product.gtin
    assert body["stamp"]["operator"]["id"] == batch.operator_id
    scan = session.get(Scan, body["scan_id"])
    assert (scan.series, scan.number, scan.verdict) == (serial.series, serial.number, "genuine")
    assert scan.municipality == "prizren"
    assert (scan.lat, scan.lon) == (42.21, 20.74)  # coarse, never the exact point


def test_second_scan_reports_first_scan_place(app, client, session):
    batch, _ = factories.activated_batch(session)
    code = factories.signed_code(app, codes.Serial(batch.series, batch.first))
    _verify(client, code, lat=42.6629, lon=21.1655)
    _verify(client, code, lat=42.2139, lon=20.7397)
    _verify(client, code, lat=42.6629, lon=21.1655)
    body = _verify(client, code).get_json()
    assert body["stamp"]["previous_scans"] == 3
    assert body["stamp"]["first_scan"]["municipality"] == "Pristina"
    assert body["stamp"]["scan_places"] == [
        {"municipality": "Pristina", "scans": 2}, {"municipality": "Prizren", "scans": 1}]


def test_the_five_most_scanned_places_are_named_and_every_scan_is_counted(app, client, session):
    batch, _ = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    # Scans per municipality; None: scans that gave no place (consumers who share none).
    history = {"prizren": 3, "gjakove": 2, "decan": 2, "ferizaj": 1, "gjilan": 1, "peje": 1,
               None: 4}
    earliest = utcnow() - dt.timedelta(days=30)
    for minutes, municipality in enumerate(m for m, n in history.items() for _ in range(n)):
        session.add(Scan(series=serial.series, number=serial.number, verdict="genuine",
                         reasons=[], municipality=municipality,
                         scanned_at=earliest + dt.timedelta(minutes=minutes)))
    session.flush()
    body = _verify(client, factories.signed_code(app, serial)).get_json()
    assert body["stamp"]["previous_scans"] == 14
    assert body["stamp"]["first_scan"]["municipality"] == "Prizren"
    # Most scans first, ties in the order of the municipalities' names: Peja is left out.
    assert body["stamp"]["scan_places"] == [
        {"municipality": "Prizren", "scans": 3}, {"municipality": "Deçan", "scans": 2},
        {"municipality": "Gjakova", "scans": 2}, {"municipality": "Ferizaj", "scans": 1},
        {"municipality": "Gjilan", "scans": 1}]


def test_tampered_signature_is_invalid_and_hides_the_stamp(app, client, session):
    batch, _ = factories.activated_batch(session)
    code = factories.signed_code(app, codes.Serial(batch.series, batch.first))
    tampered = code[:-3] + ("AAA" if not code.endswith("AAA") else "BBB")
    body = _verify(client, tampered).get_json()
    assert body["verdict"] == "invalid"
    assert [r["code"] for r in body["reasons"]] == ["signature_invalid"]
    assert body["stamp"] is None


def test_a_signature_for_another_serial_does_not_verify(app, client, session):
    batch, _ = factories.activated_batch(session)
    code = factories.signed_code(app, codes.Serial(batch.series, batch.first))
    moved = code.replace(str(codes.Serial(batch.series, batch.first)),
                         str(codes.Serial(batch.series, batch.first + 1)))
    assert _verify(client, moved).get_json()["verdict"] == "invalid"


def test_unknown_key_and_never_issued(app, client, session):
    batch, _ = factories.activated_batch(session)
    code = factories.signed_code(app, codes.Serial(batch.series, batch.first))
    kid = code.split("/")[-2]
    unknown = code.replace(f"/{kid}/", "/k999/")
    assert [r["code"] for r in _verify(client, unknown).get_json()["reasons"]] == ["unknown_key"]
    never = factories.signed_code(app, codes.Serial(batch.series, codes.MAX_NUMBER))
    body = _verify(client, never).get_json()
    assert (body["verdict"], body["reasons"][0]["code"]) == ("invalid", "not_issued")


def test_revoked_destroyed_not_activated_missing_and_sale_window(app, client, session):
    activated, _ = factories.activated_batch(session, sale_not_after=None)
    revoke(session, series=activated.series, first=activated.first, last=activated.first,
           reason="stolen")
    revoke(session, series=activated.series, first=activated.first + 1,
           last=activated.first + 1, reason="destroyed")
    issued_only = factories.batch(session)
    missing = factories.batch(session)
    report_missing(session, batch_id=missing.id, reason="lost on the road")
    import datetime as dt

    expired, _ = factories.activated_batch(session, sale_not_after=dt.date(2020, 1, 1))

    def first_reason(batch, offset=0):
        code = factories.signed_code(app, codes.Serial(batch.series, batch.first + offset))
        body = _verify(client, code).get_json()
        return body["verdict"], body["reasons"][0]["code"]

    assert first_reason(activated) == ("invalid", "revoked")
    assert first_reason(activated, 1) == ("invalid", "destroyed")
    assert first_reason(issued_only) == ("suspicious", "not_activated")
    assert first_reason(missing) == ("suspicious", "batch_reported_missing")
    assert first_reason(expired) == ("suspicious", "sale_window")


def test_bare_serial_says_authenticity_was_not_checked(client, session):
    batch, _ = factories.activated_batch(session)
    typed = f"{batch.series.lower()}{batch.first}"
    body = _verify(client, typed).get_json()
    assert body["verdict"] == "suspicious"
    assert [r["code"] for r in body["reasons"]] == ["serial_only"]
    assert body["authenticity_checked"] is False
    assert body["stamp"]["serial"] == str(codes.Serial(batch.series, batch.first))


@pytest.mark.parametrize("lang", ["en", "sq", "sr"])
def test_reasons_beside_an_invalid_verdict_or_a_typed_serial_never_say_authentic(
    app, client, session, lang
):
    """A revoked stamp never activated, or a typed serial never activated, is not "authentic
    but never activated": no reason message of such an answer calls the stamp authentic."""
    batch = factories.batch(session)  # issued, never activated
    revoke(session, series=batch.series, first=batch.first, last=batch.first, reason="stolen")
    revoked = factories.signed_code(app, codes.Serial(batch.series, batch.first))
    typed = str(codes.Serial(batch.series, batch.first + 1))
    for code, verdict in [(revoked, "invalid"), (typed, "suspicious")]:
        body = client.post("/api/v1/verifications", json={"code": code},
                           headers={"Accept-Language": lang}).get_json()
        assert body["verdict"] == verdict
        assert "not_activated" in [reason["code"] for reason in body["reasons"]]
        for reason in body["reasons"]:
            if reason["code"] == "serial_only":  # it says authenticity was NOT proven
                continue
            message = reason["message"].lower()
            assert not any(word in message for word in ("authentic", "autentik", "autentič")), (
                reason
            )


def test_reason_messages_follow_accept_language(app, client, session):
    body = client.post(
        "/api/v1/verifications", json={"code": "garbage"}, headers={"Accept-Language": "sq"}
    ).get_json()
    assert body["reasons"][0]["code"] == "malformed_code"
    assert "kod" in body["reasons"][0]["message"]


def test_bad_codes_are_verdicts_or_clear_4xx_never_500(client, session):
    before = session.scalar(select(func.count()).select_from(Scan))
    answered = 0
    for code in ["", "x" * 5000, None, 12, "\x00\x01binary", "CG26-", "https://a/b/c/d"]:
        answer = client.post("/api/v1/verifications", json={"code": code})
        assert answer.status_code in (201, 422), code
        if answer.status_code == 422:
            assert answer.get_json()["error"] == "validation_failed"
        else:
            assert answer.get_json()["verdict"] == "invalid"
            answered += 1
    short_sig = "https://e-banderola.example/v/CG26-000000001/k1/abc"
    assert _verify(client, short_sig).get_json()["reasons"][0]["code"] == "signature_invalid"
    after = session.scalar(select(func.count()).select_from(Scan))
    assert after - before == answered + 1  # every answered verification, and only those


def test_idempotent_replay_creates_one_scan(client, session):
    headers = {"Idempotency-Key": "scan-1"}
    first = client.post("/api/v1/verifications", json={"code": "junk"}, headers=headers)
    again = client.post("/api/v1/verifications", json={"code": "junk"}, headers=headers)
    assert again.get_json() == first.get_json()
    assert again.headers["Idempotent-Replayed"] == "true"
    other = client.post("/api/v1/verifications", json={"code": "other"}, headers=headers)
    assert other.status_code == 409
    assert other.get_json()["error"] == "conflict"
    assert session.scalar(select(func.count()).select_from(Scan)) == 1


def test_a_consumer_scan_is_its_own_record_not_an_audit_entry(client, session):
    from app.audit.models import AuditRecord

    before = session.scalar(select(func.count()).select_from(AuditRecord))
    answer = client.post("/api/v1/verifications", json={"code": "CG26-000000001"})
    assert answer.status_code == 201
    assert session.get(Scan, answer.get_json()["scan_id"]) is not None
    assert session.scalar(select(func.count()).select_from(AuditRecord)) == before


@pytest.mark.postgresql
def test_only_consumer_scans_commit_without_waiting_for_the_wal(app, session):
    """A consumer's scan may be lost in a crash (the last fraction of a second), an officer's
    inspection scan may not (docs/stamps.md): the relaxation is local to its transaction."""
    batch, _product = factories.activated_batch(session)
    code = factories.signed_code(app, codes.Serial(batch.series, batch.first))

    def synchronous_commit():
        return session.execute(text("SHOW synchronous_commit")).scalar_one()

    verify(session, text=code)
    assert synchronous_commit() == "on"
    verify(session, text=code, durable=False)
    assert synchronous_commit() == "off"
    nested = session.connection().begin_nested()  # what a test's commit is: a savepoint
    nested.rollback()
    session.rollback()
    assert synchronous_commit() == "on"  # the next transaction is durable again


def test_a_consumer_scan_is_committed_when_answered_and_replays_stay_single(app):
    """Outside a test transaction, as in production: a scan without Idempotency-Key commits on
    its own (in autocommit on PostgreSQL, docs/stamps.md) and is there for anyone to read when
    the answer leaves; with a key, the scan and its replay record still commit together."""
    client = app.test_client()
    serial = "CG26-999999917"  # never issued: no data to set up
    engine = app.extensions["engine"]
    scan_ids = []
    try:
        first = client.post("/api/v1/verifications", json={"code": serial})
        assert first.status_code == 201
        scan_ids.append(first.get_json()["scan_id"])
        with engine.connect() as other:
            verdict = other.scalar(select(Scan.verdict).where(Scan.id == scan_ids[0]))
        assert verdict == "invalid"
        assert not any(factories.pooled_connections_in_autocommit(app))
        keyed = [client.post("/api/v1/verifications", json={"code": serial},
                             headers={"Idempotency-Key": "committed-scan-test"})
                 for _ in range(2)]
        assert [answer.status_code for answer in keyed] == [201, 201]
        scan_ids.extend({answer.get_json()["scan_id"] for answer in keyed})
        assert len(scan_ids) == 2  # the replay created nothing new
        with engine.connect() as other:
            stored = other.scalar(select(func.count()).where(
                Scan.series == "CG26", Scan.number == 999999917))
        assert stored == 2
    finally:
        with engine.begin() as other:
            other.execute(text("DELETE FROM idempotency_records"
                               " WHERE key = 'committed-scan-test'"))
            other.execute(Scan.__table__.delete().where(Scan.id.in_(scan_ids)))
