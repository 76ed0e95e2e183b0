"""Stamps API: keys, verifications, batches and their codes, activations, revocations, stamps."""

from __future__ import annotations

from pathlib import Path

from flask import Response, current_app, g, stream_with_context
from flask.views import MethodView
from sqlalchemy import select

from app import db
from app.accounts.auth import company_action, current_user, roles_required
from app.api import Blueprint
from app.errors import LimitExceeded, NotFound
from app.extensions import public_limit, rate_limit
from app.i18n import current_language
from app.operations import metrics
from app.stamps import answers, queries, schemas, service, sheets
from app.stamps.models import Batch, SigningKey
from app.stamps.verification import verify
from app.transactions import client_hash, client_network, writes

blp = Blueprint("stamps", __name__, url_prefix="/api/v1", description="Stamps and verification")


def operator_scope() -> int | None:
    """Operators act on their own company's stamps only; admins (None) on all."""
    user = current_user()
    return None if user.has_role("admin") else user.operator_id


@blp.route("/keys")
class Keys(MethodView):
    @blp.response(200, schemas.KeysSchema)
    def get(self):
        """The public keys that verify printed codes (offline verification)."""
        keys = db.session.scalars(select(SigningKey).order_by(SigningKey.id)).all()
        return {
            "keys": [
                {"kid": k.kid, "alg": "Ed25519", "public_key": k.public_key, "status": k.status}
                for k in keys
            ]
        }


@blp.route("/verifications")
class Verifications(MethodView):
    decorators = (rate_limit(public_limit, methods=["POST"]),)

    @writes(audit=False, one_row=True)
    @blp.arguments(schemas.VerificationRequestSchema)
    @blp.response(201, schemas.VerificationSchema)
    def post(self, body):
        """Verify a scanned code (the QR text or a serial typed by hand) and record the scan."""
        user = current_user()
        officer = bool(user and user.has_role("officer", "supervisor"))
        result = verify(
            db.session,
            text=body["code"],
            lat=body.get("lat"),
            lon=body.get("lon"),
            accuracy_m=body.get("accuracy_m"),
            client_hash=None if user else client_hash(),
            client_network=None if user else client_network(),
            user_id=user.id if user else None,
            officer=officer,
            max_length=current_app.config["CODE_MAX_LENGTH"],
            durable=False,
            settings=current_app.config,
        )
        metrics.count_verification(result.verdict, result.reasons, officer=officer)
        return answers.verification_answer(result, current_language())


@blp.route("/batches")
class Batches(MethodView):
    @roles_required("admin", "operator")
    @company_action("read")
    @blp.arguments(schemas.BatchQuerySchema, location="query")
    @blp.response(200, schemas.BatchSchema(many=True))
    def get(self, query):
        """Batches: all for admins, their own for operators."""
        scope = operator_scope()
        batches = queries.batches(
            db.session,
            operator_id=query.get("operator_id") if scope is None else scope,
            limit=query["limit"],
            offset=query["offset"],
        )
        return [answers.batch_dict(batch) for batch in batches]

    @writes
    @roles_required("admin")
    @blp.arguments(schemas.BatchRequestSchema)
    @blp.response(201, schemas.BatchSchema)
    def post(self, body):
        """Issue a batch of stamps to a licensed operator."""
        batch = service.issue_batch(
            db.session,
            operator_id=body["operator_id"],
            category=body["category"],
            quantity=body["quantity"],
            fiscal=body["fiscal"],
            issued_by=g.user.id,
        )
        return answers.batch_dict(batch)


def _own_batch(batch_id: int) -> Batch:
    batch = db.session.get(Batch, batch_id)
    scope = operator_scope()
    if batch is None or (scope is not None and batch.operator_id != scope):
        raise NotFound("batch")
    return batch


@blp.route("/batches/<int:batch_id>")
class BatchById(MethodView):
    @roles_required("admin", "operator")
    @company_action("read")
    @blp.response(200, schemas.BatchSchema)
    def get(self, batch_id):
        """One batch."""
        return answers.batch_dict(_own_batch(batch_id))


