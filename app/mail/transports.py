"""Where mails go: an SMTP server (STARTTLS, login, timeouts), or `.eml` files in a folder when
no server is set (development: `make run` needs none)."""

from __future__ import annotations

import contextlib
import os
import secrets
import smtplib
import ssl
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from app.db import utcnow

Send = Callable[[EmailMessage], None]


class Transport(Protocol):
    def open(self) -> contextlib.AbstractContextManager[Send]:
        """A connection for a run of mails: a function that sends one, until the block ends."""


class SmtpTransport:
    """SMTP with STARTTLS when `use_tls` (the server's certificate checked against the system's
    CAs, or `ca_file`'s), AUTH when a username is set; `timeout_s` bounds every socket wait."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        use_tls: bool,
        username: str | None,
        password: str | None,
        timeout_s: float,
        ca_file: str | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.use_tls = use_tls
        self.username = username
        self.password = password
        self.timeout_s = timeout_s
        self.ca_file = ca_file

    @contextlib.contextmanager
    def open(self) -> Iterator[Send]:
        smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
        try:
            if self.use_tls:
                # Refused (SMTPNotSupportedError) when the server offers no STARTTLS: with TLS
                # asked for, a mail never goes out in clear text.
                smtp.starttls(context=ssl.create_default_context(cafile=self.ca_file))
            if self.username:
                smtp.login(self.username, self.password or "")
            yield smtp.send_message
        finally:
            # Every mail sent is already recorded; a QUIT the server does not answer is no error.
            with contextlib.suppress(smtplib.SMTPException, OSError):
                smtp.quit()
            smtp.close()


class EmlTransport:
    """Each mail as one `.eml` file in `directory`, named by the UTC time it was written
    (`20261205T101112.123456Z-1a2b3c.eml`), so that a listing sorts them in order. The files
    hold live reset links: the folder is the owner's only (0700, files 0600)."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    @contextlib.contextmanager
    def open(self) -> Iterator[Send]:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        yield self._write

    def _write(self, message: EmailMessage) -> None:
        name = f"{utcnow():%Y%m%dT%H%M%S.%fZ}-{secrets.token_hex(3)}.eml"
        partial = self.directory / f".{name}.part"
        # Written aside and renamed: whoever watches the folder never reads half a mail.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(bytes(message))
        os.replace(partial, self.directory / name)
