"""Issue 19's date rules over the API: late extensions, reviews of detention and extension
decisions, review decisions with grounds, court finality, the Customs' answer to the Board."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2026, 3, 2)  # a Monday; day 30 is 2026-04-01
CLOCK_START = D


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def ok(response, status=201) -> dict:
    assert response.status_code == status, response.json
    return response.json


def refused(response, status: int, error: str) -> dict:
    assert response.status_code == status, response.json
    assert response.json["error"] == error, response.json
    assert response.json["message"]
    return response.json


def test_an_extension_notified_after_day_30_is_refused_and_nothing_is_written(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(35)
    answer = refused(api.extend(case_id, 20, day(29), sent_on=day(32), method="post"),
                     409, "deadline_passed")
    assert "3 April 2026" in answer["message"]  # the day it was sent
    case = api.get(case_id)
    assert case["extensions"] == [] and case["notifications"] == []
    assert case["status"] == "deemed_seized"
    ok(api.extend(case_id, 20, day(29), sent_on=day(30), method="post"))
    assert api.get(case_id)["status"] == "detained"


def seized_and_notified(api, clock, case_id, on=3):
    clock.today = day(on)
    ok(api.decide(case_id, "seize", day(on)))
    ok(api.notify(case_id, "seizure", day(on), method="hand"))
    clock.today = day(on + 2)


def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_an_upheld_or_amended_review_without_reasons_is_refused_and_nothing_is_written(api, clock):
    case_id = api.opened(D)["id"]
    seized_and_notified(api, clock, case_id)
    review_id = ok(api.review(case_id, day(5)))["id"]
    clock.today = day(10)
    for outcome in ("upheld", "amended"):
        for reasons in (None, "   "):
            answer = refused(api.review_decision(case_id, review_id, outcome, day(10),
                                                 reasons=reasons), 422, "reasons_required")
            assert answer["errors"] == {"reasons": ["State the reasons."]}
    case = api.get(case_id)
    assert case["review"]["decided_on"] is None
    assert [e["action"] for e in case["history"]].count("review_decided") == 0
    assert "review-decision" not in case["documents"]
    clock.today = day(12)
    decided = ok(api.review_decision(case_id, review_id, "upheld", day(10), day(12),
                                     reasons="No excise stamps on 20 cartons."))["case"]
    assert decided["review"]["reasons"] == "No excise stamps on 20 cartons."
    assert "review-decision" in decided["documents"]


def test_an_annulment_needs_no_reasons(api, clock):
    case_id = api.opened(D)["id"]
    seized_and_notified(api, clock, case_id)
    review_id = ok(api.review(case_id, day(5)))["id"]
    clock.today = day(6)
    ok(api.review_decision(case_id, review_id, "annulled", day(6)))


REVIEW_DECISION_TEXTS = {
    "sq": ["Vendim për kërkesën për rishqyrtim", "Kërkesa refuzohet", "Arsyetimi",
           "Bordin e Pavarur të Rishqyrtimit", "brenda 30 ditëve", "DK-", "13.03.2026",
           "14.04.2026", "Rr. Independent 1"],
    "sr": ["Odluka o zahtevu za preispitivanje", "Zahtev se odbija", "Obrazloženje",
           "Nezavisnom odboru za razmatranje", "u roku od 30 dana", "13.03.2026", "14.04.2026",
           "Rr. Independent 1"],
    "en": ["Decision on the request for review", "The request is refused", "Grounds",
           "Independent Review Board", "within 30 days", "13 March 2026", "14 April 2026",
           "Rr. Independent 1"],
}


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_the_review_decision_states_grounds_and_the_appeal_to_the_board(
    api, clock, app, monkeypatch, lang
):
    monkeypatch.setitem(app.config, "REVIEW_BOARD_ADDRESS", "Rr. Independent 1, Prishtinë")
    case_id = api.opened(D)["id"]
    seized_and_notified(api, clock, case_id)
    review_id = ok(api.review(case_id, day(5)))["id"]
    clock.today = day(20)
    # decided on day 10 (12 March), received on day 11 (13 March); 30 days → Sunday 12 April,
    # then Orthodox Easter Monday (13 April): the last day to appeal is Tuesday 14 April
    ok(api.review_decision(case_id, review_id, "upheld", day(10), day(11),
                           reasons="Twenty cartons bore no excise stamps."))
    response = api.document(case_id, "review-decision", lang)
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    text = " ".join(pdf_text(response.data).split())
    for expected in REVIEW_DECISION_TEXTS[lang]:
        assert expected in text, (expected, text)
    assert "Twenty cartons bore no excise stamps." in text


def test_no_review_decision_document_before_a_decision(api, clock):
    case_id = api.opened(D)["id"]
    seized_and_notified(api, clock, case_id)
    ok(api.review(case_id, day(5)))
    assert api.document(case_id, "review-decision").status_code == 409


def test_the_owner_asks_for_a_review_of_the_detention_and_of_the_extension(api, clock):
    case_id = api.opened(D)["id"]
    refused(api._post(f"/api/v1/cases/{case_id}/reviews",
                      {"requested_on": day(0).isoformat(), "of": "extension"}, supervisor=False),
            409, "conflict")  # no extension: a review of a decision that does not exist
    refused(api._post(f"/api/v1/cases/{case_id}/reviews",
                      {"requested_on": day(0).isoformat(), "of": "custody"}, supervisor=False),
            422, "validation_failed")
    assert api.get(case_id)["reviews"] == []
    clock.today = day(1)
    ok(api.notify(case_id, "receipt", day(0), method="hand"))  # the receipt handed over on D
    case = api.get(case_id)
    assert case["deadlines"]["detention_review_request_due_on"] == day(30).isoformat()
    ok(api.extend(case_id, 30, day(1), method="post"))
    clock.today = day(5)
    extension_notice = next(n for n in api.get(case_id)["notifications"]
                            if n["document"] == "extension")
    ok(api.receipt(case_id, extension_notice["id"], day(4)))
    case = api.get(case_id)
    # received on 6 March: 30 days end on Easter Sunday 5 April, Easter Monday is a holiday
    assert case["deadlines"]["extension_review_request_due_on"] == day(36).isoformat()

    review = ok(api._post(f"/api/v1/cases/{case_id}/reviews",
                          {"requested_on": day(5).isoformat(), "of": "extension"},
                          supervisor=False))
    assert review["case"]["reviews"][0]["of"] == "extension"
    assert review["case"]["review"] is None  # the seizure's review is another one
    clock.today = day(31)
    case = ok(api.review_decision(case_id, review["id"], "annulled", day(31)))["case"]
    # annulled after the first 30 days: the thing goes back, never deemed seized
    assert case["status"] == "returned"
    clock.today = day(70)
    assert api.get(case_id)["status"] == "returned"
    refused(api.decide(case_id, "seize", day(70)), 409, "conflict")


def test_a_review_of_the_detention_out_of_time_is_refused(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(40)
    ok(api.notify(case_id, "receipt", day(0), method="hand"))
    refused(api._post(f"/api/v1/cases/{case_id}/reviews",
                      {"requested_on": day(31).isoformat(), "of": "detention"}, supervisor=False),
            409, "deadline_passed")
    review = ok(api._post(f"/api/v1/cases/{case_id}/reviews",
                          {"requested_on": day(30).isoformat(), "of": "detention"},
                          supervisor=False))
    ok(api.review_decision(case_id, review["id"], "upheld", day(40)))
    assert api.get(case_id)["status"] == "deemed_seized"


def test_a_court_judgment_is_final_only_after_its_receipt_and_the_further_appeal(api, clock):
    case_id = api.opened(D)["id"]
    seized_and_notified(api, clock, case_id)
    review_id = ok(api.review(case_id, day(5)))["id"]
    clock.today = day(10)
    ok(api.review_decision(case_id, review_id, "upheld", day(10), day(10)))
    clock.today = day(15)
    board_id = ok(api.appeal(case_id, "board", day(15)))["id"]
    clock.today = day(41)
    ok(api.appeal_decision(case_id, board_id, "upheld", day(40), day(41)))
    clock.today = day(50)
    court_id = ok(api.appeal(case_id, "court", day(50)))["id"]
    clock.today = day(100)
    refused(api.appeal_decision(case_id, court_id, "upheld", day(100), day(99)),
            422, "validation_failed")  # received before it was made
    case = ok(api.appeal_decision(case_id, court_id, "upheld", day(100)))["case"]
    assert case["seizure_final"] is False and case["notice_current"] is True
    assert "final_on" not in case["deadlines"]
    clock.today = day(300)  # receipt still unknown: never final, whatever the time
    refused(api.dispose(case_id, "destruction", day(300)), 409, "conflict")
    assert api.get(case_id)["notice_current"] is True

    clock.today = day(104)
    refused(api.notify(case_id, "court_decision", day(100), day(99)), 422, "validation_failed")
    case = ok(api.notify(case_id, "court_decision", day(100), day(103)))["case"]
    assert case["deadlines"]["further_appeal_due_on"] == day(133).isoformat()
    assert case["deadlines"]["final_on"] == day(134).isoformat()
    refused(api.notify(case_id, "court_decision", day(100), day(103)), 409, "conflict")
    clock.today = day(133)
    refused(api.dispose(case_id, "destruction", day(133)), 409, "conflict")
    assert api.get(case_id)["notice_current"] is True
    clock.today = day(134)
    assert api.get(case_id)["notice_current"] is False
    ok(api.dispose(case_id, "destruction", day(134)))


def test_a_closed_board_hearing_gives_the_customs_30_days_to_answer(api, clock):
    case_id = api.opened(D)["id"]
    seized_and_notified(api, clock, case_id)
    review_id = ok(api.review(case_id, day(5)))["id"]
    clock.today = day(10)
    ok(api.review_decision(case_id, review_id, "upheld", day(10), day(10)))
    clock.today = day(20)
    path = f"/api/v1/cases/{case_id}/appeals"
    refused(api._post(path, {"level": "board", "lodged_on": day(15).isoformat(),
                             "hearing": "closed", "notified_on": day(14).isoformat()}),
            422, "validation_failed")
    refused(api._post(path, {"level": "board", "lodged_on": day(15).isoformat(),
                             "hearing": "private"}), 422, "validation_failed")
    assert api.get(case_id)["appeals"] == []
    answer = ok(api._post(path, {"level": "board", "lodged_on": day(15).isoformat(),
                                 "hearing": "closed", "notified_on": day(18).isoformat()}))
    case = answer["case"]
    assert case["appeals"][0]["hearing"] == "closed"
    assert case["appeals"][0]["notified_on"] == day(18).isoformat()
    assert case["deadlines"]["board_response_due_on"] == day(48).isoformat()
    clock.today = day(40)
    decided = ok(api.appeal_decision(case_id, answer["id"], "upheld", day(40)))["case"]
    assert "board_response_due_on" not in decided["deadlines"]


def test_a_document_bears_the_day_it_was_issued_not_the_day_it_is_printed(api, clock):
    case_id = api.opened(D)["id"]
    seized_and_notified(api, clock, case_id)  # the Notice of Seizure handed over on day 3
    review_id = ok(api.review(case_id, day(5)))["id"]
    clock.today = day(10)
    ok(api.review_decision(case_id, review_id, "upheld", day(9), day(10)))
    clock.today = day(20)  # printed on 22 March 2026
    expected = {"seizure-notice": "5 March 2026", "review-decision": "11 March 2026",
                "seizure-record": "2 March 2026"}
    for name, issued in expected.items():
        text = " ".join(pdf_text(api.document(case_id, name).data).split())
        assert f"Date: {issued}" in text, (name, text[:300])
        assert "Date: 22 March 2026" not in text
        assert "Generated at 22 March 2026" in text


def test_the_supervisors_work_queue_lists_what_is_due_first_date_first(api, clock, client):
    quiet = api.opened(D)["id"]  # day 30 is 1 April: outside a 7-day window on day 5
    clock.today = day(20)
    urgent = api.opened(day(-8))["id"]  # detained 22 Feb: day 30 is 24 March
    seized = api.opened(day(10))["id"]
    ok(api.decide(seized, "seize", day(12)))  # Notice of Seizure not yet received
    headers = api.supervisor_headers

    answer = client.get("/api/v1/cases/due?within=7", headers=headers)
    assert answer.status_code == 200, answer.json
    cases = answer.json["cases"]
    assert [c["id"] for c in cases] == [seized, urgent]
    assert cases[0]["due"] == [{"what": "notice_not_received", "on": day(12).isoformat(),
                                "label": "Notice of Seizure not yet received"}]
    assert cases[1]["due"][0]["what"] == "extend_or_decide"
    assert cases[1]["due"][0]["on"] == day(22).isoformat()
    assert quiet not in [c["id"] for c in cases]
    assert quiet in [c["id"] for c in
                     client.get("/api/v1/cases/due?within=10", headers=headers).json["cases"]]
    sq = client.get("/api/v1/cases/due", headers={**headers, "Accept-Language": "sq"}).json
    assert sq["cases"][0]["due"][0]["label"] == "Njoftimi për sekuestrim ende nuk është pranuar"

    for within in ("0", "91", "seven"):
        refused(client.get(f"/api/v1/cases/due?within={within}", headers=headers),
                422, "validation_failed")
    assert client.get("/api/v1/cases/due", headers=api.officer_headers).status_code == 403


def test_an_appeal_about_the_detention_goes_to_the_board_and_its_annulment_returns_the_thing(
    api, clock
):
    case_id = api.opened(D)["id"]
    clock.today = day(2)
    ok(api.notify(case_id, "receipt", day(0), method="hand"))
    path = f"/api/v1/cases/{case_id}/reviews"
    review = ok(api._post(path, {"requested_on": day(2).isoformat(), "of": "detention"},
                          supervisor=False))
    appeals = f"/api/v1/cases/{case_id}/appeals"
    refused(api._post(appeals, {"level": "board", "lodged_on": day(2).isoformat(),
                                "of": "detention"}), 409, "conflict")  # no decision yet
    clock.today = day(6)
    ok(api.review_decision(case_id, review["id"], "upheld", day(6), day(6)))
    clock.today = day(40)
    refused(api._post(appeals, {"level": "board", "lodged_on": day(37).isoformat(),
                                "of": "detention"}), 409, "deadline_passed")
    appeal = ok(api._post(appeals, {"level": "board", "lodged_on": day(20).isoformat(),
                                    "of": "detention"}))
    assert appeal["case"]["appeals"][0]["of"] == "detention"
    assert appeal["case"]["status"] == "deemed_seized"  # the detention stood meanwhile
    case = ok(api.appeal_decision(case_id, appeal["id"], "annulled", day(40)))["case"]
    assert case["status"] == "returned"
