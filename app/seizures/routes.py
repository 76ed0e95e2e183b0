"""Cases API (Art. 251, 291): open, extend, decide, notify, review, appeal, dispose, photos, PDFs;
and the public board of current Notices of Seizure as JSON, an HTML page and an Atom feed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import flask
from flask import Response, current_app, g, request
from flask.views import MethodView

from app import db, kosovo_time
from app.accounts.auth import roles_required
from app.accounts.models import User
from app.api import Blueprint, Ready
from app.db import utcnow
from app.errors import Conflict, Invalid, NotFound
from app.i18n import LANGUAGES, current_language
from app.seizures import (
    answers,
    board,
    board_projection,
    cases,
    documents,
    photos,
    queries,
    rules,
    schemas,
)
from app.seizures.facts import facts_of
from app.seizures.models import Case, CasePhoto
from app.transactions import writes

blp = Blueprint(
    "seizures", __name__, url_prefix="/api/v1", description="Detention and seizure cases"
)
board_pages = flask.Blueprint("notices", __name__)
EXTRA_BLUEPRINTS = [board_pages]

STAFF = ("officer", "supervisor")


def _policy() -> rules.Policy:
    return rules.Policy.from_settings(current_app.config)


def _case_answer(case: Case) -> dict:
    return answers.case_dict(
        case, facts_of(case), kosovo_time.today(), current_language(), _policy()
    )


def _act_answer(act, case: Case) -> dict:
    return {"id": act.id, "case": _case_answer(case)}


def _locked_case(case_id: int) -> Case:
    return queries.get_case(db.session, case_id, for_update=True)


@blp.route("/cases")
class Cases(MethodView):
    @roles_required(*STAFF)
    @blp.arguments(schemas.CaseQuerySchema, location="query")
    @blp.response(200, schemas.CaseListSchema)
    def get(self, query):
        """Cases, newest first, filtered by status, number, premises or date of detention."""
        today, lang, policy = kosovo_time.today(), current_language(), _policy()
        page = queries.list_cases(db.session, today=today, **query)
        return {
            "cases": [
                answers.case_summary(case, facts, today, lang, policy) for case, facts in page
            ]
        }

    @writes
    @roles_required("officer")
    @blp.arguments(schemas.CaseRequestSchema)
    @blp.response(201, schemas.CaseSchema)
    def post(self, body):
        """Open a detention case (Art. 251(1)); `detained_on` is today or earlier."""
        case = cases.open_case(
            db.session, today=kosovo_time.today(), user_id=g.user.id, policy=_policy(), **body
        )
        return _case_answer(case)


@blp.route("/cases/due")
class DueCases(MethodView):
    @roles_required("supervisor")
    @blp.arguments(schemas.DueQuerySchema, location="query")
    @blp.response(200, schemas.DueListSchema)
    def get(self, query):
        """The supervisor's work queue: what is due in the next `within` days (1 to 90) on every
        case: extend or decide before day 30, a notice not yet received, a review to decide, a
        Board response, a disposal allowed; the case with the first date first."""
        today, lang, policy = kosovo_time.today(), current_language(), _policy()
        found = queries.due_cases(db.session, today=today, within=query["within"], policy=policy)
        return {"cases": [answers.due_case(case, items, today, lang, policy)
                          for case, items in found]}


@blp.route("/cases/<int:case_id>")
class CaseById(MethodView):
    @roles_required(*STAFF)
    @blp.response(200, schemas.CaseSchema)
    def get(self, case_id):
        """The case with its status, deadlines, allowed actions and history."""
        return _case_answer(queries.get_case(db.session, case_id))


@blp.route("/cases/<int:case_id>/extensions")
class Extensions(MethodView):
    @writes
    @roles_required("supervisor")
    @blp.arguments(schemas.ExtensionRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id):
        """Extend detention (Art. 251(2)) with reasons and the notice to the owner."""
        case = _locked_case(case_id)
        extension = cases.extend(
            db.session, case, today=kosovo_time.today(), user_id=g.user.id, policy=_policy(),
            **body,
        )
        return _act_answer(extension, case)


@blp.route("/cases/<int:case_id>/decisions")
class Decisions(MethodView):
    @writes
    @roles_required("supervisor")
    @blp.arguments(schemas.DecisionRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id):
        """Decide to return, return on conditions, or seize (Art. 251(1), (3)(b), (5)(a))."""
        case = _locked_case(case_id)
        decision = cases.decide(
            db.session, case, today=kosovo_time.today(), user_id=g.user.id, policy=_policy(),
            **body,
        )
        return _act_answer(decision, case)


@blp.route("/cases/<int:case_id>/notifications")
class Notifications(MethodView):
    @writes
    @roles_required(*STAFF)
    @blp.arguments(schemas.NotificationRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id):
        """Record a written notice to the owner (Art. 251(6)), sent and perhaps received."""
        case = _locked_case(case_id)
        notification = cases.record_notification(
            db.session, case, today=kosovo_time.today(), user_id=g.user.id, policy=_policy(),
            notification=body,
        )
        return _act_answer(notification, case)


@blp.route("/cases/<int:case_id>/notifications/<int:notification_id>/receipt")
class NotificationReceipt(MethodView):
    @writes
    @roles_required(*STAFF)
    @blp.arguments(schemas.ReceiptRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id, notification_id):
        """Record the day the owner received a notice sent earlier."""
        case = _locked_case(case_id)
        notification = cases.record_receipt(
            db.session, case, notification_id, today=kosovo_time.today(), user_id=g.user.id,
            policy=_policy(), **body,
        )
        return _act_answer(notification, case)


@blp.route("/cases/<int:case_id>/reviews")
class Reviews(MethodView):
    @writes
    @roles_required(*STAFF)
    @blp.arguments(schemas.ReviewRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id):
        """Record the owner's request for review (Art. 291(1), (2))."""
        case = _locked_case(case_id)
        review = cases.request_review(
            db.session, case, today=kosovo_time.today(), user_id=g.user.id, policy=_policy(),
            **body,
        )
        return _act_answer(review, case)


