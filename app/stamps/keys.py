"""The customs signing keys: many verify, one signs; private halves stay in KEYS_DIR."""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from nacl.signing import VerifyKey
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import Unavailable
from app.stamps.codes import b64url_decode, b64url_encode
from app.stamps.models import SigningKey

_REFRESH_SECONDS = 30.0


def _key_file(keys_dir: Path, kid: str) -> Path:
    return keys_dir / f"{kid}.pem"


def _raw_public(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def _next_kid(session: Session, keys_dir: Path) -> str:
    """The next `k<n>` free both in the database and on disk (a rotation rolled back, or a
    database restored from a backup, may have left a newer key file behind)."""
    in_db = [kid for kid in session.scalars(select(SigningKey.kid))]
    on_disk = [path.stem for path in keys_dir.glob("k*.pem")]
    numbers = [int(kid[1:]) for kid in in_db + on_disk if kid[1:].isdigit()]
    return f"k{max(numbers, default=0) + 1}"


def create_key(session: Session, keys_dir: Path) -> SigningKey:
    """Generate a key, write its private half (mode 0600) and make it the one that signs."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    private_key = Ed25519PrivateKey.generate()
    kid = _next_kid(session, keys_dir)
    pem = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path = _key_file(keys_dir, kid)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    for old in session.scalars(select(SigningKey).where(SigningKey.status == "active")):
        old.status = "retired"
        old.retired_at = utcnow()
    key = SigningKey(kid=kid, public_key=b64url_encode(_raw_public(private_key)), status="active")
    session.add(key)
    session.flush()
    return key


def active_signing_key(session: Session, keys_dir: Path) -> tuple[str, Ed25519PrivateKey]:
    """The key that signs now, read in the caller's own transaction (a request's): reading it
    takes no lock and begins no second transaction, which on SQLite would wait for the write
    lock the request itself holds. It never creates nor rotates a key: none active, or an
    active key whose private half is missing from KEYS_DIR, is a misconfiguration answered 503
    (`no_signing_key`, `signing_key_unavailable`) rather than silently repaired.
    """
    kid = session.scalar(select(SigningKey.kid).where(SigningKey.status == "active"))
    if kid is None:
        raise Unavailable("no_signing_key", "stamps.no_signing_key")
    if not _key_file(keys_dir, kid).exists():
        raise Unavailable("signing_key_unavailable", "stamps.signing_key_unavailable", kid=kid)
    return kid, load_private_key(keys_dir, kid)


def ensure_signing_key(engine: Engine, keys_dir: Path) -> tuple[str, Ed25519PrivateKey]:
    """The active key, the very first one created when there is none: for commands and start-up
    (`flask db upgrade`, `flask demo`), never inside a request (`active_signing_key`).

    It reads (and, the first time, inserts) in its own short transaction, under a file lock
    against another process doing the same, so that two never create two keys.
    """
    keys_dir.mkdir(parents=True, exist_ok=True)
    with open(keys_dir / ".lock", "w") as lock, Session(engine) as own:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if own.scalar(select(SigningKey.kid).where(SigningKey.status == "active")) is None:
            create_key(own, keys_dir)
            own.commit()
        return active_signing_key(own, keys_dir)


def load_private_key(keys_dir: Path, kid: str) -> Ed25519PrivateKey:
    data = _key_file(keys_dir, kid).read_bytes()
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise RuntimeError(f"key {kid} is not an Ed25519 key")
    return key


class PublicKeyCache:
    """kid -> public key (for codes.signature_valid), refreshed from the database at most every
    30 s (keys rotate rarely)."""

    def __init__(self) -> None:
        self._keys: dict[str, VerifyKey] = {}
        self._loaded_at = 0.0
        self._lock = threading.Lock()

    def get(self, session: Session, kid: str) -> VerifyKey | None:
        key = self._keys.get(kid)
        if key is None and time.monotonic() - self._loaded_at > _REFRESH_SECONDS:
            self.reload(session)
            key = self._keys.get(kid)
        return key

    def reload(self, session: Session) -> None:
        rows = session.execute(select(SigningKey.kid, SigningKey.public_key)).all()
        with self._lock:
            self._keys = {
                kid: VerifyKey(b64url_decode(public))
                for kid, public in rows
            }
            self._loaded_at = time.monotonic()

    def clear(self) -> None:
        with self._lock:
            self._keys = {}
            self._loaded_at = 0.0


public_keys = PublicKeyCache()
