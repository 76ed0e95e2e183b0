"""A customs supervisor (demo `supervisor`) takes the Art. 251 and 291 decisions on cases the
officer opened: extensions, seizure, notices, review, appeals, disposition; and the public
board shows the current Notices of Seizure. Legal acts carry past dates, as paper-first work
does: the rules judge each act at its own date, so a whole case runs in one sitting."""

from __future__ import annotations

import datetime as dt
import io

import holidays
from pypdf import PdfReader

from tests.acceptance.http import legal_today, ok, refused

TITLES = {
    "extension-notice": {"sq": "Njoftim për zgjatjen", "sr": "Obaveštenje o produženju",
                         "en": "Notice of extension"},
    "seizure-notice": {"sq": "Njoftim për sekuestrim", "sr": "Obaveštenje o zapleni",
                       "en": "Notice of Seizure"},
}
KOSOVO_HOLIDAYS = holidays.country_holidays("XK", years=range(2020, 2040))
OWNER = {"kind": "legal", "name": "Tregtia Test SH.P.K.", "address": "Rruga e Dëshmorëve 7"}


class Case:
    """A case detained `days_ago`, its acts posted with the day (since detention) they bear."""

    def __init__(self, officer, supervisor, days_ago: int, owner: dict = OWNER) -> None:
        self.officer, self.supervisor = officer, supervisor
        self.detained_on = legal_today() - dt.timedelta(days=days_ago)
        self.body = ok(officer.post("/api/v1/cases", json={
            "detained_on": self.detained_on.isoformat(),
            "place": {"description": "Shop, Rruga e Dëshmorëve 7",
                      "municipality": "mitrovice-jug"},
            "owner": owner,
            "items": [{"kind": "goods", "description": "Cigarettes without excise stamps",
                       "quantity": 20, "unit": "carton", "value_eur": 700,
                       "category": "cigarettes", "unmarked": True}],
            "legal_basis": ["Art. 251(1)", "Art. 300(1)"],
        }), 201)
        self.id, self.number = self.body["id"], self.body["number"]

    def day(self, n: int) -> str:
        return (self.detained_on + dt.timedelta(days=n)).isoformat()

    def post(self, path: str, body: dict, by_officer: bool = False):
        client = self.officer if by_officer else self.supervisor
        return client.post(f"/api/v1/cases/{self.id}{path}", json=body)

    def notice(self, n: int) -> dict:
        return {"method": "hand", "sent_on": self.day(n), "recipient": OWNER["name"],
                "address": OWNER["address"]}

    def get(self) -> dict:
        return ok(self.officer.get(f"/api/v1/cases/{self.id}"))


def owner_due(case: Case, received_day: int, days: int = 30) -> str:
    """The owner's last day, `days` after receipt on `received_day`, moved off a Saturday, Sunday
    or public holiday as `make run` does (DEADLINE_ROLLOVER=working_days, Art. 12(5))."""
    end = dt.date.fromisoformat(case.day(received_day)) + dt.timedelta(days=days)
    while end.weekday() >= 5 or end in KOSOVO_HOLIDAYS:
        end += dt.timedelta(days=1)
    return end.isoformat()


def seized_and_notified(case: Case, on_day: int) -> None:
    ok(case.post("/decisions", {"outcome": "seize", "decided_on": case.day(on_day),
                                "reasons": "Excise goods without excise stamps (Art. 300(1))."}),
       201)
    ok(case.post("/notifications", {"document": "seizure", **case.notice(on_day)},
                 by_officer=True), 201)