@blp.route("/cases/<int:case_id>/reviews/<int:review_id>/decision")
class ReviewDecision(MethodView):
    @writes
    @roles_required("supervisor")
    @blp.arguments(schemas.StageDecisionRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id, review_id):
        """Record the decision on the review (Art. 291(3), (4)) and perhaps its receipt."""
        case = _locked_case(case_id)
        review = cases.decide_review(
            db.session, case, review_id, today=kosovo_time.today(), user_id=g.user.id,
            policy=_policy(), **body,
        )
        return _act_answer(review, case)


@blp.route("/cases/<int:case_id>/appeals")
class Appeals(MethodView):
    @writes
    @roles_required("supervisor")
    @blp.arguments(schemas.AppealRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id):
        """Record an appeal to the Independent Review Board or the court (Art. 291(5)-(9))."""
        case = _locked_case(case_id)
        appeal = cases.lodge_appeal(
            db.session, case, today=kosovo_time.today(), user_id=g.user.id, policy=_policy(),
            **body,
        )
        return _act_answer(appeal, case)


@blp.route("/cases/<int:case_id>/appeals/<int:appeal_id>/decision")
class AppealDecision(MethodView):
    @writes
    @roles_required("supervisor")
    @blp.arguments(schemas.StageDecisionRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id, appeal_id):
        """Record the Board's or the court's decision and perhaps its receipt."""
        case = _locked_case(case_id)
        appeal = cases.decide_appeal(
            db.session, case, appeal_id, today=kosovo_time.today(), user_id=g.user.id,
            policy=_policy(), **body,
        )
        return _act_answer(appeal, case)


@blp.route("/cases/<int:case_id>/dispositions")
class Dispositions(MethodView):
    @writes
    @roles_required("supervisor")
    @blp.arguments(schemas.DispositionRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id):
        """Decide what becomes of the thing (Art. 251(3)(a), (9), (10))."""
        case = _locked_case(case_id)
        today = kosovo_time.today()
        disposition = cases.dispose(
            db.session,
            case,
            today=today,
            user_id=g.user.id,
            kind=body["kind"],
            decided_on=body.get("decided_on") or today,
            amount_eur=body.get("amount_eur"),
            policy=_policy(),
            item_ids=body.get("item_ids"),
        )
        return _act_answer(disposition, case)


@blp.route("/cases/<int:case_id>/refunds")
class Refunds(MethodView):
    @writes
    @roles_required("supervisor")
    @blp.arguments(schemas.RefundRequestSchema)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, body, case_id):
        """Record a refund paid to the owner after the seizure was annulled (Art. 292(b))."""
        case = _locked_case(case_id)
        refund = cases.record_refund(
            db.session, case, today=kosovo_time.today(), user_id=g.user.id, policy=_policy(),
            **body,
        )
        return _act_answer(refund, case)


