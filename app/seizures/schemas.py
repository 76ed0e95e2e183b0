"""Request and response shapes of cases and the public board (API.md: Inspections and cases)."""

from marshmallow import Schema, fields, pre_load, validate

from app.api import Integer, ReadySchema
from app.registry.models import CATEGORIES
from app.seizures import rules

ITEM_KINDS = ("goods", "vehicle", "container", "packing")
OWNER_KINDS = ("natural", "legal")
NOTIFICATION_DOCUMENTS = (
    "extension", "seizure", "decision", "review_decision", "board_decision", "receipt",
    "court_decision",
)


def _one_of(enum) -> validate.OneOf:
    return validate.OneOf([member.value for member in enum])


Text = fields.String(validate=validate.Length(min=1, max=4000))


class PlaceSchema(Schema):
    description = fields.String(required=True, validate=validate.Length(min=1, max=300))
    municipality = fields.String(validate=validate.Length(max=60), allow_none=True)
    lat = fields.Float(validate=validate.Range(-90, 90), allow_none=True)
    lon = fields.Float(validate=validate.Range(-180, 180), allow_none=True)


class OwnerSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(OWNER_KINDS))
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    address = fields.String(validate=validate.Length(max=300), allow_none=True)
    email = fields.Email(validate=validate.Length(max=254), allow_none=True)
    agent = fields.String(validate=validate.Length(max=300), allow_none=True)


class ItemSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(ITEM_KINDS))
    description = fields.String(required=True, validate=validate.Length(min=1, max=500))
    quantity = fields.Decimal(
        required=True, places=3, validate=validate.Range(0, 1e9, min_inclusive=False)
    )
    unit = fields.String(required=True, validate=validate.Length(min=1, max=20))
    value_eur = fields.Decimal(required=True, places=2, validate=validate.Range(0, 1e11))
    # Art. 251(9)(a): duty or tax chargeable on the thing and not paid.
    duty_unpaid_eur = fields.Decimal(places=2, validate=validate.Range(0, 1e11), allow_none=True)
    category = fields.String(validate=validate.OneOf(CATEGORIES), allow_none=True)
    serials = fields.List(fields.String(validate=validate.Length(max=512)),
                          validate=validate.Length(max=10_000))
    unmarked = fields.Boolean()
    perishable = fields.Boolean()


class HolderSchema(Schema):
    """Art. 284(4), 271(1): the person from whom the goods were taken, when not the owner."""

    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    role = fields.String(validate=validate.Length(max=100), allow_none=True)
    address = fields.String(validate=validate.Length(max=300), allow_none=True)


ItemIds = fields.List(
    Integer(strict=True), validate=validate.Length(max=500), allow_none=True
)


class CaseRequestSchema(Schema):
    detained_on = fields.Date(required=True)
    premises_id = Integer(allow_none=True)
    inspection_id = Integer(allow_none=True)
    place = fields.Nested(PlaceSchema, required=True)
    owner = fields.Nested(OwnerSchema, required=True)
    holder = fields.Nested(HolderSchema, allow_none=True)
    items = fields.List(
        fields.Nested(ItemSchema), required=True, validate=validate.Length(min=1, max=500)
    )
    legal_basis = fields.List(
        fields.String(validate=validate.Length(min=1, max=60)),
        required=True,
        validate=validate.Length(min=1, max=20),
    )


class CaseQuerySchema(Schema):
    status = fields.String(validate=_one_of(rules.Status))
    number = fields.String(validate=validate.Length(max=20))
    premises_id = Integer()
    detained_from = fields.Date()
    detained_to = fields.Date()
    limit = Integer(load_default=100, validate=validate.Range(1, 500))
    offset = Integer(load_default=0, validate=validate.Range(0))


class DueQuerySchema(Schema):
    within = Integer(load_default=7, validate=validate.Range(1, 90))


class DueItemSchema(Schema):
    what = fields.String(required=True)
    on = fields.Date(required=True)
    label = fields.String()


class DueCaseSchema(Schema):
    id = Integer(required=True)
    number = fields.String(required=True)
    status = fields.String()
    status_label = fields.String()
    due = fields.List(fields.Nested(DueItemSchema), required=True)


class DueListSchema(Schema):
    cases = fields.List(fields.Nested(DueCaseSchema))


class NotificationSchema(Schema):
    method = fields.String(required=True, validate=_one_of(rules.Method))
    sent_on = fields.Date(required=True)
    received_on = fields.Date(allow_none=True)
    recipient = fields.String(required=True, validate=validate.Length(min=1, max=200))
    address = fields.String(validate=validate.Length(max=300), allow_none=True)


