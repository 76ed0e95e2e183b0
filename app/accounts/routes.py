"""Accounts API: log in and out, MFA enrolment, password change and reset, users,
signing-key rotation."""

import datetime as dt
import hashlib
from pathlib import Path

import segno
from flask import current_app, g, request
from flask.views import MethodView

from app import db
from app.accounts import api_keys, password_reset, schemas, service
from app.accounts.auth import (
    company_action,
    load_user,
    login_required,
    roles_required,
    user_admins_only,
)
from app.api import Blueprint
from app.audit.service import append as audit
from app.extensions import address_key, login_limit, rate_limit
from app.i18n import current_language, translate
from app.stamps.keys import create_key, public_keys
from app.transactions import client_hash, writes

blp = Blueprint(
    "accounts",
    __name__,
    url_prefix="/api/v1",
    description="Log in, MFA, users and roles, signing keys",
)
blp.before_app_request(load_user)

_per_address_login_limit = rate_limit(login_limit, methods=["POST"], key_func=address_key)


def user_dict(user) -> dict:
    return {
        "id": user.id,
        "email": user.email,
        "full_name": user.full_name,
        "roles": user.roles,
        "operator_id": user.operator_id,
        "company_role": user.company_role,
        "company_admin": user.company_admin,
        "active": user.active,
        "disabled_by_customs": user.disabled_by_customs,
        "mfa_enabled": user.mfa_enabled,
        "mfa_required": service.mfa_pending(user),
        "language": user.language,
    }


@blp.route("/auth/login")
class Login(MethodView):
    decorators = (_per_address_login_limit,)

    @blp.arguments(schemas.LoginSchema)
    @blp.response(200, schemas.TokenSchema)
    def post(self, body):
        """Log in with email, password and (once enrolled) a TOTP or recovery code."""
        config = current_app.config
        try:
            issued = service.login(
                db.session,
                email=body["email"],
                password=body["password"],
                otp=body.get("otp"),
                ttl=dt.timedelta(minutes=config["TOKEN_TTL_MINUTES"]),
                lockout_threshold=config["LOCKOUT_THRESHOLD"],
                lockout_duration=dt.timedelta(minutes=config["LOCKOUT_MINUTES"]),
                reject_reused_otp=config["TOTP_REJECT_REUSE"],
            )
        except service.LoginError as refused:
            # The failure count and its audit record must survive the refusal.
            actor = f"user:{refused.user.id}" if refused.user else f"anon:{client_hash()}"
            audit(db.session, actor=actor, action="auth.login_failed",
                  data={"reason": refused.reason})
            db.session.commit()
            raise
        audit(db.session, actor=f"user:{issued.user.id}", action="auth.login",
              data={"scope": issued.scope, "expires_at": issued.expires_at.isoformat()})
        db.session.commit()
        return {
            "access_token": issued.token,
            "expires_at": issued.expires_at,
            "scope": issued.scope,
            "user": user_dict(issued.user),
        }


@blp.route("/auth/logout")
class Logout(MethodView):
    @writes
    @login_required
    @blp.response(204)
    def post(self):
        """Revoke the token this request carries."""
        service.revoke_token(g.token)


@blp.route("/auth/me")
class Me(MethodView):
    @login_required
    @blp.response(200, schemas.UserSchema)
    def get(self):
        """The logged-in user."""
        return user_dict(g.user)

    @writes
    @login_required
    @blp.arguments(schemas.MeUpdateSchema)
    @blp.response(200, schemas.UserSchema)
    def patch(self, body):
        """Choose the language of your mails (null: the language of each request)."""
        g.user.language = body["language"]
        return user_dict(g.user)


@blp.route("/auth/password")
class Password(MethodView):
    decorators = (_per_address_login_limit,)

    @writes
    @login_required
    @blp.arguments(schemas.PasswordChangeSchema)
    @blp.response(204)
    def post(self, body):
        """Change the password; every other session of the user ends."""
        service.change_password(
            db.session,
            g.user,
            current=body["current_password"],
            new=body["new_password"],
            token=g.token,
        )


@blp.route("/auth/mfa/enrol")
class MfaEnrol(MethodView):
    @writes(sensitive=True)
    @login_required
    @blp.response(201, schemas.MfaEnrolmentSchema)
    def post(self):
        """Start TOTP enrolment: a new secret, its otpauth:// URI and QR code (SVG data URI)."""
        enrolment = service.begin_enrolment(g.user, current_app.config["MFA_ISSUER"])
        qr = segno.make(enrolment.otpauth_uri, error="m")
        return {
            "secret": enrolment.secret,
            "otpauth_uri": enrolment.otpauth_uri,
            "qr_svg": qr.svg_data_uri(scale=4, border=2),
            "algorithm": "SHA1",
            "digits": service.TOTP_DIGITS,
            "period_s": service.TOTP_PERIOD_S,
        }


@blp.route("/auth/mfa/confirm")
class MfaConfirm(MethodView):
    @writes(sensitive=True)
    @login_required
    @blp.arguments(schemas.MfaConfirmSchema)
    @blp.response(201, schemas.RecoveryCodesSchema)
    def post(self, body):
        """Confirm enrolment with a current code; answers the one-time recovery codes, once."""
        codes = service.confirm_enrolment(db.session, g.user, body["otp"], g.token)
        return {"recovery_codes": codes, "user": user_dict(g.user)}