@blp.route("/cases/<int:case_id>/documents/<string:name>.pdf")
class CaseDocuments(MethodView):
    @roles_required(*STAFF)
    @blp.arguments(schemas.DocumentQuerySchema, location="query")
    @blp.response(200, content_type="application/pdf")
    def get(self, query, case_id, name):
        """A case document as PDF: seizure-record, receipt, extension-notice, seizure-notice,
        review-decision."""
        if name not in documents.RENDERERS:
            raise NotFound("document")
        case = queries.get_case(db.session, case_id)
        facts, today = facts_of(case), kosovo_time.today()
        if name not in answers.available_documents(case, facts, today):
            raise Conflict("seizures.document_not_available", document=name)
        data = answers.document_data(
            case, facts, today, query["lang"], _officers(case), _office(), _policy(),
            board_address=current_app.config.get("REVIEW_BOARD_ADDRESS"),
        )
        # Dated the day it was issued; the footer says when this copy was generated (today).
        data = dataclasses.replace(
            data,
            issued_on=answers.issued_on(name, case, today),
            generated_at=dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC),
        )
        pdf = documents.render(name, data, query["lang"])
        return Response(
            pdf,
            mimetype="application/pdf",
            headers={
                "Content-Disposition": f'inline; filename="{case.number}-{name}.pdf"',
                "Cache-Control": "no-store",
            },
        )


def _officers(case: Case) -> list[documents.Officer]:
    user = db.session.get(User, case.opened_by)
    return [documents.Officer(user.full_name or user.email)]


def _office() -> documents.Office | None:
    office = current_app.config.get("CUSTOMS_OFFICE")
    return documents.Office(**office) if office else None


# --- the public board ---------------------------------------------------------------------------


def _notice_entries(lang: str) -> list[board.NoticeEntry]:
    """The notices current today, from the board's projection (kept by every act): one query."""
    rows = board_projection.board_notices(db.session, kosovo_time.today())
    return [answers.board_entry(row, lang) for row in rows]


@blp.route("/notices")
class Notices(MethodView):
    @blp.response(200, schemas.NoticesSchema)
    def get(self):
        """Current Notices of Seizure (Art. 251(7), (8)); never a natural person's name."""
        entries = _notice_entries(current_language())
        return Ready({"notices": [board.public_entry(entry) for entry in entries]})


def _board_language() -> str:
    lang = request.args.get("lang")
    return lang if lang in LANGUAGES else current_language()


@board_pages.get("/notices")
def notices_page():
    """The board as an HTML page, for the public and the display at Headquarters."""
    lang = _board_language()
    page = board.render_html(_notice_entries(lang), lang, utcnow())
    return Response(page, mimetype="text/html", headers={"Cache-Control": "max-age=60"})


@board_pages.get("/notices.atom")
def notices_feed():
    """The board as an Atom feed."""
    lang = _board_language()
    feed = board.render_atom(_notice_entries(lang), utcnow(), request.host_url, lang)
    return Response(
        feed, mimetype="application/atom+xml", headers={"Cache-Control": "max-age=60"}
    )


@blp.route("/cases/<int:case_id>/photos")
class Photos(MethodView):
    @writes
    @roles_required(*STAFF)
    @blp.response(201, schemas.ActAnswerSchema)
    def post(self, case_id):
        """Add an evidence photo (multipart field `photo`), kept with its SHA-256."""
        case = _locked_case(case_id)
        upload = request.files.get("photo")
        if upload is None:
            raise Invalid("seizures.photo_required", errors={"photo": ["required"]})
        photo = photos.add_photo(
            db.session,
            case,
            upload.read(),
            user_id=g.user.id,
            evidence_dir=current_app.config["EVIDENCE_DIR"],
            max_bytes=current_app.config["IMAGE_MAX_BYTES"],
            max_pixels=current_app.config["IMAGE_MAX_PIXELS"],
            policy=_policy(),
        )
        return _act_answer(photo, case)


def _photo(case_id: int, photo_id: int) -> CasePhoto:
    photo = db.session.get(CasePhoto, photo_id)
    if photo is None or photo.case_id != case_id:
        raise NotFound("photo")
    return photo


@blp.route("/cases/<int:case_id>/photos/<int:photo_id>")
class PhotoById(MethodView):
    @roles_required(*STAFF)
    @blp.response(200, content_type="image/jpeg")
    def get(self, case_id, photo_id):
        """The photo's shareable copy: re-encoded, without EXIF (location, device)."""
        return _photo_file(case_id, photo_id, "public")


@blp.route("/cases/<int:case_id>/photos/<int:photo_id>/thumbnail")
class PhotoThumbnail(MethodView):
    @roles_required(*STAFF)
    @blp.response(200, content_type="image/jpeg")
    def get(self, case_id, photo_id):
        """A small JPEG of the photo, without EXIF."""
        return _photo_file(case_id, photo_id, "thumbnail")


def _photo_file(case_id: int, photo_id: int, variant: str) -> Response:
    photo = _photo(case_id, photo_id)
    image = photos.photo_file(current_app.config["EVIDENCE_DIR"], photo, variant)
    # Never kept by the browser: officers share phones, and a photo of a case must not stay
    # in the cache after sign-out (as every other API answer).
    return Response(image.data, mimetype=image.content_type, headers={"Cache-Control": "no-store"})
