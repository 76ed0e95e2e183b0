"""flask-smorest customisation in one place: the Api and its Blueprint, the JSON provider, the
error schema, and `ReadySchema`, the one way an answer skips marshmallow's dump."""

from __future__ import annotations

import datetime as dt
import functools
import json
from decimal import Decimal
from typing import ClassVar

import orjson
from flask import current_app
from flask.json.provider import DefaultJSONProvider
from flask_smorest import Api as SmorestApi
from flask_smorest import Blueprint as SmorestBlueprint
from marshmallow import Schema, fields
from marshmallow import fields as ma_fields
from webargs import core as webargs_core
from webargs.flaskparser import FlaskParser, is_json_request
from werkzeug.datastructures import CombinedMultiDict

# The deepest JSON a request may nest (objects and arrays): an EPCIS document, the deepest body
# of the API, nests about 8 levels; the standard library's parser and encoder give up around
# 1,000 levels with RecursionError, orjson's at about 250 (writing) and 1,024 (reading).
MAX_JSON_DEPTH = 64


class JSONProvider(DefaultJSONProvider):
    """Times and dates as ISO 8601, as the schemas write them, also inside the free-form parts
    of an answer (a stamp's custody chain): Flask's default is the HTTP date format, which drops
    the fraction of a second and reads differently from every other time in the API."""

    sort_keys = False

    @staticmethod
    def default(value):
        if isinstance(value, dt.date):  # datetimes too
            return value.isoformat()
        if isinstance(value, tuple):  # named tuples (rows): arrays, as the standard library
            return list(value)
        return DefaultJSONProvider.default(value)

    def loads(self, s, **kwargs):
        # Every request body is read here: Flask's get_json and the arguments parser below.
        if kwargs:
            return super().loads(s, **kwargs)
        return strict_json(s)

    def dumps(self, obj, **kwargs) -> str:
        # Answers are written by orjson, faster on long answers (a stamp's chain with a hundred
        # scans; docs/stamps.md): the same JSON, compact and UTF-8; times and dates in the same
        # ISO 8601 form. An indented answer (Flask's debug mode) is left to the standard library.
        if kwargs.get("indent") or set(kwargs) - {"separators"}:
            return super().dumps(obj, **kwargs)
        return orjson.dumps(obj, default=self.default, option=orjson.OPT_NON_STR_KEYS).decode()


def strict_json(text: bytes | str):
    """A request body's JSON, or json.JSONDecodeError (a ValueError): RFC 8259 read by orjson,
    so a lone surrogate (`"\\udc80"`, which no UTF-8 column or answer can hold), invalid UTF-8,
    NaN and Infinity are refused, and so is nesting deeper than MAX_JSON_DEPTH."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        # orjson gives bytes that are not UTF-8 an empty document, which to webargs means that
        # no body was sent at all.
        raise json.JSONDecodeError(exc.msg, exc.doc or "body", exc.pos) from exc
    # Counting brackets costs nothing and bounds the depth: most bodies need no walk.
    brackets = ("[", "{") if isinstance(text, str) else (b"[", b"{")
    if sum(map(text.count, brackets)) > MAX_JSON_DEPTH and _deeper_than(value, MAX_JSON_DEPTH):
        raise json.JSONDecodeError(f"nested deeper than {MAX_JSON_DEPTH} levels", "body", 0)
    return value


def _deeper_than(value, limit: int) -> bool:
    """Whether `value` nests objects and arrays more than `limit` levels (level by level, so
    that the check itself cannot recurse too deep)."""
    level = [value] if isinstance(value, (dict, list)) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        level = [
            child
            for container in level
            for child in (container.values() if isinstance(container, dict) else container)
            if isinstance(child, (dict, list))
        ]
    return False


class ArgumentsParser(FlaskParser):
    """webargs' parser reading JSON bodies with the app's JSON provider (`strict_json`), as
    Flask's `get_json` does: one way to read JSON for every route."""

    __location_map__: ClassVar[dict] = {
        **FlaskParser.__location_map__, "multipart": "load_multipart"}

    def _raw_load_json(self, req):
        if not is_json_request(req):
            return webargs_core.missing
        body = req.get_data(cache=True)
        # An empty body is no body, as webargs has it: the schema's required fields say so.
        return current_app.json.loads(body) if body else webargs_core.missing

    def load_multipart(self, req, schema):
        """A multipart form's files and fields, read by one schema (location `multipart`):
        flask-smorest documents one request body per operation."""
        return self._makeproxy(CombinedMultiDict([req.files, req.form]), schema)


