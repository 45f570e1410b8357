"""Serializers for people: the profile User object (§3.1), Agent (§10.1), User push (§10.2), Contact REST
and push shapes (§9.1/§9.2) and team shapes (§8.3, §4.7). Key order follows the contract."""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop.sandbox import db
from desktop.sandbox.state import Sandbox, epoch, iso, jrow


def user_row(sb: Sandbox, user_id: int) -> sqlite3.Row | None:
    return db.one(sb.conn, "SELECT * FROM users WHERE id=?", (user_id,))


def _available_name(user: sqlite3.Row) -> str:
    return str(user["display_name"] or user["name"])


def active_account(sb: Sandbox, user: sqlite3.Row) -> sqlite3.Row | None:
    """The account_user with the most recent active_at (the profile's `account_id` and `role`)."""
    return db.one(sb.conn, "SELECT * FROM account_users WHERE user_id=? ORDER BY active_at DESC, account_id"
                           " LIMIT 1", (user["id"],))


def user_object(sb: Sandbox, user: sqlite3.Row) -> dict[str, Any]:
    current = active_account(sb, user)
    accounts = []
    for au in db.all_rows(sb.conn, "SELECT au.*, a.name, a.status FROM account_users au JOIN accounts a ON"
                                   " a.id = au.account_id WHERE au.user_id=? ORDER BY au.account_id", (user["id"],)):
        accounts.append({
            "id": au["account_id"], "name": au["name"], "status": au["status"], "active_at": iso(au["active_at"]),
            "role": au["role"], "permissions": [au["role"]], "availability": au["availability"],
            "availability_status": sb.availability_status(au["account_id"], user["id"]),
            "auto_offline": bool(au["auto_offline"]), "custom_role_id": None, "custom_role": None})
    out: dict[str, Any] = {
        "access_token": user["access_token"], "account_id": current["account_id"] if current else None,
        "available_name": _available_name(user), "avatar_url": user["avatar_url"] or "", "confirmed": True,
        "display_name": user["display_name"], "message_signature": user["message_signature"],
        "email": user["email"], "id": user["id"], "inviter_id": None, "name": user["name"], "provider": "email",
        "pubsub_token": user["pubsub_token"]}
    custom = jrow(user, "custom_attributes", {})
    if custom:
        out["custom_attributes"] = custom
    out.update({"role": current["role"] if current else None, "ui_settings": jrow(user, "ui_settings", {}),
                "uid": user["email"], "type": None, "accounts": accounts})
    return out


def agent_object(sb: Sandbox, account_id: int, user: sqlite3.Row) -> dict[str, Any]:
    au = sb.account_user(account_id, user["id"])
    out: dict[str, Any] = {
        "id": user["id"], "account_id": account_id,
        "availability_status": sb.availability_status(account_id, user["id"]),
        "auto_offline": bool(au["auto_offline"]) if au else True, "confirmed": True, "email": user["email"],
        "provider": "email", "available_name": _available_name(user)}
    custom = jrow(user, "custom_attributes", {})
    if custom:
        out["custom_attributes"] = custom
    out.update({"name": user["name"], "role": au["role"] if au else "agent", "thumbnail": user["avatar_url"] or "",
                "custom_role_id": None})
    return out


def user_push(sb: Sandbox, account_id: int | None, user: sqlite3.Row) -> dict[str, Any]:
    """User push object; `account_id` None gives availability_status null (re-rendered events, §10.2)."""
    return {"id": user["id"], "name": user["name"], "available_name": _available_name(user),
            "avatar_url": user["avatar_url"] or "", "type": "user",
            "availability_status": sb.availability_status(account_id, user["id"]) if account_id else None,
            "thumbnail": user["avatar_url"] or ""}


def contact_push(contact: sqlite3.Row) -> dict[str, Any]:
    return {"additional_attributes": jrow(contact, "additional_attributes", {}),
            "custom_attributes": jrow(contact, "custom_attributes", {}), "email": contact["email"],
            "id": contact["id"], "identifier": contact["identifier"], "name": contact["name"],
            "phone_number": contact["phone_number"], "thumbnail": contact["thumbnail"] or "",
            "blocked": bool(contact["blocked"]), "type": "contact"}


def contact_rest(sb: Sandbox, contact: sqlite3.Row, *, with_inboxes: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "additional_attributes": jrow(contact, "additional_attributes", {}), "availability_status": "offline",
        "email": contact["email"], "id": contact["id"], "name": contact["name"],
        "phone_number": contact["phone_number"], "blocked": bool(contact["blocked"]),
        "identifier": contact["identifier"], "thumbnail": contact["thumbnail"] or "",
        "custom_attributes": jrow(contact, "custom_attributes", {})}
    if contact["last_activity_at"] is not None:
        out["last_activity_at"] = epoch(contact["last_activity_at"])
    out["created_at"] = epoch(contact["created_at"])
    if with_inboxes:
        out["contact_inboxes"] = [
            {"source_id": r["source_id"], "inbox": {"id": r["id"], "avatar_url": "", "channel_id": r["channel_id"],
                                                    "name": r["name"], "channel_type": r["channel_type"],
                                                    "provider": r["provider"]}}
            for r in db.all_rows(sb.conn, "SELECT ci.source_id, i.* FROM contact_inboxes ci JOIN inboxes i ON"
                                          " i.id = ci.inbox_id WHERE ci.contact_id=? GROUP BY ci.inbox_id, ci.source_id"
                                          " ORDER BY ci.id", (contact["id"],))]
    return out


def is_team_member(sb: Sandbox, team_id: int, user_id: int) -> bool:
    return db.one(sb.conn, "SELECT 1 FROM team_members WHERE team_id=? AND user_id=?", (team_id, user_id)) is not None


def team_object(sb: Sandbox, team: sqlite3.Row, user_id: int) -> dict[str, Any]:
    return {"id": team["id"], "name": team["name"], "description": team["description"],
            "allow_auto_assign": bool(team["allow_auto_assign"]), "account_id": team["account_id"],
            "is_member": is_team_member(sb, team["id"], user_id)}


def team_model(team: sqlite3.Row) -> dict[str, Any]:
    """The raw team model returned by assignments (ISO times, no is_member)."""
    return {"id": team["id"], "name": team["name"], "description": team["description"],
            "allow_auto_assign": bool(team["allow_auto_assign"]), "account_id": team["account_id"],
            "created_at": iso(team["created_at"]), "updated_at": iso(team["updated_at"])}
