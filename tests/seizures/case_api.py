"""A small client for the cases API used by the case tests: a settable Kosovo "today" and one
method per act, each returning the test response."""

from __future__ import annotations

import datetime as dt

from tests import factories


class Clock:
    """The legal "today" the routes see; tests move it forward instead of sleeping."""

    def __init__(self, today: dt.date) -> None:
        self.today = today

    def __call__(self) -> dt.date:
        return self.today


def iso(on: dt.date | None) -> str | None:
    return on.isoformat() if on else None


class CaseApi:
    def __init__(self, client, session, clock: Clock) -> None:
        self.client = client
        self.clock = clock
        self.officer = factories.user(session, "officer", full_name="Arta Officer")
        self.supervisor = factories.user(session, "supervisor", full_name="Besnik Supervisor")
        self.officer_headers = factories.headers_for(session, self.officer)
        self.supervisor_headers = factories.headers_for(session, self.supervisor)

    def _post(self, path: str, body: dict, supervisor: bool = True, **headers):
        base = self.supervisor_headers if supervisor else self.officer_headers
        return self.client.post(path, json=body, headers={**base, **headers})

    def open(self, detained_on: dt.date, **overrides):
        return self._post(
            "/api/v1/cases", factories.case_request(detained_on, **overrides), supervisor=False
        )

    def opened(self, detained_on: dt.date, **overrides) -> dict:
        response = self.open(detained_on, **overrides)
        assert response.status_code == 201, response.json
        return response.json

    def get(self, case_id: int, **headers) -> dict:
        response = self.client.get(
            f"/api/v1/cases/{case_id}", headers={**self.officer_headers, **headers}
        )
        assert response.status_code == 200, response.json
        return response.json

    def extend(self, case_id, days, decided_on, sent_on=None, method="hand", **extra):
        notification = {
            "method": method,
            "sent_on": iso(sent_on or decided_on),
            "recipient": "Tregtia Test SH.P.K.",
            "address": "Rruga e Dëshmorëve 7, Mitrovicë",
        }
        body = {
            "days": days,
            "reason": "Laboratory analysis of the stamps is pending.",
            "decided_on": iso(decided_on),
            "notification": notification,
            **extra,
        }
        return self._post(f"/api/v1/cases/{case_id}/extensions", body)

    def decide(self, case_id, outcome, decided_on, **extra):
        body = {"outcome": outcome, "decided_on": iso(decided_on), **extra}
        if outcome == "seize":
            body.setdefault("reasons", "Excise goods without excise stamps (Art. 300(1)).")
        if outcome == "return_conditionally":
            body.setdefault("conditions", "Excise stamps are affixed within 5 days.")
        return self._post(f"/api/v1/cases/{case_id}/decisions", body)

    def notify(self, case_id, document, sent_on, received_on=None, method="post", **extra):
        body = {
            "document": document,
            "method": method,
            "sent_on": iso(sent_on),
            "recipient": "Tregtia Test SH.P.K.",
            "address": "Rruga e Dëshmorëve 7, Mitrovicë",
            **extra,
        }
        if received_on:
            body["received_on"] = iso(received_on)
        return self._post(f"/api/v1/cases/{case_id}/notifications", body, supervisor=False)

    def receipt(self, case_id, notification_id, received_on):
        return self._post(
            f"/api/v1/cases/{case_id}/notifications/{notification_id}/receipt",
            {"received_on": iso(received_on)},
            supervisor=False,
        )

    def review(self, case_id, requested_on):
        return self._post(
            f"/api/v1/cases/{case_id}/reviews", {"requested_on": iso(requested_on)},
            supervisor=False,
        )

    def review_decision(self, case_id, review_id, outcome, decided_on, received_on=None,
                        **extra):
        body = {"outcome": outcome, "decided_on": iso(decided_on), **extra}
        if outcome in ("upheld", "amended"):  # Art. 12(3): the grounds of a refusal
            body.setdefault("reasons", "The goods bore no excise stamps (Art. 300(1)).")
        if received_on:
            body["received_on"] = iso(received_on)
        return self._post(f"/api/v1/cases/{case_id}/reviews/{review_id}/decision", body)

    def appeal(self, case_id, level, lodged_on):
        return self._post(
            f"/api/v1/cases/{case_id}/appeals", {"level": level, "lodged_on": iso(lodged_on)}
        )

    def appeal_decision(self, case_id, appeal_id, outcome, decided_on, received_on=None):
        body = {"outcome": outcome, "decided_on": iso(decided_on)}
        if received_on:
            body["received_on"] = iso(received_on)
        return self._post(f"/api/v1/cases/{case_id}/appeals/{appeal_id}/decision", body)

    def dispose(self, case_id, kind, decided_on, amount_eur=None):
        body = {"kind": kind, "decided_on": iso(decided_on)}
        if amount_eur is not None:
            body["amount_eur"] = amount_eur
        return self._post(f"/api/v1/cases/{case_id}/dispositions", body)

    def document(self, case_id, name, lang="en"):
        return self.client.get(
            f"/api/v1/cases/{case_id}/documents/{name}.pdf?lang={lang}",
            headers=self.officer_headers,
        )
