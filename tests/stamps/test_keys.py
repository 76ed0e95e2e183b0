"""Signing keys: created once, rotated without breaking printed codes, never reusing a file."""

from pathlib import Path

from app.stamps import codes
from app.stamps.keys import create_key, public_keys
from tests import factories


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
