"""Request and response shapes of the stamps API (API.md: Public; Stamps and custody)."""

from marshmallow import Schema, fields, validate

from app.api import Integer, ReadySchema
from app.db import MAX_ID
from app.registry.models import CATEGORIES
from app.stamps.models import REVOCATION_REASONS

# How many scans an officer's view of a stamp carries, and the most one page may ask for.
SCAN_PAGE = 50
SCAN_PAGE_MAX = 200


class KeySchema(Schema):
    kid = fields.String(required=True)
    alg = fields.String(required=True)
    public_key = fields.String(required=True)
    status = fields.String(required=True)


class KeysSchema(Schema):
    keys = fields.List(fields.Nested(KeySchema), required=True)


class VerificationRequestSchema(Schema):
    code = fields.String(required=True, validate=validate.Length(min=1, max=512))
    lat = fields.Float(validate=validate.Range(-90, 90), allow_none=True)
    lon = fields.Float(validate=validate.Range(-180, 180), allow_none=True)
    accuracy_m = fields.Float(validate=validate.Range(0, 1_000_000), allow_none=True)


class ReasonSchema(Schema):
    code = fields.String(required=True)
    message = fields.String(required=True)
    # Only when true: advice from anonymous evidence; the verdict is the registry's (API.md).
    advisory = fields.Boolean()


class StampProductSchema(Schema):
    id = Integer()
    gtin = fields.String()
    brand = fields.String()
    name = fields.String()
    category = fields.String()
    volume_ml = Integer(allow_none=True)
    stick_count = Integer(allow_none=True)
    abv = fields.Decimal(as_string=True, allow_none=True)


class OperatorRefSchema(Schema):
    id = Integer()
    name = fields.String()


class FirstScanSchema(Schema):
    at = fields.DateTime()
    municipality = fields.String(allow_none=True)


class ScanPlaceSchema(Schema):
    """Where (municipality) and how often a stamp was scanned before."""

    municipality = fields.String(required=True)
    scans = Integer(required=True)


class StampSummarySchema(Schema):
    """What a consumer needs to compare the pack in hand with what the stamp was issued for."""

    serial = fields.String()
    category = fields.String()
    product = fields.Nested(StampProductSchema, allow_none=True)
    operator = fields.Nested(OperatorRefSchema, allow_none=True)
    issued_on = fields.Date()
    activated_on = fields.Date(allow_none=True)
    sale_not_before = fields.Date(allow_none=True)
    sale_not_after = fields.Date(allow_none=True)
    first_scan = fields.Nested(FirstScanSchema, allow_none=True)
    previous_scans = Integer()
    scan_places = fields.List(fields.Nested(ScanPlaceSchema))


class VerificationSchema(ReadySchema):
    """The answer of a verification; `answers.verification_answer` builds it `Ready`."""

    verdict = fields.String(
        required=True, validate=validate.OneOf(["genuine", "suspicious", "invalid"])
    )
    reasons = fields.List(fields.Nested(ReasonSchema), required=True)
    stamp = fields.Nested(StampSummarySchema, allow_none=True)
    scan_id = Integer(required=True)
    authenticity_checked = fields.Boolean()


class FiscalSchema(Schema):
    """Fiscal-mark data, Art. 235(i)."""

    excise_paid_eur = fields.Decimal(as_string=True, allow_none=True, validate=validate.Range(0))
    excise_rate = fields.String(allow_none=True, validate=validate.Length(max=60))
    paid_on = fields.Date(allow_none=True)
    sale_not_before = fields.Date(allow_none=True)
    sale_not_after = fields.Date(allow_none=True)


class BatchRequestSchema(Schema):
    operator_id = Integer(required=True)
    category = fields.String(required=True, validate=validate.OneOf(CATEGORIES))
    quantity = Integer(required=True, validate=validate.Range(1))
    fiscal = fields.Nested(FiscalSchema, load_default=dict)


