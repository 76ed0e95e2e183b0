"""POST /api/v1/decode: a phone photo in, the stamp codes found in it out (and, for a camera
frame on a first visit, the first code's verification in the same round trip)."""

from flask import current_app
from flask.views import MethodView

from app import db
from app.accounts.auth import current_user
from app.api import Blueprint
from app.extensions import public_limit, rate_limit
from app.i18n import current_language
from app.imaging import schemas
from app.imaging.decode import decode_upload
from app.operations import metrics
from app.stamps.answers import verification_answer
from app.stamps.verification import verify
from app.transactions import client_hash, client_network, writes

blp = Blueprint("imaging", __name__, url_prefix="/api/v1", description="Reading codes from photos")


@blp.route("/decode")
class Decode(MethodView):
    decorators = (rate_limit(public_limit, methods=["POST"]),)

    # A decode alone writes nothing; with `verify` it records the scan as POST /verifications
    # does, and a retried frame (same Idempotency-Key) records it once.
    @writes(audit=False)
    @blp.arguments(schemas.DecodeRequestSchema, location="multipart")
    @blp.response(200, schemas.DecodeSchema)
    def post(self, options):
        """Find QR and DataMatrix codes in an uploaded photo (JPEG, PNG, WebP, HEIC)."""
        data = options["image"].read()
        codes = decode_upload(
            data,
            max_bytes=current_app.config["IMAGE_MAX_BYTES"],
            max_pixels=current_app.config["IMAGE_PUBLIC_MAX_PIXELS"],
        )
        answer = {"codes": codes}
        if options["verify"] and codes:
            user = current_user()
            officer = bool(user and user.has_role("officer", "supervisor"))
            result = verify(
                db.session,
                text=codes[0]["text"],
                lat=options.get("lat"),
                lon=options.get("lon"),
                accuracy_m=options.get("accuracy_m"),
                client_hash=None if user else client_hash(),
                client_network=None if user else client_network(),
                user_id=user.id if user else None,
                officer=officer,
                max_length=current_app.config["CODE_MAX_LENGTH"],
                durable=False,
                settings=current_app.config,
            )
            metrics.count_verification(result.verdict, result.reasons, officer=officer)
            answer["verification"] = verification_answer(result, current_language())
        return answer