@blp.route("/users")
class Users(MethodView):
    @user_admins_only
    @blp.arguments(schemas.UserQuerySchema, location="query")
    @blp.response(200, schemas.UserSchema(many=True))
    def get(self, query):
        """Users: all for admins, their own company's for a company administrator."""
        found = service.list_users(
            db.session,
            g.user,
            operator_id=query.get("operator_id"),
            limit=query["limit"],
            offset=query["offset"],
        )
        return [user_dict(user) for user in found]

    @writes
    @user_admins_only
    @blp.arguments(schemas.UserCreateSchema)
    @blp.response(201, schemas.UserSchema)
    def post(self, body):
        """Add a user (a company administrator: an operator user of their own company)."""
        return user_dict(service.add_user(db.session, g.user, **body))


@blp.route("/users/<int:user_id>")
class UserById(MethodView):
    @user_admins_only
    @blp.response(200, schemas.UserSchema)
    def get(self, user_id):
        """One user."""
        return user_dict(service.get_managed_user(db.session, g.user, user_id))

    @writes
    @user_admins_only
    @blp.arguments(schemas.UserUpdateSchema)
    @blp.response(200, schemas.UserSchema)
    def patch(self, body, user_id):
        """Disable or enable a user, make them company administrator, change roles (admins)."""
        user = service.get_managed_user(db.session, g.user, user_id)
        return user_dict(service.update_user(db.session, g.user, user, body))


@blp.route("/api-keys")
class ApiKeys(MethodView):
    @roles_required("operator")
    @company_action("manage_users")
    @blp.response(200, schemas.ApiKeySchema(many=True))
    def get(self):
        """The company's API keys (never the keys themselves), revoked ones too."""
        return [api_keys.key_dict(key) for key in api_keys.company_keys(db.session, g.user)]

    @writes(sensitive=True)
    @roles_required("operator")
    @company_action("manage_users")
    @blp.arguments(schemas.ApiKeyCreateSchema)
    @blp.response(201, schemas.NewApiKeySchema)
    def post(self, body):
        """Make an API key for the company's systems: the key is in this answer only."""
        made = api_keys.create_key(db.session, g.user, name=body["name"], scopes=body["scopes"])
        return {**api_keys.key_dict(made.key), "key": made.secret}


@blp.route("/api-keys/<int:key_id>")
class ApiKeyById(MethodView):
    @writes
    @roles_required("operator")
    @company_action("manage_users")
    @blp.response(204)
    def delete(self, key_id):
        """Revoke an API key: the next request that sends it is refused (401)."""
        api_keys.revoke_key(db.session, g.user, key_id)


@blp.route("/keys/rotate")
class KeyRotation(MethodView):
    @writes
    @roles_required("admin")
    @blp.response(201, schemas.SigningKeySchema)
    def post(self):
        """Make a new signing key the one that signs; earlier keys still verify (retired)."""
        key = create_key(db.session, Path(current_app.config["KEYS_DIR"]))
        public_keys.reload(db.session)
        return {"kid": key.kid, "alg": "Ed25519", "public_key": key.public_key,
                "status": key.status}


def _reset_email_key() -> str:
    """Per e-mail address asked about, whoever asks and whether or not it has an account (a
    digest: no address is kept in the limiter's storage)."""
    body = request.get_json(silent=True)
    email = body.get("email") if isinstance(body, dict) else None
    address = email.strip().lower() if isinstance(email, str) else ""
    return "password-reset:" + hashlib.sha256(address.encode()).hexdigest()


_per_email_reset_limit = rate_limit(
    lambda: current_app.config["RATELIMIT_PASSWORD_RESET"], key_func=_reset_email_key
)


@blp.route("/auth/password-reset")
class PasswordResetRequest(MethodView):
    decorators = (_per_address_login_limit,)

    @writes
    @_per_email_reset_limit
    @blp.arguments(schemas.PasswordResetRequestSchema)
    @blp.response(202, schemas.PasswordResetAcceptedSchema)
    def post(self, body):
        """Mail a single-use link to set a new password; the same answer for any address."""
        settings = password_reset.ResetSettings.from_config(current_app.config)
        password_reset.request_password_reset(
            db.session, settings, email=body["email"], language=current_language()
        )
        minutes = int(settings.ttl.total_seconds() // 60)
        return {
            "status": "accepted",
            "message": translate("accounts.password_reset_sent", current_language(),
                                 minutes=minutes),
        }


@blp.route("/auth/password-reset/confirm")
class PasswordResetConfirm(MethodView):
    decorators = (_per_address_login_limit,)

    @writes
    @blp.arguments(schemas.PasswordResetConfirmSchema)
    @blp.response(200, schemas.PasswordResetDoneSchema)
    def post(self, body):
        """Set a new password with a mailed reset link; every session of the account ends."""
        done = password_reset.confirm_password_reset(
            db.session, token=body["token"], password=body["password"],
            language=current_language(),
        )
        audit(db.session, actor=f"user:{done.user.id}", action="auth.password_reset",
              data={"sessions_ended": done.sessions_ended})
        return {
            "status": "password_set",
            "email": done.user.email,
            "message": translate("accounts.password_reset_done", current_language()),
        }
