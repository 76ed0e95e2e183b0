"""Settings read from the environment; tests and tools pass their own Config subclass."""

from __future__ import annotations

import os
from pathlib import Path
from types import MappingProxyType

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = Path(os.environ.get("INSTANCE_PATH", ROOT / "instance"))


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


class Config:
    """Defaults are safe for development; `APP_ENV=production` refuses the insecure ones."""

    APP_ENV = os.environ.get("APP_ENV", "development")
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-secret-key-not-for-production")
    DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{INSTANCE / 'banderola.db'}")
    SQLITE_BEGIN = "IMMEDIATE"
    INSTANCE_PATH = str(INSTANCE)
    KEYS_DIR = os.environ.get("KEYS_DIR", str(INSTANCE / "keys"))
    EVIDENCE_DIR = os.environ.get("EVIDENCE_DIR", str(INSTANCE / "evidence"))

    # The progressive web app's files (docs/pwa.md); its version is a hash of them.
    PWA_DIR = os.environ.get("PWA_DIR", str(ROOT / "pwa"))

    # Printed codes (docs/CODES.md): the base URL must leave the QR within version 8-M.
    CODE_BASE_URL = os.environ.get("CODE_BASE_URL", "https://e-banderola.example/v/")

    # Requests and uploads.
    MAX_CONTENT_LENGTH = _int("MAX_CONTENT_LENGTH", 12 * 1024 * 1024)
    IMAGE_MAX_BYTES = _int("IMAGE_MAX_BYTES", 10 * 1024 * 1024)
    IMAGE_MAX_PIXELS = _int("IMAGE_MAX_PIXELS", 40_000_000)
    # Anonymous uploads (POST /decode, report photos): what decoding may hold, in pixels of a
    # plain 8-bit image (about 100 MB; docs/imaging.md): a 12 MP HEIC or a 48 MP phone JPEG.
    IMAGE_PUBLIC_MAX_PIXELS = _int("IMAGE_PUBLIC_MAX_PIXELS", 24_000_000)
    CODE_MAX_LENGTH = 512

    # Access tokens, lockout and TOTP (docs/accounts.md).
    TOKEN_TTL_MINUTES = _int("TOKEN_TTL_MINUTES", 12 * 60)
    LOCKOUT_THRESHOLD = _int("LOCKOUT_THRESHOLD", 5)
    LOCKOUT_MINUTES = _int("LOCKOUT_MINUTES", 15)
    MFA_ISSUER = os.environ.get("MFA_ISSUER", "Banderola Inspect")
    # RFC 6238 5.2: a code is accepted once, in every environment (a second login within the
    # same 30 s needs the next code).
    TOTP_REJECT_REUSE = _bool("TOTP_REJECT_REUSE", True)

    # How long a write with an Idempotency-Key waits for a request with the same key that is
    # still running before it is answered 409 `conflict` with Retry-After (docs/accounts.md).
    IDEMPOTENCY_WAIT_MS = _int("IDEMPOTENCY_WAIT_MS", 10_000)

    # Rate limits (Flask-Limiter). Unset, RATELIMIT_STORAGE_URI is this machine's Redis when it
    # answers at start, else each worker's memory (app.extensions.init_limiter).
    RATELIMIT_ENABLED = _bool("RATELIMIT_ENABLED", True)
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI") or None
    RATELIMIT_KEY_PREFIX = os.environ.get("RATELIMIT_KEY_PREFIX", "")
    # Should Redis stop answering, count in memory meanwhile rather than fail every request.
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_PUBLIC = os.environ.get("RATELIMIT_PUBLIC", "120/minute")
    RATELIMIT_LOGIN = os.environ.get("RATELIMIT_LOGIN", "10/minute")
    RATELIMIT_HEADERS_ENABLED = True

    # Password reset by e-mail (docs/accounts.md): how long a link works, where it points, and
    # how many reset requests one e-mail address may make (besides RATELIMIT_LOGIN per client).
    PASSWORD_RESET_TTL_MINUTES = _int("PASSWORD_RESET_TTL_MINUTES", 60)
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000")
    RATELIMIT_PASSWORD_RESET = os.environ.get("RATELIMIT_PASSWORD_RESET", "5/hour")
    # Registrations in the operators' portal per client address (docs/operators.md).
    RATELIMIT_REGISTRATION = os.environ.get("RATELIMIT_REGISTRATION", "10/hour")

    # Outgoing mail (docs/mail.md): SMTP when MAIL_SERVER is set, else .eml files in MAIL_DIR
    # (default: the instance folder's mail/).
    MAIL_SERVER = os.environ.get("MAIL_SERVER") or None
    MAIL_PORT = _int("MAIL_PORT", 25)
    MAIL_USE_TLS = _bool("MAIL_USE_TLS", False)
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME") or None
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD") or None
    MAIL_FROM = os.environ.get("MAIL_FROM", "Banderola Inspect <no-reply@e-banderola.example>")
    MAIL_CA_FILE = os.environ.get("MAIL_CA_FILE") or None
    MAIL_TIMEOUT_S = float(os.environ.get("MAIL_TIMEOUT_S", 10.0))
    MAIL_MAX_ATTEMPTS = _int("MAIL_MAX_ATTEMPTS", 8)
    MAIL_DIR = os.environ.get("MAIL_DIR") or None

    # Clone detection (docs/geo.md): an implied speed above this between two scans is impossible.
    # The officer's targets (docs/inspections.md, "Targets"): the window of the signals, the
    # privacy floor (a place shows only when this many scans back it), the distance beyond
    # which a stamp shipped to a premises counts as diverted, the score's weights, and the age
    # of the last inspection at which `not_inspected` weighs fully.
    TARGETS_WINDOW_DAYS = _int("TARGETS_WINDOW_DAYS", 30)
    TARGETS_MIN_SCANS = _int("TARGETS_MIN_SCANS", 5)
    TARGETS_DIVERSION_KM = float(os.environ.get("TARGETS_DIVERSION_KM", 30.0))
    TARGETS_NOT_INSPECTED_DAYS = _int("TARGETS_NOT_INSPECTED_DAYS", 180)
    TARGETS_WEIGHT_SUSPICIOUS_SCANS = float(os.environ.get("TARGETS_WEIGHT_SUSPICIOUS_SCANS", 3.0))
    TARGETS_WEIGHT_CONSUMER_REPORTS = float(os.environ.get("TARGETS_WEIGHT_CONSUMER_REPORTS", 4.0))
    TARGETS_WEIGHT_DIVERSION = float(os.environ.get("TARGETS_WEIGHT_DIVERSION", 3.0))
    TARGETS_WEIGHT_CUSTODY_MISMATCH = float(os.environ.get("TARGETS_WEIGHT_CUSTODY_MISMATCH", 5.0))
    TARGETS_WEIGHT_PAST_CASES = float(os.environ.get("TARGETS_WEIGHT_PAST_CASES", 2.0))
    TARGETS_WEIGHT_NOT_INSPECTED = float(os.environ.get("TARGETS_WEIGHT_NOT_INSPECTED", 2.0))
    # The rollups skip scans younger than this (their inserts may not have committed yet).
    ROLLUP_LAG_S = float(os.environ.get("ROLLUP_LAG_S", 60.0))
    # The supervisor's dashboard: premises not inspected for this many days are listed.
    DASHBOARD_NOT_INSPECTED_DAYS = _int("DASHBOARD_NOT_INSPECTED_DAYS", 90)
    # A tile server for the PWA's map (e.g. https://tile.example/{z}/{x}/{y}.png); empty: none,
    # the map draws Kosovo's outline and the municipalities' seats from the PWA's own files.
    MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")

    CLONE_MAX_SPEED_KMH = float(os.environ.get("CLONE_MAX_SPEED_KMH", 250.0))
    CLONE_MAX_DISTINCT_PLACES = _int("CLONE_MAX_DISTINCT_PLACES", 5)
    # `scanned_by_many` (docs/stamps.md): this many distinct anonymous client networks over a
    # serial's life. A pack is checked by its buyer, a family, a shop; not by twenty networks.
    SCANNED_BY_MANY_CLIENTS = _int("SCANNED_BY_MANY_CLIENTS", 20)
    GEOCODER = os.environ.get("GEOCODER", "")

    # Art. 291: the window to take a Board decision to court is not in the Code (assumption).
    COURT_APPEAL_DAYS = _int("COURT_APPEAL_DAYS", 30)
    # Art. 251(9)(b): a court judgment on the seizure is final once the time to appeal it further
    # has run from its receipt; that time is in the courts' law, not the Code (assumption).
    COURT_FURTHER_APPEAL_DAYS = _int("COURT_FURTHER_APPEAL_DAYS", 30)
    # Art. 12(5): an owner's time limit (review request, appeals) that ends on a Saturday, Sunday
    # or Kosovo public holiday ends on the next working day (`working_days`) or not (`none`);
    # EXTRA_HOLIDAYS adds the dates the government announces (ISO dates, comma separated),
    # e.g. the Eid days the `holidays` package only estimates (docs/seizures-law.md).
    DEADLINE_ROLLOVER = os.environ.get("DEADLINE_ROLLOVER", "working_days")
    EXTRA_HOLIDAYS = os.environ.get("EXTRA_HOLIDAYS", "")
    # Where an appeal to the Independent Review Board is lodged (Art. 291(5)-(6)): printed on the
    # decision on a review; none: the decision names the Board without an address.
    REVIEW_BOARD_ADDRESS = os.environ.get("REVIEW_BOARD_ADDRESS") or None

    # Where a review request is sent (Art. 291(2)): printed on the Notice of Seizure and the
    # receipt; the fields of `app.seizures.documents.Office`.
    CUSTOMS_OFFICE = MappingProxyType({
        "name": os.environ.get("CUSTOMS_OFFICE_NAME", "Kosovo Customs — Headquarters"),
        "address": os.environ.get(
            "CUSTOMS_OFFICE_ADDRESS", "Rr. Bajram Kelmendi 1, 10000 Prishtinë"
        ),
        "email": os.environ.get("CUSTOMS_OFFICE_EMAIL") or None,
        "phone": os.environ.get("CUSTOMS_OFFICE_PHONE") or None,
    })

    # flask-smorest / OpenAPI.
    API_TITLE = "Banderola Inspect"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api"
    OPENAPI_JSON_PATH = "openapi.json"
    OPENAPI_SWAGGER_UI_PATH = "/docs"
    OPENAPI_SWAGGER_UI_URL = "/api/vendor/swagger-ui/"

    # How many reverse proxies in front of the app to trust for X-Forwarded-For/-Proto/-Host.
    PROXY_FIX_HOPS = _int("PROXY_FIX_HOPS", 0)

    # Operations (docs/operations.md): GET /metrics answers only this bearer token (404 unset);
    # LOG_FORMAT "json" writes one JSON object per line, "text" leaves access logs to gunicorn.
    METRICS_TOKEN = os.environ.get("METRICS_TOKEN") or None
    LOG_FORMAT = os.environ.get("LOG_FORMAT", "json" if APP_ENV == "production" else "text")

    # A streaming replica for reads (docs/operations.md, "A read replica"): GET requests go to
    # it while it replays the primary's WAL within REPLICA_MAX_LAG_S (checked at most every
    # REPLICA_CHECK_INTERVAL_S per worker); a client that wrote reads from the primary for
    # READ_YOUR_WRITES_S, marked in READ_YOUR_WRITES_STORAGE_URI (unset: the rate limits' Redis,
    # or 127.0.0.1:6379 when it answers at start, else each worker's memory).
    DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL") or None
    REPLICA_MAX_LAG_S = float(os.environ.get("REPLICA_MAX_LAG_S", 5.0))
    REPLICA_CHECK_INTERVAL_S = float(os.environ.get("REPLICA_CHECK_INTERVAL_S", 2.0))
    READ_YOUR_WRITES_S = float(os.environ.get("READ_YOUR_WRITES_S", 10.0))
    READ_YOUR_WRITES_STORAGE_URI = os.environ.get("READ_YOUR_WRITES_STORAGE_URI") or None

    # Scans by month on PostgreSQL (docs/stamps.md): `flask scans maintain` keeps partitions
    # ready for this month and this many more.
    SCAN_PARTITIONS_AHEAD = _int("SCAN_PARTITIONS_AHEAD", 3)
    # Anonymous consumers' scans are deleted once older than this many whole calendar months
    # (UTC) before the current one; signed-in users' scans never (docs/stamps.md, "Retention").
    # The clone check reads only the scans this keeps, so its answers do not change when they go.
    SCAN_RETENTION_MONTHS = _int("SCAN_RETENTION_MONTHS", 13)  # retention.DEFAULT_MONTHS

    TESTING = False

    @classmethod
    def check(cls) -> None:
        """Refuse to run in production with development secrets or test switches, and to run
        at all with a deadline policy that would move deadlines wrongly."""
        from app.kosovo_holidays import parse_extra

        if cls.DEADLINE_ROLLOVER not in ("none", "working_days"):
            raise RuntimeError("DEADLINE_ROLLOVER must be none or working_days")
        try:
            parse_extra(cls.EXTRA_HOLIDAYS)
        except ValueError as exc:
            raise RuntimeError(
                f"EXTRA_HOLIDAYS must be ISO dates separated by commas: {exc}"
            ) from exc
        if cls.SCAN_RETENTION_MONTHS < 1:
            # Every verification computes the retention cutoff (the clone check's bound).
            raise RuntimeError("SCAN_RETENTION_MONTHS must be at least 1 (default 13)")
        if cls.APP_ENV != "production":
            return
        if cls.SECRET_KEY.startswith("dev-only") or len(cls.SECRET_KEY) < 32:
            raise RuntimeError(
                "SECRET_KEY must be set to a random value of at least 32 characters in "
                "production (APP_ENV=production)"
            )
        if cls.TESTING:
            raise RuntimeError("TESTING must be off in production")
