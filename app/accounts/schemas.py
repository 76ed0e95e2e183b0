"""Shapes of log in, MFA, password change, users and key rotation."""

from marshmallow import Schema, fields, validate

from app.accounts.models import COMPANY_ROLES, ROLES
from app.accounts.rules import API_KEY_SCOPES, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH
from app.api import Integer
from app.i18n import LANGUAGES

# Only the length is checked here, for the OpenAPI document: the policy itself
# (app.accounts.rules) answers with a translated message per problem.
POLICY_NOTE = (
    f"at least {MIN_PASSWORD_LENGTH} characters, not a common password, not the user's email"
)

# A 6-digit TOTP code, or a recovery code such as `k7m2p-x9q4r`.
OTP_PATTERN = r"^\d{6}$|^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$"


class LoginSchema(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=254))
    password = fields.String(required=True, validate=validate.Length(min=1, max=200))
    otp = fields.String(validate=validate.Regexp(OTP_PATTERN))


class UserSchema(Schema):
    id = Integer(required=True)
    email = fields.String(required=True)
    full_name = fields.String()
    roles = fields.List(fields.String(), required=True)
    operator_id = Integer(allow_none=True)
    company_role = fields.String(
        allow_none=True,
        metadata={"description": "operator users: `administrator`, `ordering`, `logistics` or "
                  "`read_only` (docs/accounts.md, \"Company roles\"); null for Customs staff"},
    )
    company_admin = fields.Boolean(
        metadata={"description": "true when `company_role` is `administrator`"}
    )
    active = fields.Boolean()
    disabled_by_customs = fields.Boolean(
        metadata={"description": "disabled by an admin: a company administrator cannot enable "
                  "them or change their access"}
    )
    mfa_enabled = fields.Boolean()
    mfa_required = fields.Boolean(metadata={"description": "must enrol TOTP before anything else"})
    language = fields.String(
        allow_none=True,
        metadata={"description": "sq, sr or en: the language of the user's mails (null: that "
                  "of the request causing the mail)"},
    )


class TokenSchema(Schema):
    access_token = fields.String(required=True)
    expires_at = fields.DateTime(required=True)
    scope = fields.String(
        required=True,
        metadata={"description": "`full`, or `mfa_enrolment`: only /auth/me, /auth/mfa/*, "
                  "/auth/logout until TOTP is confirmed"},
    )
    user = fields.Nested(UserSchema, required=True)


class PasswordChangeSchema(Schema):
    current_password = fields.String(required=True, validate=validate.Length(min=1, max=200))
    new_password = fields.String(
        required=True,
        validate=validate.Length(max=MAX_PASSWORD_LENGTH),
        metadata={"description": POLICY_NOTE},
    )


class MfaEnrolmentSchema(Schema):
    secret = fields.String(required=True, metadata={"description": "base32, for manual entry"})
    otpauth_uri = fields.String(required=True)
    qr_svg = fields.String(required=True, metadata={"description": "data:image/svg+xml URI"})
    algorithm = fields.String(required=True)
    digits = Integer(required=True)
    period_s = Integer(required=True)


class MfaConfirmSchema(Schema):
    otp = fields.String(required=True, validate=validate.Regexp(r"^\d{6}$"))


class RecoveryCodesSchema(Schema):
    recovery_codes = fields.List(fields.String(), required=True)
    user = fields.Nested(UserSchema, required=True)


class UserQuerySchema(Schema):
    operator_id = Integer(validate=validate.Range(min=1))
    limit = Integer(load_default=100, validate=validate.Range(min=1, max=500))
    offset = Integer(load_default=0, validate=validate.Range(min=0))


class UserCreateSchema(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=254))
    password = fields.String(
        required=True,
        load_only=True,
        validate=validate.Length(max=MAX_PASSWORD_LENGTH),
        metadata={"description": POLICY_NOTE},
    )
    roles = fields.List(
        fields.String(validate=validate.OneOf(ROLES)),
        required=True,
        validate=validate.Length(min=1, max=len(ROLES)),
    )
    operator_id = Integer(allow_none=True, validate=validate.Range(min=1))
    full_name = fields.String(load_default="", validate=validate.Length(max=200))
    company_role = fields.String(
        validate=validate.OneOf(COMPANY_ROLES),
        metadata={"description": "operator users; default `read_only`"},
    )
    company_admin = fields.Boolean(
        metadata={"description": "older form of `company_role`: true is `administrator`"}
    )


class UserUpdateSchema(Schema):
    """Company administrators may change `active`, `company_role` (or `company_admin`) and
    `full_name`."""

    active = fields.Boolean()
    company_role = fields.String(validate=validate.OneOf(COMPANY_ROLES))
    company_admin = fields.Boolean(
        metadata={"description": "older form of `company_role`: true makes an `administrator`, "
                  "false makes an administrator `logistics`"}
    )
    full_name = fields.String(validate=validate.Length(max=200))
    roles = fields.List(
        fields.String(validate=validate.OneOf(ROLES)),
        validate=validate.Length(min=1, max=len(ROLES)),
    )
    operator_id = Integer(allow_none=True, validate=validate.Range(min=1))
    reset_mfa = fields.Boolean(metadata={"description": "admins: forget TOTP and recovery codes"})


class SigningKeySchema(Schema):
    kid = fields.String(required=True)
    alg = fields.String(required=True)
    public_key = fields.String(required=True)
    status = fields.String(required=True)


class MeUpdateSchema(Schema):
    language = fields.String(
        required=True, allow_none=True, validate=validate.OneOf(LANGUAGES),
        metadata={"description": "the language of your mails; null: that of each request"},
    )


class PasswordResetRequestSchema(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=254))


class PasswordResetAcceptedSchema(Schema):
    status = fields.String(
        required=True,
        metadata={"description": "`accepted`, whether or not an account uses the address"},
    )
    message = fields.String(required=True)


class PasswordResetConfirmSchema(Schema):
    token = fields.String(required=True, validate=validate.Length(min=1, max=200))
    password = fields.String(
        required=True, load_only=True, validate=validate.Length(min=1, max=MAX_PASSWORD_LENGTH)
    )


class PasswordResetDoneSchema(Schema):
    status = fields.String(required=True, metadata={"description": "`password_set`"})
    email = fields.String(required=True)
    message = fields.String(required=True)


class ApiKeyCreateSchema(Schema):
    name = fields.String(
        required=True, validate=validate.Length(min=1, max=100),
        metadata={"description": "what the key is for, e.g. the system that sends it"},
    )
    scopes = fields.List(
        fields.String(validate=validate.OneOf(API_KEY_SCOPES)),
        required=True,
        validate=validate.Length(min=1, max=len(API_KEY_SCOPES)),
        metadata={"description": "`epcis`: EPCIS capture and custody events; `reports`: the "
                  "operator's report; `orders`: stamp orders"},
    )


class ApiKeySchema(Schema):
    id = Integer(required=True)
    name = fields.String(required=True)
    scopes = fields.List(fields.String(), required=True)
    prefix = fields.String(
        required=True, metadata={"description": "the key's first characters, to tell keys apart"}
    )
    operator_id = Integer(required=True)
    created_at = fields.DateTime(required=True)
    created_by = Integer(required=True)
    revoked_at = fields.DateTime(allow_none=True)


class NewApiKeySchema(ApiKeySchema):
    key = fields.String(
        required=True,
        metadata={"description": "send as `Authorization: Bearer <key>`; shown this once only"},
    )
