"""Hand-made hostile requests against every operation of the OpenAPI document (issue 17): a lone
surrogate in a JSON string, JSON nested 100,000 deep, invalid UTF-8, NaN, integers no database
column holds. Each is a 400 or 422 and writes nothing, in the test client and through gunicorn.
Beside schemathesis (tests/test_openapi_schemathesis.py), whose generated text is always
well-formed."""

from __future__ import annotations

import datetime as dt
import json

import pyotp
import pytest
import requests
from sqlalchemy import func, select

from app.api import MAX_JSON_DEPTH
from app.audit.models import AuditRecord
from app.stamps.models import Scan
from tests import factories, servers

LONE_SURROGATE = "\udc80"  # half of a UTF-16 pair: valid JSON text, no valid character
DEEP = "[" * 100_000 + "]" * 100_000
HUGE = 10**20  # beyond any BIGINT
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)


def _resolved(schema: dict, spec: dict) -> dict:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _shaped(schema: dict, spec: dict):
    """A body shaped like `schema`, every free-text string carrying a lone surrogate, so that
    the body would pass validation but for that character."""
    schema = _resolved(schema, spec)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object":
        return {name: _shaped(part, spec) for name, part in schema.get("properties", {}).items()
                if not part.get("readOnly")}
    if kind == "array":
        return [_shaped(schema.get("items", {}), spec)] * max(1, schema.get("minItems", 1))
    if kind in ("integer", "number"):
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return False
    formats = {"date": dt.date.today().isoformat(), "email": "someone@example.org",
               "date-time": dt.datetime.now(dt.UTC).isoformat(), "decimal": "1"}
    if schema.get("format") in formats:
        return formats[schema["format"]]
    text = (LONE_SURROGATE + " hostile text").ljust(schema.get("minLength", 0), "x")
    return text[: schema.get("maxLength", len(text))]


def _json_operations(spec: dict):
    """(method, path with its parameters filled, JSON content type, request body schema)."""
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            content = operation.get("requestBody", {}).get("content", {})
            for content_type, body in content.items():
                if content_type.endswith("json"):
                    yield method, _filled(path), content_type, body.get("schema", {})
                    break


def _filled(path: str, integer: int = 1) -> str:
    """`path` with each parameter given `integer` (ids) or a serial (the stamps' paths)."""
    for name in ("serial",):
        path = path.replace("{" + name + "}", "CG26-000000001")
    while "{" in path:
        start, end = path.index("{"), path.index("}")
        value = "receipt" if path[start:end] == "{name" else str(integer)
        path = path[:start] + value + path[end + 1:]
    return path


