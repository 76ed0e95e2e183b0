"""The acceptance suite's HTTP client: each user is a `requests` session from a loopback
address of their own (as each user has their own device: rate limits count per address), and
every call is recorded as (method, path) for the check that every operation was called."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pyotp
import requests
from requests.adapters import HTTPAdapter

# The keys of an OpenAPI path item that are operations (others: parameters, summary...).
OPERATION_KEYS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
TIMEOUT_S = 90  # above SQLite's 30 s busy timeout: a request stuck on a lock fails, not hangs


class _FromAddress(HTTPAdapter):
    """Connections from one source address (any of 127.0.0.0/8 reaches the loopback server)."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def operations(openapi: dict) -> set[tuple[str, str]]:
    """(METHOD, path template) of every operation of an OpenAPI document."""
    return {
        (method.upper(), template)
        for template, item in openapi["paths"].items()
        for method in item.keys() & OPERATION_KEYS
    }


@dataclass
class Recorder:
    """Every (method, path) the suite sent, to match against the OpenAPI document's operations."""

    calls: set[tuple[str, str]] = field(default_factory=set)

    def add(self, method: str, url: str) -> None:
        self.calls.add((method.upper(), urlsplit(url).path))

    def operations_called(self, openapi: dict) -> set[tuple[str, str]]:
        """(METHOD, path template) of each documented operation some call reached."""
        templates = []
        for method, template in operations(openapi):
            literals = re.split(r"\{[^}/]+\}", template)
            pattern = "[^/]+".join(re.escape(part) for part in literals)
            literal = sum(map(len, literals))
            templates.append((literal, method, template, re.compile(f"^{pattern}$")))
        templates.sort(key=lambda entry: -entry[0])  # /cases/due before /cases/{case_id}
        called = set()
        for method, path in self.calls:
            for _literal, documented, template, pattern in templates:
                if documented == method and pattern.match(path):
                    called.add((method, template))
                    break
        return called


class Api:
    """One user's client: their address, and their token once logged in."""

    def __init__(self, base_url: str, recorder: Recorder, address: str) -> None:
        self.base_url = base_url
        self.recorder = recorder
        self.address = address
        self.http = requests.Session()
        self.http.mount("http://", _FromAddress(address))
        self.user: dict | None = None

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        url = self.base_url + path
        self.recorder.add(method, url)
        return self.http.request(method, url, timeout=TIMEOUT_S, **kwargs)

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def patch(self, path: str, **kwargs) -> requests.Response:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs) -> requests.Response:
        return self.request("DELETE", path, **kwargs)

    def log_in(self, email: str, password: str, totp_secret: str | None = None) -> dict:
        """Log in as the sign-in form does (a current TOTP code when the account has one) and
        send the token from then on; the login's answer."""
        self.forget_token()  # a sign-in form sends no old token
        body = {"email": email, "password": password}
        if totp_secret:
            body["otp"] = fresh_totp(totp_secret)
        answer = ok(self.post("/api/v1/auth/login", json=body), 200)
        self.http.headers["Authorization"] = f"Bearer {answer['access_token']}"
        self.user = answer["user"]
        return answer

    def log_in_and_enrol(self, email: str, password: str) -> str:
        """First sign-in of an account that must enrol TOTP, as the PWA walks it: the password
        gives a token of scope `mfa_enrolment`, the authenticator app takes the secret and its
        code confirms it; the token then reaches everything. Answers the TOTP secret."""
        answer = self.log_in(email, password)
        assert answer["scope"] == "mfa_enrolment", answer
        secret = ok(self.post("/api/v1/auth/mfa/enrol"), 201)["secret"]
        confirmed = ok(self.post("/api/v1/auth/mfa/confirm",
                                 json={"otp": fresh_totp(secret)}), 201)
        self.user = confirmed["user"]
        return secret

    def forget_token(self) -> None:
        self.http.headers.pop("Authorization", None)
        self.user = None


_last_totp_step: dict[str, int] = {}


def fresh_totp(secret: str) -> str:
    """A code of `secret` that no earlier sign-in of this run used: the server accepts each
    TOTP step once, and one step of drift ahead, so the next step serves when the current one
    is spent (a third sign-in within one step waits for the clock)."""
    totp = pyotp.TOTP(secret)
    while True:
        current = totp.timecode(dt.datetime.now(dt.UTC))
        step = max(current, _last_totp_step.get(secret, current - 1) + 1)
        if step <= current + 1:
            _last_totp_step[secret] = step
            return totp.generate_otp(step)
        time.sleep(1)


def legal_today() -> dt.date:
    """Today in Kosovo, the calendar of every legal date the API takes (API.md): near midnight
    UTC it is already tomorrow there."""
    return dt.datetime.now(ZoneInfo("Europe/Belgrade")).date()


def ok(answer: requests.Response, status: int = 200):
    """The JSON body of an answer that must have `status`."""
    assert answer.status_code == status, (answer.request.method, answer.url,
                                          answer.status_code, answer.text[:2000])
    return answer.json() if answer.content else None


def refused(answer: requests.Response, status: int, error: str) -> dict:
    """The body of a refusal: `status`, a stable `error` and a message (API.md "Errors")."""
    assert answer.status_code == status, (answer.request.method, answer.url,
                                          answer.status_code, answer.text[:2000])
    body = answer.json()
    assert body["error"] == error, body
    assert body["code"] == status and body["message"], body
    return body
