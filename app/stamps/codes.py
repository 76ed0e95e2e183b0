"""Serials and the signed QR text (docs/CODES.md): formatting, parsing, signing, checking."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

import segno
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

CATEGORY_PREFIX = {
    "cigarettes": "CG",
    "cigars_cigarillos": "CC",
    "smoking_tobacco": "TB",
    "wine": "WN",
    "spirits": "SP",
}
PREFIX_CATEGORY = {prefix: category for category, prefix in CATEGORY_PREFIX.items()}
NUMBER_DIGITS = 9
MAX_NUMBER = 10**NUMBER_DIGITS - 1
SIGNATURE_LENGTH = 86  # base64url of 64 bytes, no padding

_SERIAL = re.compile(r"^([A-Z]{2})(\d{2})-?(\d{1,9})$")
_KID = re.compile(r"^[a-z0-9]{1,8}$")
_SIG = re.compile(r"^[A-Za-z0-9_-]+$")


class MalformedCodeError(ValueError):
    """The text is not a stamp code; `reason` is a stable reason code for the verdict."""

    def __init__(self, reason: str = "malformed_code") -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Serial:
    series: str
    number: int

    def __str__(self) -> str:
        return f"{self.series}-{self.number:0{NUMBER_DIGITS}d}"

    @property
    def category(self) -> str:
        return PREFIX_CATEGORY[self.series[:2]]


@dataclass(frozen=True)
class ParsedCode:
    serial: Serial
    kid: str | None = None
    signature: bytes | None = None

    @property
    def signed(self) -> bool:
        return self.signature is not None


def series_for(category: str, year: int) -> str:
    return f"{CATEGORY_PREFIX[category]}{year % 100:02d}"


def parse_serial(text: str) -> Serial:
    """`CG26-000123456`, or as typed by hand: `cg26123456`, `CG26 000123456`."""
    cleaned = re.sub(r"\s+", "", text).upper()
    match = _SERIAL.match(cleaned)
    if not match or match.group(1) not in PREFIX_CATEGORY:
        raise MalformedCodeError()
    number = int(match.group(3))
    if number < 1:
        raise MalformedCodeError()
    return Serial(series=match.group(1) + match.group(2), number=number)


def parse_code(text: str, max_length: int = 512) -> ParsedCode:
    """A full QR text (any base URL) or a bare serial typed by hand."""
    if not isinstance(text, str):
        raise MalformedCodeError()
    text = text.strip()
    if not text or len(text) > max_length or not text.isprintable():
        raise MalformedCodeError()
    if "/" not in text:
        return ParsedCode(serial=parse_serial(text))
    path = text.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    parts = path.split("/")
    if len(parts) < 3:
        raise MalformedCodeError()
    serial_text, kid, signature_text = parts[-3], parts[-2], parts[-1]
    serial = parse_serial(serial_text)
    if not _KID.match(kid):
        raise MalformedCodeError()
    if len(signature_text) != SIGNATURE_LENGTH or not _SIG.match(signature_text):
        raise MalformedCodeError("signature_invalid")
    try:
        signature = b64url_decode(signature_text)
    except ValueError as exc:
        raise MalformedCodeError("signature_invalid") from exc
    if len(signature) != 64:
        raise MalformedCodeError("signature_invalid")
    return ParsedCode(serial=serial, kid=kid, signature=signature)


def canonical(serial: Serial, kid: str) -> bytes:
    return f"BI1|{serial}|{kid}".encode()


def sign(private_key: Ed25519PrivateKey, kid: str, serial: Serial) -> bytes:
    return private_key.sign(canonical(serial, kid))


def signature_valid(public_key: VerifyKey, code: ParsedCode) -> bool:
    """Is `code` signed by `public_key`? Checked by libsodium (PyNaCl), which verifies in half
    the time OpenSSL takes, on every scan (docs/stamps.md); the keys are made and sign with
    `cryptography`. Both refuse the same signatures (tests/stamps/test_codes.py)."""
    try:
        public_key.verify(canonical(code.serial, code.kid), code.signature)
    except BadSignatureError:
        return False
    return True


def qr_text(base_url: str, serial: Serial, kid: str, signature: bytes) -> str:
    return f"{base_url}{serial}/{kid}/{b64url_encode(signature)}"


def fits_version_8m(text: str) -> bool:
    """DESIGN.md: the printed code must fit a QR of version 8 at error correction M."""
    try:
        segno.make_qr(text, version=8, error="m", boost_error=False)
    except segno.DataOverflowError:
        return False
    return True


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text: str) -> bytes:
    padded = text + "=" * (-len(text) % 4)
    try:
        return base64.b64decode(padded, altchars=b"-_", validate=True)
    except (ValueError, base64.binascii.Error) as exc:
        raise ValueError("not base64url") from exc
