"""Profile routes (contract §3.2) and the installation info `GET /api` (§16)."""

from __future__ import annotations

import secrets
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from desktop.sandbox import clock, db
from desktop.sandbox.context import Ctx, endpoint
from desktop.sandbox.events import presence_changed
from desktop.sandbox.http import ApiError, as_bool, as_int, json_response, not_found, param_missing
from desktop.sandbox.people import user_object

VERSION = "4.9.1"


async def api_info(request: Request) -> Response:
    return json_response({"version": VERSION, "timestamp": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
                          "queue_services": "ok", "data_services": "ok"})


def _profile_param(ctx: Ctx) -> dict[str, Any]:
    profile = ctx.params.get("profile")
    if not isinstance(profile, dict) or not profile:
        raise param_missing("profile")
    return profile


def _fresh_user(ctx: Ctx) -> dict[str, Any]:
    user = db.one(ctx.conn, "SELECT * FROM users WHERE id=?", (ctx.user_id,))
    assert user is not None
    return user_object(ctx.sb, user)


async def show(ctx: Ctx) -> Any:
    return _fresh_user(ctx)


async def update(ctx: Ctx) -> Any:
    profile = _profile_param(ctx)
    values: dict[str, Any] = {}
    if "password" in profile:
        if str(profile.get("current_password") or "") != ctx.user["password"]:
            raise ApiError(422, {"error": "Invalid current password"})
        if str(profile.get("password")) != str(profile.get("password_confirmation", profile.get("password"))):
            raise ApiError(422, {"message": "Password confirmation doesn't match Password",
                                 "attributes": ["password_confirmation"]})
        values["password"] = str(profile["password"])
        values["pubsub_token"] = secrets.token_urlsafe(18)[:24]
    for key in ("name", "display_name", "message_signature"):
        if key in profile:
            values[key] = profile[key]
    if "email" in profile:
        values["email"] = str(profile["email"]).strip().lower()
    if "ui_settings" in profile and isinstance(profile["ui_settings"], dict):
        values["ui_settings"] = db.dumps(db.loads(ctx.user["ui_settings"], {}) | profile["ui_settings"])
    if "phone_number" in profile:
        custom = db.loads(ctx.user["custom_attributes"], {}) | {"phone_number": profile["phone_number"]}
        values["custom_attributes"] = db.dumps(custom)
    if values:
        db.update(ctx.conn, "users", ctx.user_id, values)
    return _fresh_user(ctx)


def _membership(ctx: Ctx, profile: dict[str, Any]) -> int:
    aid = as_int(profile.get("account_id"))
    if aid is None or ctx.sb.account_user(aid, ctx.user_id) is None:
        raise not_found()
    return aid


async def availability(ctx: Ctx) -> Any:
    profile = _profile_param(ctx)
    aid = _membership(ctx, profile)
    value = str(profile.get("availability") or "")
    if value not in {"online", "busy", "offline"}:
        raise ApiError(422, {"message": "Availability is not included in the list", "attributes": ["availability"]})
    ctx.conn.execute("UPDATE account_users SET availability=? WHERE account_id=? AND user_id=?",
                     (value, aid, ctx.user_id))
    presence_changed(ctx.sb, aid, ctx.user_id)
    return _fresh_user(ctx)


async def auto_offline(ctx: Ctx) -> Any:
    profile = _profile_param(ctx)
    aid = _membership(ctx, profile)
    ctx.conn.execute("UPDATE account_users SET auto_offline=? WHERE account_id=? AND user_id=?",
                     (int(as_bool(profile.get("auto_offline", False))), aid, ctx.user_id))
    presence_changed(ctx.sb, aid, ctx.user_id)
    return _fresh_user(ctx)


async def set_active_account(ctx: Ctx) -> Any:
    profile = _profile_param(ctx)
    aid = _membership(ctx, profile)
    ctx.conn.execute("UPDATE account_users SET active_at=? WHERE account_id=? AND user_id=?",
                     (clock.now(), aid, ctx.user_id))
    return None


async def reset_access_token(ctx: Ctx) -> Any:
    db.update(ctx.conn, "users", ctx.user_id, {"access_token": secrets.token_urlsafe(18)[:24]})
    return _fresh_user(ctx)


routes = [
    Route("/api", api_info, methods=["GET"]),
    Route("/api/v1/profile", endpoint(show, account=False), methods=["GET"]),
    Route("/api/v1/profile", endpoint(update, account=False), methods=["PUT", "PATCH"]),
    Route("/api/v1/profile/availability", endpoint(availability, account=False), methods=["POST"]),
    Route("/api/v1/profile/auto_offline", endpoint(auto_offline, account=False), methods=["POST"]),
    Route("/api/v1/profile/set_active_account", endpoint(set_active_account, account=False), methods=["PUT"]),
    Route("/api/v1/profile/reset_access_token", endpoint(reset_access_token, account=False), methods=["POST"]),
]
