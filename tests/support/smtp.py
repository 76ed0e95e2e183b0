"""A real SMTP server for the tests: aiosmtpd on a free loopback port, optionally with STARTTLS
(a test CA made here) and AUTH, keeping every mail it accepts.

Use the fixtures by importing them into a test module (`from tests.support.smtp import
smtp_server, app_mail`). `app_mail` points the suite's app at the server. A request delivers its
mail when its answer is closed, as a WSGI server does once the answer is sent: with Flask's test
client pass `buffered=True` (or close the answer) before reading the inbox.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import email
import ipaddress
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.mail.service import MailSettings

HOST = "127.0.0.1"
LINK = re.compile(r"https?://\S+")


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    login: str | None
    tls: bool


@dataclass
class Inbox:
    """aiosmtpd's handler: keeps what it accepts; refuses the recipients of `refuse` with
    their reply (`550 ...` for good, `451 ...` for now)."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        login = session.auth_data if session.authenticated else None
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message,
                                      login, session.ssl is not None))
        return "250 Message accepted for delivery"


class _Controller(Controller):
    """aiosmtpd's Controller on port 0: the system picks a free port, read back here."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@dataclass
class SmtpServer:
    port: int
    inbox: Inbox
    ca_file: str | None
    users: dict[str, str]

    @property
    def messages(self) -> list[EmailMessage]:
        return [received.message for received in self.inbox.received]

    def settings(self, base: MailSettings, **overrides) -> MailSettings:
        """`base` (the app's mail settings) pointed at this server."""
        username, password = next(iter(self.users.items()), (None, None))
        return dataclasses.replace(base, **{
            "server": HOST,
            "port": self.port,
            "use_tls": self.ca_file is not None,
            "ca_file": self.ca_file,
            "username": username,
            "password": password,
            "timeout_s": 5.0,
            **overrides,
        })


@contextlib.contextmanager
def running_smtp_server(
    tls_dir: Path | None = None, users: dict[str, str] | None = None
) -> Iterator[SmtpServer]:
    """An SMTP server on 127.0.0.1; with `tls_dir`, STARTTLS required (its CA written there);
    with `users`, AUTH required (over TLS only, when TLS is on)."""
    users = dict(users or {})
    inbox = Inbox()
    options: dict = {}
    ca_file = None
    if tls_dir is not None:
        ca_file, context = _tls(tls_dir)
        options |= {"tls_context": context, "require_starttls": True}
    if users:
        options |= {
            "authenticator": _authenticator(users),
            "auth_require_tls": tls_dir is not None,
            "auth_required": True,
        }
    controller = _Controller(inbox, hostname=HOST, port=0, **options)
    controller.start()
    try:
        yield SmtpServer(controller.port, inbox, ca_file, users)
    finally:
        controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain SMTP server (no TLS, no AUTH) for one test."""
    with running_smtp_server() as server:
        yield server


@pytest.fixture
def app_mail(app, smtp_server, monkeypatch) -> SmtpServer:
    """The suite's app sending its mail to `smtp_server` for this test."""
    monkeypatch.setitem(app.extensions, "mail", smtp_server.settings(app.extensions["mail"]))
    return smtp_server


def text_of(message: EmailMessage) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def html_of(message: EmailMessage) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def link_in(message: EmailMessage) -> str:
    """The one link of a mail's text."""
    (link,) = LINK.findall(text_of(message))
    return link


def _authenticator(users: dict[str, str]):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and users.get(auth_data.login.decode()) == auth_data.password.decode()
        )
        return AuthResult(success=ok, handled=False,
                          auth_data=auth_data.login.decode() if ok else None)

    return authenticate


def _tls(directory: Path) -> tuple[str, ssl.SSLContext]:
    """A test CA and a certificate it signs for 127.0.0.1 and localhost: the CA's file (what the
    client trusts) and the server's TLS context."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Banderola test mail CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=False, content_commitment=False,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=True, crl_sign=True, encipher_only=False,
                          decipher_only=False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    ca_file = directory / "ca.pem"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_file = directory / "server.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file = directory / "server.key"
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return str(ca_file), context
