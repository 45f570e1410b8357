"""Builds the seeded sandbox database: static tables from seed_data, generated contacts and conversations
from seed_history. Generation is deterministic (seeded RNG) and done once per code version into a template
file in the temp folder; a fresh sandbox copies the template and shifts its times to "now" (fast)."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from desktop.sandbox import db, seed_data
from desktop.sandbox.files import files_dir, write_seed_files

ANCHOR = 1_790_000_000.0  # the seeded "now"; shifted to the real time when a sandbox is created


def _source_hash() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256(str(db.SCHEMA_VERSION).encode())
    for name in ("seed.py", "seed_data.py", "seed_history.py", "phrases.py", "db.py", "files.py", "seed_csat.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def _token(rng: random.Random, n: int) -> str:
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _static(conn: sqlite3.Connection, rng: random.Random) -> dict[str, int]:
    """Insert accounts, users, inboxes, teams, labels, saved replies; return inbox ids by key."""
    for aid, name in seed_data.ACCOUNTS:
        db.insert(conn, "accounts", {"id": aid, "name": name, "status": "active", "locale": "ar" if aid == 1 else "en"})
    for u in seed_data.USERS:
        db.insert(conn, "users", {
            "id": u.user_id, "name": u.name, "display_name": None, "email": u.email, "password": u.password,
            "access_token": u.token, "pubsub_token": _token(rng, 24), "mfa_secret": u.mfa_secret,
            "backup_codes": db.dumps(list(u.backup_codes)), "ui_settings": db.dumps({"rtl_view": False}),
            "custom_attributes": db.dumps({}), "message_signature": None, "avatar_url": "",
            "active_account_id": min(u.roles), "created_at": ANCHOR - 400 * 86400})
        for aid, role in u.roles.items():
            db.insert(conn, "account_users", {
                "account_id": aid, "user_id": u.user_id, "role": role, "availability": u.availability,
                "auto_offline": int(u.auto_offline), "active_at": ANCHOR - 3600 * (u.user_id + aid)})
    inbox_ids: dict[str, int] = {}
    for n, ib in enumerate(seed_data.INBOXES, start=1):
        extra = {"page_id": f"10{n}4455667788"} if ib.channel_type == "Channel::FacebookPage" else {}
        if ib.channel_type == "Channel::Instagram":
            extra = {"instagram_id": f"1784{n}0000123456"}
        if ib.channel_type == "Channel::WebWidget":
            extra = {"website_token": _token(rng, 24), "hmac_token": _token(rng, 24)}
        if ib.channel_type == "Channel::Api":
            extra = {"inbox_identifier": _token(rng, 24), "hmac_token": _token(rng, 24)}
        if ib.channel_type == "Channel::Whatsapp":
            extra = {"api_key": _token(rng, 32)}
        inbox_ids[ib.key] = db.insert(conn, "inboxes", {
            "id": n, "account_id": ib.account_id, "name": ib.name, "channel_type": ib.channel_type,
            "channel_id": n, "phone_number": ib.phone_number, "provider": ib.provider,
            "extra": db.dumps(extra), "created_at": ANCHOR - 300 * 86400})
    for u in seed_data.USERS:
        for ib in seed_data.INBOXES:
            eligible = ib.account_id in u.roles and (not u.inboxes or ib.key in u.inboxes)
            if eligible and (u.roles[ib.account_id] == "agent" or ib.account_id == 3):
                db.insert(conn, "inbox_members", {"inbox_id": inbox_ids[ib.key], "user_id": u.user_id})
    for aid, name, description, members in seed_data.TEAMS:
        tid = db.insert(conn, "teams", {"account_id": aid, "name": name, "description": description,
                                        "allow_auto_assign": 1, "created_at": ANCHOR - 200 * 86400,
                                        "updated_at": ANCHOR - 100 * 86400})
        for uid in members:
            db.insert(conn, "team_members", {"team_id": tid, "user_id": uid})
    for aid, _ in seed_data.ACCOUNTS:
        for title, description, color in seed_data.LABELS_COMMON + seed_data.LABELS_BY_ACCOUNT[aid]:
            db.insert(conn, "labels", {"account_id": aid, "title": title, "description": description,
                                       "color": color, "show_on_sidebar": 1})
        replies = seed_data.CANNED if aid != 3 else seed_data.CANNED[:6]
        for k, (code, content) in enumerate(replies):
            db.insert(conn, "canned_responses", {"account_id": aid, "short_code": code, "content": content,
                                                 "created_at": ANCHOR - (90 - k) * 86400,
                                                 "updated_at": ANCHOR - (30 - k % 30) * 86400})
    return inbox_ids


def build(path: Path) -> None:
    """Generate a complete seeded database at `path` (and its attachments folder)."""
    from desktop.sandbox.seed_csat import generate_csat
    from desktop.sandbox.seed_history import generate_history

    rng = random.Random(20260501)
    conn = db.connect(path)
    conn.execute("BEGIN")
    inbox_ids = _static(conn, rng)
    generate_history(conn, rng, inbox_ids, ANCHOR)
    generate_csat(conn, rng, ANCHOR)
    db.insert(conn, "meta", {"key": "seeded_anchor", "value": str(ANCHOR)})
    conn.execute("COMMIT")
    conn.close()
    write_seed_files(files_dir(path))


def template_path() -> Path:
    """The seeded template for this code version, built on first use (atomic rename, safe across processes)."""
    path = Path(tempfile.gettempdir()) / f"souqdesk-sandbox-template-{_source_hash()}.sqlite3"
    if path.exists() and files_dir(path).exists():
        return path
    work = path.with_name(f"{path.stem}.{os.getpid()}.building.sqlite3")
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(files_dir(work), ignore_errors=True)
    build(work)
    if not files_dir(path).exists():
        try:  # a folder appears complete or not at all (another process may be building too)
            os.replace(files_dir(work), files_dir(path))
        except OSError:
            pass
    os.replace(work, path)
    shutil.rmtree(files_dir(work), ignore_errors=True)
    return path


def create_database(path: Path, *, reset: bool = False) -> None:
    """Make sure a seeded database exists at `path` (copy of the template, times shifted to now)."""
    if reset:
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
        shutil.rmtree(files_dir(path), ignore_errors=True)
    if path.exists():
        return
    template = template_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".creating")
    shutil.copyfile(template, tmp)
    shutil.copytree(files_dir(template), files_dir(path), dirs_exist_ok=True)
    conn = sqlite3.connect(str(tmp), isolation_level=None)
    conn.execute("BEGIN")
    db.shift_times(conn, time.time() - ANCHOR)
    conn.execute("COMMIT")
    conn.close()
    os.replace(tmp, path)