def test_the_long_road_extensions_seizure_review_board_and_destruction(officer, supervisor):
    case = Case(officer, supervisor, days_ago=170)
    ok(case.post("/extensions", {"days": 30, "reason": "Laboratory analysis of the stamps.",
                                 "decided_on": case.day(5), "notification": case.notice(5)}), 201)
    refused(case.post("/extensions", {"days": 31, "reason": "More analysis.",
                                      "decided_on": case.day(10),
                                      "notification": case.notice(10)}), 409, "conflict")
    extended = ok(case.post("/extensions", {
        "days": 30, "reason": "More analysis.", "decided_on": case.day(10),
        "notification": case.notice(10)}), 201)["case"]
    assert extended["deadlines"]["latest_extension_to"] == case.day(90)

    seized = ok(case.post("/decisions", {
        "outcome": "seize", "reasons": "Excise goods without excise stamps (Art. 300(1)).",
        "decided_on": case.day(40)}), 201)["case"]
    assert seized["status"] == "seized"
    refused(case.post("/decisions", {"outcome": "return", "decided_on": case.day(41)}),
            409, "conflict")

    notice = ok(case.post("/notifications", {
        "document": "seizure", "method": "post", "sent_on": case.day(41),
        "recipient": OWNER["name"], "address": OWNER["address"]}, by_officer=True), 201)
    received = ok(case.post(f"/notifications/{notice['id']}/receipt",
                            {"received_on": case.day(44)}, by_officer=True), 201)["case"]
    assert received["deadlines"]["review_request_due_on"] == owner_due(case, 44)

    review = ok(case.post("/reviews", {"requested_on": case.day(60)}, by_officer=True), 201)
    refused(case.post("/reviews", {"requested_on": case.day(61)}, by_officer=True),
            409, "conflict")
    decided = ok(case.post(f"/reviews/{review['id']}/decision", {
        "outcome": "upheld", "decided_on": case.day(80), "received_on": case.day(82),
        "reasons": "The goods bore no excise stamps."}),
        201)["case"]
    assert decided["deadlines"]["board_appeal_due_on"] == owner_due(case, 82)

    appeal = ok(case.post("/appeals", {"level": "board", "lodged_on": case.day(100)}), 201)
    final = ok(case.post(f"/appeals/{appeal['id']}/decision", {
        "outcome": "upheld", "decided_on": case.day(130), "received_on": case.day(131)}),
        201)["case"]
    final_on = dt.date.fromisoformat(owner_due(case, 131)) + dt.timedelta(days=1)
    assert final["deadlines"]["final_on"] == final_on.isoformat()

    disposed = ok(case.post("/dispositions", {"kind": "destruction",
                                              "decided_on": final_on.isoformat()}), 201)["case"]
    assert disposed["status"] == "disposed"
    refused(case.post("/dispositions", {"kind": "sale", "decided_on": final_on.isoformat(),
                                        "amount_eur": 100}), 409, "conflict")
    assert [event["action"] for event in case.get()["history"]] == [
        "opened", "extended", "notified", "extended", "notified", "decided", "notified",
        "received", "review_requested", "review_decided", "appeal_lodged", "appeal_decided",
        "disposed",
    ]
    for name, titles in TITLES.items():
        for lang, title in titles.items():
            answer = officer.get(f"/api/v1/cases/{case.id}/documents/{name}.pdf",
                                 params={"lang": lang})
            assert answer.status_code == 200, (name, lang, answer.text[:300])
            text = "\n".join(page.extract_text()
                             for page in PdfReader(io.BytesIO(answer.content)).pages)
            assert case.number in text and title in text, (name, lang)


def test_a_review_asked_out_of_time_is_refused_and_one_in_time_entered_late_is_not(
        officer, supervisor):
    case = Case(officer, supervisor, days_ago=60)
    seized_and_notified(case, on_day=3)  # by hand: received that day, review due by day 33
    due_on = dt.date.fromisoformat(owner_due(case, 3))  # or the next working day
    refused(case.post("/reviews", {"requested_on": (due_on + dt.timedelta(days=1)).isoformat()},
                      by_officer=True), 409, "deadline_passed")
    ok(case.post("/reviews", {"requested_on": due_on.isoformat()}, by_officer=True), 201)


def test_a_return_closes_the_case_and_a_future_date_is_refused(officer, supervisor):
    case = Case(officer, supervisor, days_ago=4)
    refused(case.post("/decisions", {"outcome": "return", "decided_on": case.day(5)}),
            422, "validation_failed")  # tomorrow
    returned = ok(case.post("/decisions", {"outcome": "return", "decided_on": case.day(2)}),
                  201)["case"]
    assert returned["status"] == "returned"
    refused(case.post("/extensions", {"days": 10, "reason": "Late.", "decided_on": case.day(3),
                                      "notification": case.notice(3)}), 409, "conflict")


def test_the_work_queue_warns_before_a_thing_is_deemed_seized(officer, supervisor):
    case = Case(officer, supervisor, days_ago=27)  # the last day to extend is in 3 days
    queue = ok(supervisor.get("/api/v1/cases/due?within=7"))["cases"]
    mine = next(entry for entry in queue if entry["id"] == case.id)
    assert mine["due"][0] == {"what": "extend_or_decide", "on": case.day(30),
                              "label": mine["due"][0]["label"]}
    assert mine["due"][0]["label"]
    dates = [entry["due"][0]["on"] for entry in queue]
    assert dates == sorted(dates)
    refused(supervisor.get("/api/v1/cases/due?within=91"), 422, "validation_failed")
    refused(officer.get("/api/v1/cases/due"), 403, "forbidden")


def test_the_public_board_shows_a_current_notice_without_a_persons_name(
        officer, supervisor, consumer):
    person = {"kind": "natural", "name": "Filan Fisteku", "address": "Rruga 1, Vushtrri"}
    case = Case(officer, supervisor, days_ago=6, owner=person)
    seized_and_notified(case, on_day=2)
    notice = next(n for n in ok(consumer.get("/api/v1/notices"))["notices"]
                  if n["number"] == case.number)
    assert notice["status"] == "seized" and notice["seized_on"] == case.day(2)
    assert notice["owner"] == {"kind": "natural", "name": None}
    for page in (consumer.get("/notices"), consumer.get("/notices.atom")):
        assert page.status_code == 200
        assert case.number in page.text and person["name"] not in page.text


def test_supervisors_list_cases_by_status(supervisor, officer):
    case = Case(officer, supervisor, days_ago=1)
    detained = ok(supervisor.get("/api/v1/cases", params={"status": "detained"}))["cases"]
    assert case.id in [item["id"] for item in detained]
    refused(supervisor.get("/api/v1/cases", params={"status": "lost"}), 422,
            "validation_failed")