class BatchSchema(Schema):
    id = Integer()
    operator_id = Integer()
    category = fields.String()
    series = fields.String()
    first = Integer()
    last = Integer()
    quantity = Integer()
    first_serial = fields.String()
    last_serial = fields.String()
    excise_paid_eur = fields.Decimal(as_string=True, allow_none=True)
    excise_rate = fields.String(allow_none=True)
    paid_on = fields.Date(allow_none=True)
    sale_not_before = fields.Date(allow_none=True)
    sale_not_after = fields.Date(allow_none=True)
    issued_at = fields.DateTime()
    missing_reported_at = fields.DateTime(allow_none=True)
    missing_reason = fields.String(allow_none=True)


class BatchQuerySchema(Schema):
    operator_id = Integer()
    limit = Integer(load_default=100, validate=validate.Range(1, 1000))
    offset = Integer(load_default=0, validate=validate.Range(0))


class CodesQuerySchema(Schema):
    format = fields.String(load_default="csv", validate=validate.OneOf(["csv", "pdf"]))


class RangeSchema(Schema):
    series = fields.String(required=True, validate=validate.Length(equal=4))
    first = Integer(required=True, validate=validate.Range(1))
    last = Integer(required=True, validate=validate.Range(1))


class ActivationRequestSchema(RangeSchema):
    product_id = Integer()
    gtin = fields.String(validate=validate.Length(min=8, max=14))
    premises_id = Integer()
    activated_at = fields.AwareDateTime(default_timezone=None)


class ActivationSchema(Schema):
    id = Integer()
    batch_id = Integer()
    series = fields.String()
    first = Integer()
    last = Integer()
    product_id = Integer()
    premises_id = Integer(allow_none=True)
    activated_at = fields.DateTime()
    recorded_at = fields.DateTime()


class RevocationRequestSchema(RangeSchema):
    reason = fields.String(required=True, validate=validate.OneOf(REVOCATION_REASONS))
    note = fields.String(validate=validate.Length(max=2000))


class RevocationSchema(Schema):
    id = Integer()
    series = fields.String()
    first = Integer()
    last = Integer()
    reason = fields.String()
    note = fields.String(allow_none=True)
    revoked_at = fields.DateTime()


class MissingRequestSchema(Schema):
    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))


class ScanSchema(Schema):
    id = Integer()
    scanned_at = fields.DateTime()
    verdict = fields.String()
    reasons = fields.List(fields.String())
    municipality = fields.String(allow_none=True)
    lat = fields.Float(allow_none=True)
    lon = fields.Float(allow_none=True)
    by_officer = fields.Boolean()
    premises_id = Integer(allow_none=True)
    inspection_id = Integer(allow_none=True)


class StampDetailSchema(ReadySchema):
    """An officer's view of one stamp: the batch, the product, custody and scan history.
    answers.stamp_detail builds it `Ready`, as this schema would dump it (tests/stamps/
    test_answers.py compares the two)."""

    serial = fields.String()
    category = fields.String()
    batch = fields.Nested(BatchSchema)
    operator = fields.Nested(OperatorRefSchema)
    activation = fields.Nested(ActivationSchema, allow_none=True)
    product = fields.Nested(StampProductSchema, allow_none=True)
    revocation = fields.Nested(RevocationSchema, allow_none=True)
    custody = fields.List(fields.Dict())
    custodian = fields.Dict(allow_none=True)
    # The latest scans (SCAN_PAGE); older ones: GET /stamps/{serial}/scans?before=<id of the
    # oldest shown>.
    scans = fields.List(fields.Nested(ScanSchema))
    scans_total = Integer(metadata={"description": "how many scans the stamp has in all"})
    client_networks = Integer(
        metadata={"description": "distinct anonymous client networks that scanned it"})
    findings = fields.List(fields.String(), metadata={
        "description": "signals for officers, e.g. scanned_by_many (docs/stamps.md)"})


class ScanPageQuerySchema(Schema):
    before = Integer(
        required=True, validate=validate.Range(1, MAX_ID),
        metadata={"description": "id of a scan of this stamp: the page holds older ones"},
    )
    limit = Integer(
        load_default=SCAN_PAGE, validate=validate.Range(1, SCAN_PAGE_MAX)
    )


class ScanPageSchema(ReadySchema):
    """Older scans of a stamp, newest first, and whether there are older ones still;
    answers.scans_before builds it `Ready` (tests/stamps/test_answers.py compares the two)."""

    scans = fields.List(fields.Nested(ScanSchema))
    more = fields.Boolean()
