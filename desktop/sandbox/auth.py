"""Authentication of the sandbox (contract §2): devise_token_auth sign-in with MFA (TOTP RFC 6238 or a
backup code), validate_token, sign_out, and resolving the caller of every /api route from devise headers,
the `Authorization: Bearer` form, or the personal `api_access_token` header."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import sqlite3
import struct
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop.sandbox import clock, db
from desktop.sandbox.http import ApiError, json_response, params, unauthenticated
from desktop.sandbox.people import user_object
from desktop.sandbox.state import Sandbox, iso

TOKEN_LIFESPAN = 60 * 86400  # 2 months
MFA_TOKEN_TTL = 300.0


def totp(secret_b32: str, at: float | None = None, step: int = 30, digits: int = 6) -> str:
    """RFC 6238 TOTP (HMAC-SHA1) for a base32 secret."""
    key = base64.b32decode(secret_b32.upper() + "=" * (-len(secret_b32) % 8))
    counter = int((clock.now() if at is None else at) // step)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 10**digits
    return f"{code:0{digits}d}"


def _totp_ok(secret: str, code: str) -> bool:
    now = clock.now()
    return any(hmac.compare_digest(totp(secret, now + drift * 30), code.strip()) for drift in (-1, 0, 1))


def _devise_headers(token: str, client: str, uid: str, expiry: int) -> dict[str, str]:
    bearer = base64.b64encode(json.dumps({"access-token": token, "token-type": "Bearer", "client": client,
                                          "expiry": str(expiry), "uid": uid}).encode()).decode()
    return {"access-token": token, "token-type": "Bearer", "client": client, "expiry": str(expiry), "uid": uid,
            "Authorization": f"Bearer {bearer}"}


def _new_session(sb: Sandbox, user: sqlite3.Row) -> dict[str, str]:
    token, client = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
    expiry = int(clock.now() + TOKEN_LIFESPAN)
    db.insert(sb.conn, "sessions", {"access_token": token, "client": client, "user_id": user["id"], "expiry": expiry})
    rows = db.all_rows(sb.conn, "SELECT client FROM sessions WHERE user_id=? ORDER BY expiry DESC", (user["id"],))
    for old in rows[25:]:  # max_number_of_devices = 25
        sb.conn.execute("DELETE FROM sessions WHERE user_id=? AND client=?", (user["id"], old["client"]))
    return _devise_headers(token, client, user["email"], expiry)


def _signed_in(sb: Sandbox, user: sqlite3.Row) -> Response:
    return JSONResponse({"data": user_object(sb, user)}, headers=_new_session(sb, user))


def _devise_credentials(request: Request) -> tuple[str, str, str] | None:
    h = request.headers
    token, client, uid = h.get("access-token"), h.get("client"), h.get("uid")
    if token and client and uid:
        return token, client, uid
    auth = h.get("authorization", "")
    if auth.lower().startswith("bearer "):
        try:
            data = json.loads(base64.b64decode(auth[7:].strip()))
            return str(data["access-token"]), str(data["client"]), str(data["uid"])
        except (ValueError, KeyError, TypeError):
            return None
    return None


def devise_user(sb: Sandbox, request: Request) -> tuple[sqlite3.Row, dict[str, str]] | None:
    creds = _devise_credentials(request)
    if creds is None:
        return None
    token, client, uid = creds
    row = db.one(sb.conn, "SELECT s.*, u.email FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.client=?"
                          " AND lower(u.email)=lower(?)", (client, uid))
    if row is None or not hmac.compare_digest(row["access_token"], token) or row["expiry"] < clock.now():
        return None
    user = db.one(sb.conn, "SELECT * FROM users WHERE id=?", (row["user_id"],))
    if user is None:
        return None
    return user, _devise_headers(token, client, user["email"], int(row["expiry"]))


def authenticate(sb: Sandbox, request: Request) -> tuple[sqlite3.Row, dict[str, str]]:
    """The calling user (and the devise headers to echo back) or a 401 ApiError."""
    api_token = request.headers.get("api_access_token") or request.headers.get("api-access-token")
    if api_token is not None:
        user = db.one(sb.conn, "SELECT * FROM users WHERE access_token=?", (api_token,))
        if user is None:
            raise ApiError(401, {"error": "Invalid Access Token"})
        return user, {}
    found = devise_user(sb, request)
    if found is None:
        raise unauthenticated()
    return found


async def sign_in(request: Request) -> Response:
    sb: Sandbox = request.app.state.sandbox
    body, _ = await params(request)
    if body.get("mfa_token"):
        return _verify_mfa(sb, body)
    email = str(body.get("email") or "").strip().lower()
    user = db.one(sb.conn, "SELECT * FROM users WHERE lower(email)=?", (email,))
    if user is None or not hmac.compare_digest(str(user["password"]), str(body.get("password") or "")):
        return json_response({"success": False, "errors": ["Invalid login credentials. Please try again."]}, 401)
    if user["mfa_secret"]:
        token = secrets.token_urlsafe(32)
        db.insert(sb.conn, "mfa_tokens", {"token": token, "user_id": user["id"], "expires": clock.now() + MFA_TOKEN_TTL})
        return json_response({"mfa_required": True, "mfa_token": token}, 206)
    return _signed_in(sb, user)


def _verify_mfa(sb: Sandbox, body: dict[str, Any]) -> Response:
    row = db.one(sb.conn, "SELECT * FROM mfa_tokens WHERE token=?", (str(body["mfa_token"]),))
    if row is None or row["expires"] < clock.now():
        return json_response({"error": "Invalid or expired MFA token"}, 401)
    user = db.one(sb.conn, "SELECT * FROM users WHERE id=?", (row["user_id"],))
    assert user is not None
    otp, backup = body.get("otp_code"), body.get("backup_code")
    if otp and _totp_ok(str(user["mfa_secret"]), str(otp)):
        ok = True
    elif backup:
        ok = str(backup).strip() in db.loads(user["backup_codes"], [])
    else:
        ok = False
    if not ok:
        return json_response({"error": "Invalid verification code"}, 400)
    sb.conn.execute("DELETE FROM mfa_tokens WHERE token=?", (row["token"],))
    return _signed_in(sb, user)


async def validate_token(request: Request) -> Response:
    sb: Sandbox = request.app.state.sandbox
    found = devise_user(sb, request)
    if found is None:
        return json_response({"success": False, "errors": ["Invalid login credentials"]}, 401)
    user, headers = found
    data = user_object(sb, user) | {"created_at": iso(user["created_at"])}
    return JSONResponse({"payload": {"success": True, "data": data}}, headers=headers)


async def sign_out(request: Request) -> Response:
    sb: Sandbox = request.app.state.sandbox
    creds = _devise_credentials(request)
    found = devise_user(sb, request)
    if found is None or creds is None:
        return json_response({"success": False, "errors": ["User was not found or was not logged in."]}, 404)
    sb.conn.execute("DELETE FROM sessions WHERE user_id=? AND client=?", (found[0]["id"], creds[1]))
    return json_response({"success": True})


routes = [
    Route("/auth/sign_in", sign_in, methods=["POST"]),
    Route("/auth/validate_token", validate_token, methods=["GET"]),
    Route("/auth/sign_out", sign_out, methods=["DELETE"]),
]