def test_a_review_decision_carries_its_reasons(officer, supervisor):
    case = Case(officer, supervisor, days_ago=20)
    seized_and_notified(case, on_day=2)
    review = ok(case.post("/reviews", {"requested_on": case.day(5)}, by_officer=True), 201)
    ok(case.post(f"/reviews/{review['id']}/decision", {
        "outcome": "upheld", "reasons": "The goods bore no excise stamps.",
        "decided_on": case.day(6)}), 201)


def test_the_review_decision_prints(officer, supervisor):
    case = Case(officer, supervisor, days_ago=20)
    seized_and_notified(case, on_day=2)
    review = ok(case.post("/reviews", {"requested_on": case.day(5)}, by_officer=True), 201)
    refused(case.post(f"/reviews/{review['id']}/decision", {"outcome": "upheld",
                                                             "decided_on": case.day(6)}),
            422, "reasons_required")
    ok(case.post(f"/reviews/{review['id']}/decision", {
        "outcome": "upheld", "decided_on": case.day(6),
        "reasons": "The goods bore no excise stamps."}), 201)
    answer = officer.get(f"/api/v1/cases/{case.id}/documents/review-decision.pdf")
    assert answer.status_code == 200 and answer.content.startswith(b"%PDF")


def test_things_one_by_one_and_a_refund_after_annulment(officer, supervisor):
    """Return the truck, seize the cigarettes (Art. 251(11)); the owner pays for their return
    (Art. 251(9)(a): value and unpaid duty), the review annuls the seizure, and the Customs
    pays the sum back (Art. 292(b)(ii)(A))."""
    detained_on = legal_today() - dt.timedelta(days=20)

    def on(n: int) -> str:
        return (detained_on + dt.timedelta(days=n)).isoformat()

    body = ok(officer.post("/api/v1/cases", json={
        "detained_on": detained_on.isoformat(),
        "place": {"description": "Road checkpoint, M9", "municipality": "peje"},
        "owner": OWNER,
        "holder": {"name": "Driton Shoferi", "role": "driver"},
        "items": [
            {"kind": "goods", "description": "Cigarettes without excise stamps", "quantity": 20,
             "unit": "carton", "value_eur": 700, "duty_unpaid_eur": 300,
             "category": "cigarettes", "unmarked": True},
            {"kind": "vehicle", "description": "Truck", "quantity": 1, "unit": "piece",
             "value_eur": 15000},
        ],
        "legal_basis": ["Art. 251(1)", "Art. 300(1)"],
    }), 201)
    cigarettes, truck = (item["id"] for item in body["items"])

    def post(path: str, payload: dict, by_officer: bool = False):
        client = officer if by_officer else supervisor
        return client.post(f"/api/v1/cases/{body['id']}{path}", json=payload)

    ok(post("/decisions", {"outcome": "return", "decided_on": on(1), "item_ids": [truck]}), 201)
    case = ok(post("/decisions", {"outcome": "seize", "decided_on": on(1),
                                  "reasons": "Excise goods without excise stamps."}), 201)["case"]
    assert [item["status"] for item in case["items"]] == ["seized", "returned"]
    assert case["status"] == "seized"
    ok(post("/notifications", {"document": "seizure", "method": "hand", "sent_on": on(2),
                               "recipient": OWNER["name"]}, by_officer=True), 201)
    refused(post("/dispositions", {"kind": "return_on_payment", "decided_on": on(3),
                                   "amount_eur": 1000.01, "item_ids": [cigarettes]}),
            409, "conflict")
    ok(post("/dispositions", {"kind": "return_on_payment", "decided_on": on(3),
                              "amount_eur": 1000, "item_ids": [cigarettes]}), 201)
    review = ok(post("/reviews", {"requested_on": on(4)}, by_officer=True), 201)
    case = ok(post(f"/reviews/{review['id']}/decision", {"outcome": "annulled",
                                                         "decided_on": on(10)}), 201)["case"]
    assert case["refund_due_eur"] == 1000
    refused(post("/refunds", {"amount_eur": 1000.01, "paid_on": on(11)}), 409, "conflict")
    case = ok(post("/refunds", {"amount_eur": 1000, "paid_on": on(11)}), 201)["case"]
    assert case["refund_due_eur"] is None
    assert case["refunds"][0]["amount_eur"] == 1000


def test_the_dashboard_shows_the_month_and_exports_its_tables(supervisor, officer):
    Case(officer, supervisor, days_ago=3)
    answer = ok(supervisor.get("/api/v1/dashboard", headers={"Accept-Language": "sr"}))
    assert len(answer["verdicts_per_day"]) == 30
    assert sum(row["count"] for row in answer["cases_by_status"]) >= 1
    exported = supervisor.get("/api/v1/dashboard",
                              params={"format": "csv", "table": "cases_by_status"})
    assert exported.status_code == 200 and exported.text.startswith("status,count")
    refused(supervisor.get("/api/v1/dashboard", params={"from": "2025-01-01", "to": "2026-06-01"}),
            422, "validation_failed")
    refused(officer.get("/api/v1/dashboard"), 403, "forbidden")