class Integer(fields.Integer):
    """An integer field that refuses what marshmallow would quietly turn into one: a number
    with a fraction (`"quantity": 1.5` would issue 1 stamp) and a boolean (`true` is 1).
    `1.0` and digits in a string (a query, a form) still read. Every schema's integers are
    this field."""

    def _validated(self, value):
        if isinstance(value, bool) or (
            isinstance(value, float | Decimal) and value != int(value)
        ):
            raise self.make_error("invalid")
        return super()._validated(value)


class Ready(dict):
    """An answer the view already built JSON-ready, exactly as its `ReadySchema` would dump it
    (dates and times left to the JSON provider, which writes them as ISO text; decimals as
    decimal strings; `flat_dumper` for flat parts)."""


class ReadySchema(Schema):
    """A schema that documents an answer and passes a `Ready` one through untouched: for the
    busy or long answers (a verification, a stamp and its scans, the public board), where
    marshmallow's dump costs more than the database. Each view that builds a `Ready` answer
    has a test that the schema's own dump of it is the same."""

    def dump(self, obj, *, many=None):
        if isinstance(obj, Ready):
            return obj
        return super().dump(obj, many=many)


_MISSING = object()
_CONVERT = {  # how marshmallow dumps each field type, for `flat_dumper`
    fields.Integer: int,
    Integer: int,
    fields.Float: float,
    fields.String: str,
    fields.Boolean: bool,
    fields.Decimal: lambda value: str(Decimal(value)),  # with as_string=True only
    fields.DateTime: None,  # the JSON provider writes dates and times as ISO 8601, as they do
    fields.Date: None,
    fields.Dict: None,
}


def flat_dumper(schema: type[Schema]):
    """`schema().dump` for one object of a flat schema (no nesting), without marshmallow's
    per-field machinery: for the parts of a `Ready` answer. Only the declared fields, in their
    order; an attribute the object lacks is left out, None stays None; times and dates are left
    to the JSON provider. A field type it cannot dump as marshmallow would is refused here,
    when the dumper is built."""
    plan = []
    for name, field in schema().dump_fields.items():
        kind = type(field)
        if kind not in _CONVERT or (kind is fields.Decimal and not field.as_string):
            raise TypeError(f"flat_dumper: {schema.__name__}.{name} is a {kind.__name__}")
        plan.append((name, field.attribute or name, _CONVERT[kind]))

    def dump(obj) -> dict:
        read = obj.get if isinstance(obj, dict) else functools.partial(getattr, obj)
        answer = {}
        for name, attribute, convert in plan:
            value = read(attribute, _MISSING)
            if value is _MISSING:
                continue
            answer[name] = value if value is None or convert is None else convert(value)
        return answer

    return dump


class ErrorSchema(Schema):
    """The error body of API.md: status code, reason, translated message, stable code, details."""

    code = fields.Integer(required=True)
    status = fields.String(required=True)
    message = fields.String(required=True)
    error = fields.String(required=True)
    errors = fields.Dict()
    request_id = fields.String(metadata={"description": "the X-Request-Id of the answer"})


class Api(SmorestApi):
    ERROR_SCHEMA = ErrorSchema

    def _init_spec(self, *args, **kwargs):
        super()._init_spec(*args, **kwargs)
        self.ma_plugin.converter.add_attribute_function(_document_decimals)


def _document_decimals(self, field, ret, **kwargs) -> dict:
    """Document Decimal fields as they travel: ranges as numbers (`"maximum": 100`, not the
    string apispec takes from Decimal bounds), and `as_string` values as decimal strings."""
    if not isinstance(field, ma_fields.Number):
        return {}
    changes: dict = {
        name: float(ret[name])
        for name in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
        if isinstance(ret.get(name), (Decimal, str))
    }
    if getattr(field, "as_string", False):
        changes.update(type="string", format="decimal")
    return changes


class Blueprint(SmorestBlueprint):
    """A Blueprint whose views document the error answers they can give."""

    ARGUMENTS_PARSER = ArgumentsParser()
    DEFAULT_LOCATION_CONTENT_TYPE_MAPPING: ClassVar[dict[str, str]] = {
        **SmorestBlueprint.DEFAULT_LOCATION_CONTENT_TYPE_MAPPING,
        "multipart": "multipart/form-data",
    }

    def arguments(self, schema, **kwargs):
        # Given a Schema class, webargs builds an instance on every request, deep-copying every
        # field (docs/stamps.md); our schemas keep no per-request state, so each route's
        # instance is built once, here.
        return super().arguments(schema() if isinstance(schema, type) else schema, **kwargs)


api = Api()
