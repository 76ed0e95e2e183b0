"""POST /api/v1/decode: a phone photo in, the stamp codes found in it out."""

from flask import current_app
from flask.views import MethodView

from app.api import Blueprint
from app.extensions import public_limit, rate_limit
from app.imaging import schemas
from app.imaging.decode import decode_upload

blp = Blueprint("imaging", __name__, url_prefix="/api/v1", description="Reading codes from photos")


@blp.route("/decode")
class Decode(MethodView):
    decorators = (rate_limit(public_limit, methods=["POST"]),)

    @blp.arguments(schemas.DecodeRequestSchema, location="files")
    @blp.response(200, schemas.DecodeSchema)
    def post(self, files):
        """Find QR and DataMatrix codes in an uploaded photo (JPEG, PNG, WebP, HEIC)."""
        data = files["image"].read()
        codes = decode_upload(
            data,
            max_bytes=current_app.config["IMAGE_MAX_BYTES"],
            max_pixels=current_app.config["IMAGE_PUBLIC_MAX_PIXELS"],
        )
        return {"codes": codes}
