"""Shapes of the operator's report."""

from marshmallow import Schema, fields, validate

from app.api import Integer


class ReportQuerySchema(Schema):
    # `from` is a Python keyword: the field is `start`, read from and written as `from`.
    start = fields.Date(data_key="from", metadata={"description": "first day (Kosovo time), "
                        "default 29 days before `to`"})
    end = fields.Date(data_key="to", metadata={"description": "last day, included; default "
                      "today; at most one year after `from`"})
    format = fields.String(load_default="json", validate=validate.OneOf(("json", "csv")))


class _Counts(Schema):
    scans = Integer(required=True)
    genuine = Integer(required=True)
    suspicious = Integer(required=True)
    invalid = Integer(required=True)


class _Day(_Counts):
    date = fields.Date(required=True)


class _Place(_Counts):
    municipality = fields.String(required=True, metadata={"description": "slug"})
    name = fields.String(required=True, metadata={"description": "in the reader's language"})


class _Product(Schema):
    id = Integer()
    gtin = fields.String()
    brand = fields.String()
    name = fields.String()
    category = fields.String()


class _ProductCounts(_Counts):
    product = fields.Nested(_Product, allow_none=True,
                            metadata={"description": "null: stamps not attached to a product"})


class _FindingPlace(Schema):
    municipality = fields.String(required=True)
    name = fields.String(required=True)
    scans = Integer(required=True)


class _Finding(Schema):
    serial = fields.String(required=True)
    reason = fields.String(
        required=True,
        metadata={"description": "`clone_suspected`, `custody_mismatch` or `scanned_by_many`"},
    )
    scans = Integer(required=True, metadata={"description": "scans with this finding"})
    first_scanned_at = fields.DateTime(required=True)
    last_scanned_at = fields.DateTime(required=True)
    municipalities = fields.List(fields.Nested(_FindingPlace), required=True, metadata={
        "description": "where the serial was scanned, each backed by `min_place_scans` scans"})
    unplaced_scans = Integer(required=True)


class OperatorReportSchema(Schema):
    start = fields.Date(data_key="from", required=True)
    end = fields.Date(data_key="to", required=True)
    totals = fields.Nested(_Counts, required=True)
    per_day = fields.List(fields.Nested(_Day), required=True)
    per_municipality = fields.List(fields.Nested(_Place), required=True)
    unplaced_scans = Integer(
        required=True,
        metadata={"description": "scans of no municipality or of one backed by fewer than "
                  "`min_place_scans` scans"},
    )
    per_product = fields.List(fields.Nested(_ProductCounts), required=True)
    findings = fields.List(fields.Nested(_Finding), required=True)
    min_place_scans = Integer(required=True)