@blp.route("/batches/<int:batch_id>/codes")
class BatchCodes(MethodView):
    @roles_required("admin", "operator")
    @company_action("codes")
    @blp.arguments(schemas.CodesQuerySchema, location="query")
    @blp.response(200, content_type="text/csv")
    @blp.alt_response(200, content_type="application/pdf", description="printable sheet")
    def get(self, query, batch_id):
        """The batch's QR texts as CSV, or `?format=pdf` for a printable sheet."""
        batch = _own_batch(batch_id)
        if query["format"] == "pdf" and batch.quantity > service.MAX_PDF_CODES:
            raise LimitExceeded("stamps.too_many_codes_for_pdf", maximum=service.MAX_PDF_CODES)
        rows = service.batch_codes(
            db.session,
            Path(current_app.config["KEYS_DIR"]),
            current_app.config["CODE_BASE_URL"],
            batch,
        )
        name = f"batch-{batch.id}-{batch.series}"
        if query["format"] == "pdf":
            return Response(
                sheets.pdf_sheet(f"{batch.series} {batch.first}-{batch.last}", rows),
                mimetype="application/pdf",
                headers={"Content-Disposition": f'inline; filename="{name}.pdf"'},
            )
        return Response(
            stream_with_context(sheets.csv_lines(rows)),
            mimetype="text/csv",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )


@blp.route("/batches/<int:batch_id>/missing")
class BatchMissing(MethodView):
    @writes
    @roles_required("admin", "operator")
    @company_action("logistics")
    @blp.arguments(schemas.MissingRequestSchema)
    @blp.response(201, schemas.BatchSchema)
    def post(self, body, batch_id):
        """Report a whole batch lost or stolen."""
        batch = service.report_missing(
            db.session, batch_id=batch_id, reason=body["reason"], operator_id=operator_scope()
        )
        return answers.batch_dict(batch)


@blp.route("/activations")
class Activations(MethodView):
    @writes
    @roles_required("operator", "admin")
    @company_action("logistics")
    @blp.arguments(schemas.ActivationRequestSchema)
    @blp.response(201, schemas.ActivationSchema)
    def post(self, body):
        """Activate a range of stamps on a product (affixed)."""
        return service.activate(
            db.session,
            series=body["series"],
            first=body["first"],
            last=body["last"],
            product_id=body.get("product_id"),
            gtin=body.get("gtin"),
            premises_id=body.get("premises_id"),
            operator_id=operator_scope(),
            activated_at=body.get("activated_at"),
            recorded_by=g.user.id,
        )


@blp.route("/revocations")
class Revocations(MethodView):
    @writes
    @roles_required("operator", "admin")
    @company_action("logistics")
    @blp.arguments(schemas.RevocationRequestSchema)
    @blp.response(201, schemas.RevocationSchema)
    def post(self, body):
        """Revoke a serial or a range (lost, stolen, damaged, destroyed, cancelled)."""
        return service.revoke(
            db.session,
            series=body["series"],
            first=body["first"],
            last=body["last"],
            reason=body["reason"],
            note=body.get("note"),
            operator_id=operator_scope(),
            revoked_by=g.user.id,
        )


@blp.route("/stamps/<string:serial>")
class StampBySerial(MethodView):
    @roles_required("officer", "supervisor", "admin")
    @blp.response(200, schemas.StampDetailSchema)
    def get(self, serial):
        """A stamp with its batch, product, custody chain and scan history."""
        parsed = service.parse_serial(serial)
        detail = answers.stamp_detail(db.session, parsed, current_language(),
                                      current_app.config["SCANNED_BY_MANY_CLIENTS"])
        if detail is None:
            raise NotFound(message_key="verdict.not_issued")
        return detail



@blp.route("/stamps/<string:serial>/scans")
class StampScans(MethodView):
    @roles_required("officer", "supervisor", "admin")
    @blp.arguments(schemas.ScanPageQuerySchema, location="query")
    @blp.response(200, schemas.ScanPageSchema)
    def get(self, query, serial):
        """Older scans of a stamp, a page at a time, newest first: `before` is the id of the
        oldest scan the client holds (from GET /stamps/{serial} or the previous page)."""
        page = answers.scans_before(
            db.session, service.parse_serial(serial), query["before"], query["limit"],
            current_language(),
        )
        if page is None:
            raise NotFound("scan")
        return page