class NotificationRequestSchema(NotificationSchema):
    document = fields.String(required=True, validate=validate.OneOf(NOTIFICATION_DOCUMENTS))
    # Art. 291(5)-(6): for `review_decision`, the review notified (default: the seizure's)
    review_id = Integer(allow_none=True)
    # Art. 291(5)-(9): for `board_decision` and `court_decision`, the appeal notified (default:
    # the seizure's appeal at that level)
    appeal_id = Integer(allow_none=True)

    @pre_load
    def _document_as_printed(self, data, **_):
        """API.md names the documents as their PDFs are named (`review-decision`); the record
        keeps `review_decision`, as it always has: both are the same document."""
        if isinstance(data, dict) and isinstance(data.get("document"), str):
            data = {**data, "document": data["document"].replace("-", "_")}
        return data


class ReceiptRequestSchema(Schema):
    received_on = fields.Date(required=True)


class ExtensionRequestSchema(Schema):
    days = Integer(required=True, strict=True)
    reason = fields.String(required=True, validate=validate.Length(max=4000))
    decided_on = fields.Date()
    notification = fields.Nested(NotificationSchema, required=True)


class DecisionRequestSchema(Schema):
    outcome = fields.String(required=True, validate=_one_of(rules.Outcome))
    reasons = fields.String(validate=validate.Length(max=4000), allow_none=True)
    conditions = fields.String(validate=validate.Length(max=4000), allow_none=True)
    decided_on = fields.Date()
    item_ids = ItemIds


class ReviewRequestSchema(Schema):
    requested_on = fields.Date(required=True)
    of = fields.String(load_default="seizure", validate=_one_of(rules.ReviewOf))


class StageDecisionRequestSchema(Schema):
    outcome = fields.String(required=True, validate=_one_of(rules.ReviewOutcome))
    decided_on = fields.Date(required=True)
    received_on = fields.Date(allow_none=True)
    reasons = fields.String(validate=validate.Length(max=4000), allow_none=True)


class AppealRequestSchema(Schema):
    level = fields.String(required=True, validate=_one_of(rules.Level))
    lodged_on = fields.Date(required=True)
    hearing = fields.String(validate=_one_of(rules.Hearing), allow_none=True)
    notified_on = fields.Date(allow_none=True)
    of = fields.String(load_default="seizure", validate=_one_of(rules.ReviewOf))


class DispositionRequestSchema(Schema):
    kind = fields.String(required=True, validate=_one_of(rules.DispositionKind))
    decided_on = fields.Date()
    amount_eur = fields.Decimal(places=2, validate=validate.Range(0, 1e11), allow_none=True)
    item_ids = ItemIds


class RefundRequestSchema(Schema):
    amount_eur = fields.Decimal(required=True, places=2, validate=validate.Range(0, 1e11))
    paid_on = fields.Date(required=True)


class DocumentQuerySchema(Schema):
    lang = fields.String(load_default="en", validate=validate.OneOf(["sq", "sr", "en"]))


# --- answers ------------------------------------------------------------------------------------


class ErrorDetailSchema(Schema):
    error = fields.String()
    message = fields.String()


class WindowSchema(Schema):
    earliest = fields.Date()
    latest = fields.Date()


class CasePlaceSchema(PlaceSchema):
    municipality_name = fields.String(allow_none=True)


class CaseOwnerSchema(OwnerSchema):
    email = fields.String(allow_none=True)


class CaseItemSchema(ItemSchema):
    id = Integer()
    quantity = fields.Float()
    value_eur = fields.Float()
    duty_unpaid_eur = fields.Float()
    status = fields.String(validate=_one_of(rules.ItemStatus))
    status_label = fields.String()


class CaseSummarySchema(Schema):
    id = Integer(required=True)
    number = fields.String(required=True)
    status = fields.String(required=True)
    status_label = fields.String()
    detained_on = fields.Date()
    place = fields.Nested(CasePlaceSchema)
    premises_id = Integer(allow_none=True)
    owner = fields.Nested(CaseOwnerSchema)
    deadlines = fields.Dict(keys=fields.String(), values=fields.Date(), metadata={
        "description": (
            "The case's dates by name, those that apply: detention_ends_on, "
            "latest_extension_to, extension_due_on, deemed_seized_on, seized_on, "
            "notice_received_on, review_request_due_on, review_decision_due_on, "
            "board_appeal_due_on, board_response_due_on, court_appeal_due_on, final_on, "
            "further_appeal_due_on; for reviews of the detention and of an extension the same "
            "review and appeal dates prefixed detention_ or extension_ "
            "(e.g. extension_board_appeal_due_on, detention_board_response_due_on). "
            "Art. 251, 291.")})
    notice_current = fields.Boolean()


class CaseListSchema(Schema):
    cases = fields.List(fields.Nested(CaseSummarySchema))


class NotificationAnswerSchema(NotificationRequestSchema):
    id = Integer()
    method = fields.String(allow_none=True)
    sent_on = fields.Date(allow_none=True)
    status = fields.String()
    entered_at = fields.DateTime()


