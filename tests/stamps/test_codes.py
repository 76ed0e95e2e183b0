"""Signatures of printed codes: libsodium checks them on every scan, and must accept exactly what
OpenSSL (the library that makes and signs with the keys) accepts."""

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.signing import VerifyKey

from app.stamps import codes

# The order of the Ed25519 group: a signature's S must be below it (RFC 8032, 5.1.7).
GROUP_ORDER = 2**252 + 27742317777372353535851937790883648493
KEY = Ed25519PrivateKey.generate()
OTHER_KEY = Ed25519PrivateKey.generate()


def _verify_key(private_key: Ed25519PrivateKey) -> VerifyKey:
    raw = private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return VerifyKey(raw)


def _code(serial: codes.Serial, signature: bytes, kid: str = "k1") -> codes.ParsedCode:
    return codes.ParsedCode(serial=serial, kid=kid, signature=signature)


def _openssl_accepts(private_key, code: codes.ParsedCode) -> bool:
    try:
        private_key.public_key().verify(code.signature, codes.canonical(code.serial, code.kid))
    except InvalidSignature:
        return False
    return True


SERIAL = codes.Serial("CG26", 123456)
SIGNATURE = codes.sign(KEY, "k1", SERIAL)


def test_a_genuine_signature_is_valid():
    assert codes.signature_valid(_verify_key(KEY), _code(SERIAL, SIGNATURE))


@pytest.mark.parametrize(
    "code",
    [
        _code(codes.Serial("CG26", 123457), SIGNATURE),  # copied onto another serial
        _code(SERIAL, SIGNATURE, kid="k2"),  # claimed by another key id
        _code(SERIAL, SIGNATURE[:-1] + bytes([SIGNATURE[-1] ^ 1])),  # one bit changed
        _code(SERIAL, bytes(64)),
        # the same S plus the group order: the same point arithmetic, a non-canonical encoding
        # that would let a forger make a second valid-looking code from a genuine one
        _code(SERIAL, SIGNATURE[:32] + (int.from_bytes(SIGNATURE[32:], "little")
                                        + GROUP_ORDER).to_bytes(32, "little")),
    ],
    ids=["other serial", "other kid", "bit flipped", "zeros", "S plus group order"],
)
def test_a_signature_for_anything_else_is_refused(code):
    assert not codes.signature_valid(_verify_key(KEY), code)
    assert not _openssl_accepts(KEY, code)


def test_a_signature_by_another_key_is_refused():
    assert not codes.signature_valid(_verify_key(OTHER_KEY), _code(SERIAL, SIGNATURE))


@settings(max_examples=300, deadline=None)
@given(
    number=st.integers(min_value=1, max_value=codes.MAX_NUMBER),
    flip=st.one_of(st.none(), st.integers(min_value=0, max_value=511)),
    random_signature=st.one_of(st.none(), st.binary(min_size=64, max_size=64)),
)
def test_libsodium_and_openssl_agree(number, flip, random_signature):
    serial = codes.Serial("SP25", number)
    signature = random_signature or codes.sign(KEY, "k1", serial)
    if flip is not None:
        changed = bytearray(signature)
        changed[flip // 8] ^= 1 << (flip % 8)
        signature = bytes(changed)
    code = _code(serial, signature)
    assert codes.signature_valid(_verify_key(KEY), code) == _openssl_accepts(KEY, code)