def _hostile_bodies(schema: dict, spec: dict) -> dict[str, bytes]:
    shaped = _shaped(schema, spec)
    if "\\udc80" not in json.dumps(shaped):  # no free text here: an unknown field carries it
        shaped = {**shaped, "note": LONE_SURROGATE}
    nested = {"x": json.loads("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))}
    return {
        "lone surrogate": json.dumps(shaped).encode(),  # written as the escape \udc80
        "bare surrogate (not UTF-8)": b'{"description": "\xed\xb2\x80 text"}',
        "invalid UTF-8": b'{"description": "\xff\xfe text"}',
        "100,000 deep": DEEP.encode(),
        f"{MAX_JSON_DEPTH + 1} deep": json.dumps(nested).encode(),
        "NaN": b'{"quantity": NaN}',
    }


@pytest.fixture
def everyone(session):
    """Headers of one user holding every role (a company administrator of an operator too),
    so that every operation reads its body instead of refusing the caller."""
    operator = factories.operator(session)
    user = factories.mfa_user(session, "admin", roles=["admin", "officer", "supervisor",
                                                        "operator"],
                              operator_id=operator.id, company_admin=True)
    headers = factories.headers_for(session, user)
    session.commit()
    return headers


def _written(session) -> tuple[int, int]:
    session.rollback()
    return (session.scalar(select(func.count()).select_from(AuditRecord)),
            session.scalar(select(func.count()).select_from(Scan)))


def test_every_json_operation_refuses_hostile_json_and_writes_nothing(client, session,
                                                                      everyone):
    spec = client.get("/api/openapi.json").get_json()
    before = _written(session)
    answers, operations = [], 0
    for method, path, content_type, schema in _json_operations(spec):
        operations += 1
        for shape, body in _hostile_bodies(schema, spec).items():
            answer = client.open(path, method=method, data=body,
                                 headers={**everyone, "Content-Type": content_type})
            error = (answer.get_json() or {}).get("error") if answer.status_code >= 400 else None
            answers.append((answer.status_code, error, method, path, shape))
    assert operations >= 30
    wrong = [answer for answer in answers if answer[:2] not in {(400, "bad_request"),
                                                               (422, "validation_failed")}]
    assert not wrong, "\n".join(map(str, wrong))
    assert _written(session) == before


def test_integers_beyond_any_column_are_client_errors(client, session, everyone):
    spec = client.get("/api/openapi.json").get_json()
    answers = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            parameters = item.get("parameters", []) + operation.get("parameters", [])
            integers = [p for p in parameters if p.get("schema", {}).get("type") == "integer"]
            for parameter in integers:
                target = _filled(path, HUGE) if parameter["in"] == "path" else (
                    f"{_filled(path)}?{parameter['name']}={HUGE}")
                answer = client.open(target, method=method, headers=everyone, json={})
                answers.append((answer.status_code, method, target))
    assert len(answers) >= 20
    assert not [answer for answer in answers if answer[0] >= 500]


def test_a_valid_surrogate_pair_is_still_text(client):
    answer = client.post("/api/v1/reports", json={"description": "Fake stamp 🚬 on a pack"})
    assert answer.status_code == 201, answer.get_json()


# --- through gunicorn, as `make run` serves the app ---------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    instance = tmp_path_factory.mktemp("hostile-instance")
    env = servers.prepared_instance(instance)
    accounts = json.loads((instance / "demo" / "accounts.json").read_text())["accounts"]
    with servers.gunicorn(env, instance / "gunicorn.log") as server:
        yield server.base, {account["role"]: account for account in accounts}, instance


def _signed_in(base: str, account: dict) -> dict:
    answer = requests.post(f"{base}/api/v1/auth/login", timeout=10, json={
        "email": account["email"], "password": account["password"],
        "otp": pyotp.TOTP(account["totp_secret"]).now()})
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_the_shapes_of_the_issue_are_refused_by_the_served_app(served):
    base, accounts, instance = served
    admin, officer = _signed_in(base, accounts["admin"]), _signed_in(base, accounts["officer"])
    today = dt.date.today()
    surrogate_bodies = [
        ("/auth/login", {}, {"email": accounts["officer"]["email"],
                             "password": "demo" + LONE_SURROGATE}),
        ("/reports", {}, {"description": "A fake stamp " + LONE_SURROGATE}),
        ("/allowances/check", {}, {"age": 30, "items": [
            {"kind": "other", "quantity": 1, "unit": "piece", "value_eur": 10,
             "description": LONE_SURROGATE}]}),
        ("/cases", officer, factories.case_request(
            today, place={"description": "Shop " + LONE_SURROGATE})),
        ("/users", admin, {"email": "new@demo.banderola.example", "roles": ["officer"],
                           "password": "a long enough password", "full_name": LONE_SURROGATE}),
        ("/epcis/capture", admin, {"type": "EPCISDocument", "schemaVersion": "2.0",
                                   "creationDate": "2026-11-01T08:00:00Z",
                                   "epcisBody": {"eventList": [{"type": LONE_SURROGATE}]}}),
    ]

    def post(path: str, headers: dict, body: str) -> int:
        return requests.post(f"{base}/api/v1{path}", data=body, timeout=30,
                             headers={**headers, "Content-Type": "application/json"}).status_code

    # json.dumps writes the surrogate as the escape \udc80, as a hand-made request would.
    answers = [post(path, headers, json.dumps(body)) for path, headers, body in surrogate_bodies]
    answers += [post("/verifications", {}, DEEP), post("/epcis/capture", admin, DEEP)]
    serial = json.loads((instance / "demo" / "codes.json").read_text())["codes"][0]["serial"]
    answers.append(requests.get(f"{base}/api/v1/stamps/{serial}/scans?before={HUGE}",
                                headers=officer, timeout=30).status_code)
    assert all(status in (400, 422) for status in answers), answers
    assert "Traceback" not in (instance / "gunicorn.log").read_text()
