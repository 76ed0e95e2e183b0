"""Signing keys: created once, rotated without breaking printed codes, never reusing a file."""

import subprocess
import sys
from pathlib import Path

from app.stamps import codes
from app.stamps.keys import create_key, public_keys
from tests import factories

ROOT = Path(__file__).resolve().parents[2]


def test_rotation_keeps_old_codes_verifying_and_signs_with_the_new_key(app, client, session):
    batch, _ = factories.activated_batch(session)
    old_code = factories.signed_code(app, codes.Serial(batch.series, batch.first))
    keys_dir = Path(app.config["KEYS_DIR"])
    new_key = create_key(session, keys_dir)
    (keys_dir / f"{new_key.kid}.pem").unlink()  # the test keeps the suite's key active on disk
    public_keys.clear()
    published = {k["kid"]: k["status"] for k in client.get("/api/v1/keys").get_json()["keys"]}
    assert published[new_key.kid] == "active"
    assert published[old_code.split("/")[-2]] == "retired"
    assert client.post("/api/v1/verifications", json={"code": old_code}).get_json()[
        "verdict"] == "genuine"


def test_a_leftover_key_file_is_never_overwritten(app, session, tmp_path):
    (tmp_path / "k7.pem").write_text("left behind by a rolled-back rotation")
    key = create_key(session, tmp_path)
    assert key.kid == "k8"
    assert (tmp_path / "k7.pem").read_text() == "left behind by a rolled-back rotation"


def test_a_missing_private_key_is_reported_never_silently_replaced(app, client, session,
                                                                   tmp_path, monkeypatch):
    from app.stamps.models import SigningKey

    batch = factories.batch(session, quantity=2)
    admin = factories.user(session, "admin")
    monkeypatch.setitem(app.config, "KEYS_DIR", str(tmp_path))  # the .pem files are elsewhere
    answer = client.get(f"/api/v1/batches/{batch.id}/codes",
                        headers=factories.headers_for(session, admin))
    assert answer.status_code == 503
    assert answer.get_json()["error"] == "signing_key_unavailable"
    assert not list(tmp_path.glob("*.pem"))
    assert session.query(SigningKey).filter_by(status="active").count() == 1


def test_codes_without_an_active_key_are_refused_and_no_key_is_made_up(app, client, session):
    from app.stamps.models import SigningKey

    batch = factories.batch(session, quantity=2)
    admin = factories.user(session, "admin")
    for key in session.query(SigningKey).filter_by(status="active"):
        key.status = "retired"
    answer = client.get(f"/api/v1/batches/{batch.id}/codes",
                        headers=factories.headers_for(session, admin))
    assert answer.status_code == 503
    assert answer.get_json()["error"] == "no_signing_key"
    assert session.query(SigningKey).filter_by(status="active").count() == 0


def test_db_upgrade_makes_the_first_signing_key_once(tmp_path):
    # Requests only read the active key; the first one is made where no request holds a
    # transaction: by the command that readies the database.
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'keys.db'}", "INSTANCE_PATH": str(tmp_path),
           "KEYS_DIR": str(tmp_path / "keys"), "PATH": "/usr/bin:/bin"}
    flask = Path(sys.executable).parent / "flask"
    for _ in range(2):
        done = subprocess.run([flask, "--app", "wsgi", "db", "upgrade"], cwd=ROOT, env=env,
                              check=True, capture_output=True, text=True, timeout=120)
        assert "signing key k1 active" in done.stdout
    assert [path.name for path in (tmp_path / "keys").glob("*.pem")] == ["k1.pem"]
