"""Accounts API: log in, log out, who am I."""

import datetime as dt

from flask import current_app, g
from flask.views import MethodView

from app import db
from app.accounts import schemas, service
from app.accounts.auth import load_user, login_required
from app.api import Blueprint
from app.errors import DomainError
from app.extensions import limiter

blp = Blueprint("accounts", __name__, url_prefix="/api/v1/auth", description="Log in and MFA")
blp.before_app_request(load_user)


def user_dict(user) -> dict:
    return {
        "id": user.id,
        "email": user.email,
        "full_name": user.full_name,
        "roles": user.roles,
        "operator_id": user.operator_id,
        "company_admin": user.company_admin,
        "mfa_enabled": user.mfa_enabled,
        "mfa_required": service.mfa_pending(user),
    }


def login_limit() -> str:
    return current_app.config["RATELIMIT_LOGIN"]


@blp.route("/login")
class Login(MethodView):
    decorators = [limiter.limit(login_limit, methods=["POST"])]

    @blp.arguments(schemas.LoginSchema)
    @blp.response(200, schemas.TokenSchema)
    def post(self, body):
        """Log in with email, password and (once enrolled) a TOTP code."""
        ttl = dt.timedelta(minutes=current_app.config["TOKEN_TTL_MINUTES"])
        try:
            issued = service.login(
                db.session,
                email=body["email"],
                password=body["password"],
                otp=body.get("otp"),
                ttl=ttl,
            )
        except DomainError:
            db.session.commit()  # the failure count must survive the refusal
            raise
        db.session.commit()
        return {
            "access_token": issued.token,
            "expires_at": issued.expires_at,
            "user": user_dict(issued.user),
        }


@blp.route("/logout")
class Logout(MethodView):
    @login_required
    @blp.response(204)
    def post(self):
        """Revoke the token this request carries."""
        service.revoke_token(g.token)
        db.session.commit()


@blp.route("/me")
class Me(MethodView):
    @login_required
    @blp.response(200, schemas.UserSchema)
    def get(self):
        """The logged-in user."""
        return user_dict(g.user)
