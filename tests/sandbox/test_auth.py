"""Sandbox authentication and profile against contract §2-§3: devise sign-in headers, MFA (TOTP and backup
code), validate/sign-out, the two 401 bodies, token headers, profile endpoints."""

from __future__ import annotations

import base64
import json

import httpx

from tests.sandbox.support import ACCOUNT_KEYS, ISO, USER_KEYS, anonymous, client


def test_api_info(sandbox) -> None:
    body = anonymous(sandbox).get("/api").json()
    assert set(body) == {"version", "timestamp", "queue_services", "data_services"}
    assert body["version"] == "4.9.1"


def test_sign_in_returns_user_and_devise_headers(sandbox) -> None:
    ahmed = sandbox.users["ahmed"]
    response = anonymous(sandbox).post("/auth/sign_in", json={"email": "  AHMED@souqdeals.example ",
                                                              "password": ahmed.password})
    assert response.status_code == 200
    h = response.headers
    assert h["token-type"] == "Bearer" and h["uid"] == ahmed.email
    assert len(h["access-token"]) >= 20 and len(h["client"]) >= 20 and h["expiry"].isdigit()
    decoded = json.loads(base64.b64decode(h["authorization"].split(" ", 1)[1]))
    assert decoded == {"access-token": h["access-token"], "token-type": "Bearer", "client": h["client"],
                       "expiry": h["expiry"], "uid": ahmed.email}
    user = response.json()["data"]
    assert list(user) == USER_KEYS
    assert user["access_token"] == ahmed.token and len(user["pubsub_token"]) == 24
    assert user["avatar_url"] == "" and user["role"] == "agent" and user["account_id"] == 1
    assert set(user["accounts"][0]) == ACCOUNT_KEYS
    assert ISO.match(user["accounts"][0]["active_at"])


def test_devise_headers_and_bearer_authenticate(sandbox) -> None:
    mona = sandbox.users["mona"]
    h = anonymous(sandbox).post("/auth/sign_in", data={"email": mona.email, "password": mona.password}).headers
    devise = {"access-token": h["access-token"], "client": h["client"], "uid": h["uid"]}
    with httpx.Client(base_url=sandbox.url, headers=devise) as c:
        response = c.get("/api/v1/profile")
        assert response.status_code == 200 and response.json()["email"] == mona.email
        assert response.headers["access-token"] == h["access-token"]  # echoed, not rotated
    with httpx.Client(base_url=sandbox.url, headers={"Authorization": h["authorization"]}) as c:
        assert c.get("/api/v1/accounts/2/labels").status_code == 200
    valid = anonymous(sandbox).get("/auth/validate_token", headers=devise)
    assert valid.status_code == 200
    payload = valid.json()["payload"]
    assert payload["success"] is True and ISO.match(payload["data"]["created_at"])
    assert anonymous(sandbox).delete("/auth/sign_out", headers=devise).json() == {"success": True}
    again = anonymous(sandbox).get("/api/v1/profile", headers=devise)
    assert again.status_code == 401
    assert again.json() == {"errors": ["You need to sign in or sign up before continuing."]}
    gone = anonymous(sandbox).delete("/auth/sign_out", headers=devise)
    assert gone.status_code == 404
    assert gone.json() == {"success": False, "errors": ["User was not found or was not logged in."]}
    assert anonymous(sandbox).get("/auth/validate_token", headers=devise).json() == {
        "success": False, "errors": ["Invalid login credentials"]}


def test_bad_credentials(sandbox) -> None:
    response = anonymous(sandbox).post("/auth/sign_in", json={"email": "ahmed@souqdeals.example", "password": "x"})
    assert response.status_code == 401
    assert response.json() == {"success": False, "errors": ["Invalid login credentials. Please try again."]}


def test_mfa_flow(sandbox) -> None:
    nour = sandbox.users["nour"]
    c = anonymous(sandbox)
    first = c.post("/auth/sign_in", json={"email": nour.email, "password": nour.password})
    assert first.status_code == 206 and first.json()["mfa_required"] is True
    token = first.json()["mfa_token"]
    bad = c.post("/auth/sign_in", json={"mfa_token": token, "otp_code": "000000" if nour.totp() != "000000" else "1"})
    assert bad.status_code == 400 and isinstance(bad.json()["error"], str)
    assert c.post("/auth/sign_in", json={"mfa_token": "nope", "otp_code": nour.totp()}).status_code == 401
    ok = c.post("/auth/sign_in", json={"mfa_token": token, "otp_code": nour.totp()})
    assert ok.status_code == 200 and ok.json()["data"]["email"] == nour.email and ok.headers["access-token"]
    second = c.post("/auth/sign_in", json={"email": nour.email, "password": nour.password}).json()["mfa_token"]
    backup = c.post("/auth/sign_in", json={"mfa_token": second, "backup_code": nour.backup_codes[0]})
    assert backup.status_code == 200


def test_token_headers_and_failures(sandbox) -> None:
    sara = sandbox.users["sara"]
    for header in ("api_access_token", "api-access-token"):
        response = anonymous(sandbox).get("/api/v1/profile", headers={header: sara.token})
        assert response.status_code == 200 and response.json()["id"] == sara.user_id
    bad = anonymous(sandbox).get("/api/v1/profile", headers={"api_access_token": "wrong"})
    assert bad.status_code == 401 and bad.json() == {"error": "Invalid Access Token"}
    none = anonymous(sandbox).get("/api/v1/accounts/1/conversations")
    assert none.status_code == 401 and none.json() == {"errors": ["You need to sign in or sign up before continuing."]}
    outsider = client(sandbox, "omar").get("/api/v1/accounts/1/conversations")
    assert outsider.status_code == 401
    assert outsider.json() == {"error": "You are not authorized to access this account"}


def test_profile_updates(fresh_sandbox) -> None:
    c = client(fresh_sandbox, "sara")
    profile = c.get("/api/v1/profile").json()
    assert [a["id"] for a in profile["accounts"]] == [1, 2]
    updated = c.put("/api/v1/profile", json={"profile": {"display_name": "سارة", "phone_number": "+201001112223"}})
    assert updated.json()["available_name"] == "سارة"
    assert updated.json()["custom_attributes"] == {"phone_number": "+201001112223"}
    wrong = c.put("/api/v1/profile", json={"profile": {"current_password": "x", "password": "y12345678",
                                                       "password_confirmation": "y12345678"}})
    assert wrong.status_code == 422 and wrong.json() == {"error": "Invalid current password"}
    busy = c.post("/api/v1/profile/availability", json={"profile": {"account_id": 2, "availability": "busy"}})
    assert next(a for a in busy.json()["accounts"] if a["id"] == 2)["availability"] == "busy"
    missing = c.post("/api/v1/profile/availability", json={"profile": {"account_id": 3, "availability": "busy"}})
    assert missing.status_code == 404 and missing.json() == {"error": "Resource could not be found"}
    auto = c.post("/api/v1/profile/auto_offline", json={"profile": {"account_id": 1, "auto_offline": True}})
    acct = next(a for a in auto.json()["accounts"] if a["id"] == 1)
    assert acct["auto_offline"] is True and acct["availability_status"] == "offline"  # no live presence
    switched = c.put("/api/v1/profile/set_active_account", json={"profile": {"account_id": 2}})
    assert switched.status_code == 200 and switched.content == b""
    assert c.get("/api/v1/profile").json()["account_id"] == 2
    assert c.put("/api/v1/profile", json={}).json() == {"error": "param is missing or the value is empty: profile"}