class StageSchema(Schema):
    id = Integer()
    requested_on = fields.Date()
    of = fields.String()
    level = fields.String()
    lodged_on = fields.Date()
    hearing = fields.String(allow_none=True)
    notified_on = fields.Date(allow_none=True)
    decided_on = fields.Date(allow_none=True)
    outcome = fields.String(allow_none=True)
    received_on = fields.Date(allow_none=True)
    reasons = fields.String(allow_none=True)
    entered_at = fields.DateTime()


class ExtensionSchema(Schema):
    id = Integer()
    days = Integer()
    reason = fields.String()
    decided_on = fields.Date()
    decided_by = Integer()
    entered_at = fields.DateTime()


class DecisionSchema(Schema):
    id = Integer()
    outcome = fields.String()
    reasons = fields.String(allow_none=True)
    conditions = fields.String(allow_none=True)
    decided_on = fields.Date()
    decided_by = Integer()
    entered_at = fields.DateTime()
    item_ids = fields.List(Integer())


class DispositionSchema(Schema):
    id = Integer()
    kind = fields.String()
    decided_on = fields.Date()
    amount_eur = fields.Float(allow_none=True)
    entered_at = fields.DateTime()
    item_ids = fields.List(Integer())


class RefundSchema(Schema):
    id = Integer()
    amount_eur = fields.Float()
    paid_on = fields.Date()
    entered_at = fields.DateTime()


class RefundBasisSchema(Schema):
    basis = fields.String(validate=_one_of(rules.RefundBasis))
    amount_eur = fields.Float()


class PhotoSchema(Schema):
    id = Integer()
    sha256 = fields.String()
    content_type = fields.String()
    size_bytes = Integer()
    width_px = Integer()
    height_px = Integer()
    captured_at = fields.DateTime(allow_none=True)
    uploaded_at = fields.DateTime()


class EventSchema(Schema):
    id = Integer()
    action = fields.String()
    legal_date = fields.Date(allow_none=True)
    entered_at = fields.DateTime()
    user_id = Integer(allow_none=True)
    data = fields.Dict()


class CaseSchema(CaseSummarySchema):
    items = fields.List(fields.Nested(CaseItemSchema))
    value_eur = fields.Float()
    legal_basis = fields.List(fields.String())
    inspection_id = Integer(allow_none=True)
    opened_by = Integer()
    created_at = fields.DateTime()
    seizure_final = fields.Boolean()
    allowed_actions = fields.List(fields.String(), metadata={
        "description": (
            "What may be done to the case today: extend, decide_*, record_notification, "
            "request_review, decide_review, record_receipt, appeal, decide_appeal, dispose_*, "
            "and for reviews of the detention and of an extension request_detention_review, "
            "request_extension_review, decide_detention_review, decide_extension_review, "
            "appeal_detention_review, appeal_extension_review.")})
    action_windows = fields.Dict(keys=fields.String(), values=fields.Nested(WindowSchema))
    refused_actions = fields.Dict(keys=fields.String(), values=fields.Nested(ErrorDetailSchema))
    extensions = fields.List(fields.Nested(ExtensionSchema))
    decisions = fields.List(fields.Nested(DecisionSchema))
    notifications = fields.List(fields.Nested(NotificationAnswerSchema))
    review = fields.Nested(StageSchema, allow_none=True)
    reviews = fields.List(fields.Nested(StageSchema))
    appeals = fields.List(fields.Nested(StageSchema))
    disposition = fields.Nested(DispositionSchema, allow_none=True)
    dispositions = fields.List(fields.Nested(DispositionSchema))
    holder = fields.Nested(HolderSchema, allow_none=True)
    refund_due_eur = fields.Float(allow_none=True)
    refund_basis = fields.List(fields.Nested(RefundBasisSchema))
    refunds = fields.List(fields.Nested(RefundSchema))
    photos = fields.List(fields.Nested(PhotoSchema))
    documents = fields.List(fields.String())
    history = fields.List(fields.Nested(EventSchema))


class ActAnswerSchema(Schema):
    """The answer to a recorded act: the act's id and the whole case as it now stands."""

    id = Integer(required=True)
    case = fields.Nested(CaseSchema, required=True)


class NoticeGoodsSchema(Schema):
    description = fields.String()
    quantity = fields.Float()
    unit = fields.String()


class NoticePlaceSchema(Schema):
    description = fields.String(allow_none=True)
    municipality = fields.String(allow_none=True)


class NoticeOwnerSchema(Schema):
    kind = fields.String()
    name = fields.String(allow_none=True)


class NoticeSchema(Schema):
    number = fields.String(required=True)
    seized_on = fields.String(required=True)
    place = fields.Nested(NoticePlaceSchema)
    goods = fields.List(fields.Nested(NoticeGoodsSchema))
    legal_basis = fields.List(fields.String())
    review_deadline = fields.String(allow_none=True)
    status = fields.String()
    owner = fields.Nested(NoticeOwnerSchema)


class NoticesSchema(ReadySchema):
    """The board; the route builds it `Ready` with board.public_entry (tests/seizures compare
    it with this schema's own dump)."""

    notices = fields.List(fields.Nested(NoticeSchema))
