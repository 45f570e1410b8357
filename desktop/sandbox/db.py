"""SQLite schema and small query helpers of the sandbox server.

The sandbox keeps everything in one SQLite file (plus an attachments folder beside it). Times are stored as
epoch seconds (REAL); JSON columns are stored as text and decoded by the serializers. The `contacts` table
(`id, account_id, name, phone_number, email, ...`) is also read by the fulfilment endpoint.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS accounts (id INTEGER PRIMARY KEY, name TEXT, status TEXT, locale TEXT);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, name TEXT, display_name TEXT, email TEXT UNIQUE, password TEXT,
    access_token TEXT UNIQUE, pubsub_token TEXT UNIQUE, mfa_secret TEXT, backup_codes TEXT,
    ui_settings TEXT, custom_attributes TEXT, message_signature TEXT, avatar_url TEXT,
    active_account_id INTEGER, created_at REAL);
CREATE TABLE IF NOT EXISTS account_users (
    account_id INTEGER, user_id INTEGER, role TEXT, availability TEXT, auto_offline INTEGER,
    active_at REAL, PRIMARY KEY (account_id, user_id));
CREATE TABLE IF NOT EXISTS sessions (
    access_token TEXT, client TEXT, user_id INTEGER, expiry INTEGER, PRIMARY KEY (client, user_id));
CREATE TABLE IF NOT EXISTS mfa_tokens (token TEXT PRIMARY KEY, user_id INTEGER, expires REAL);
CREATE TABLE IF NOT EXISTS inboxes (
    id INTEGER PRIMARY KEY, account_id INTEGER, name TEXT, channel_type TEXT, channel_id INTEGER,
    phone_number TEXT, provider TEXT, extra TEXT, created_at REAL);
CREATE TABLE IF NOT EXISTS inbox_members (inbox_id INTEGER, user_id INTEGER, PRIMARY KEY (inbox_id, user_id));
CREATE TABLE IF NOT EXISTS teams (
    id INTEGER PRIMARY KEY, account_id INTEGER, name TEXT, description TEXT, allow_auto_assign INTEGER,
    created_at REAL, updated_at REAL);
CREATE TABLE IF NOT EXISTS team_members (team_id INTEGER, user_id INTEGER, PRIMARY KEY (team_id, user_id));
CREATE TABLE IF NOT EXISTS labels (
    id INTEGER PRIMARY KEY, account_id INTEGER, title TEXT, description TEXT, color TEXT,
    show_on_sidebar INTEGER);
CREATE TABLE IF NOT EXISTS canned_responses (
    id INTEGER PRIMARY KEY, account_id INTEGER, short_code TEXT, content TEXT, created_at REAL,
    updated_at REAL);
CREATE TABLE IF NOT EXISTS contacts (
    id INTEGER PRIMARY KEY, account_id INTEGER, name TEXT, phone_number TEXT, email TEXT,
    identifier TEXT, additional_attributes TEXT, custom_attributes TEXT, blocked INTEGER,
    thumbnail TEXT, last_activity_at REAL, created_at REAL, labels TEXT);
CREATE INDEX IF NOT EXISTS contacts_account ON contacts (account_id);
CREATE TABLE IF NOT EXISTS contact_inboxes (
    id INTEGER PRIMARY KEY, contact_id INTEGER, inbox_id INTEGER, source_id TEXT, pubsub_token TEXT,
    hmac_verified INTEGER, created_at REAL, updated_at REAL);
CREATE TABLE IF NOT EXISTS conversations (
    id INTEGER PRIMARY KEY, account_id INTEGER, display_id INTEGER, uuid TEXT, inbox_id INTEGER,
    contact_id INTEGER, contact_inbox_id INTEGER, assignee_id INTEGER, team_id INTEGER, status TEXT,
    priority TEXT, snoozed_until REAL, labels TEXT, additional_attributes TEXT, custom_attributes TEXT,
    agent_last_seen_at REAL, assignee_last_seen_at REAL, contact_last_seen_at REAL,
    first_reply_created_at REAL, waiting_since REAL, last_activity_at REAL, created_at REAL,
    updated_at REAL, UNIQUE (account_id, display_id));
CREATE INDEX IF NOT EXISTS conversations_account ON conversations (account_id, last_activity_at);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY, account_id INTEGER, inbox_id INTEGER, conversation_id INTEGER,
    message_type INTEGER, content_type TEXT, status TEXT, private INTEGER, content TEXT,
    content_attributes TEXT, sender_type TEXT, sender_id INTEGER, source_id TEXT,
    additional_attributes TEXT, created_at REAL, updated_at REAL);
CREATE INDEX IF NOT EXISTS messages_conversation ON messages (conversation_id, id);
CREATE INDEX IF NOT EXISTS messages_reports ON messages (
    account_id, created_at, message_type, private, conversation_id, sender_type, content_type);
CREATE TABLE IF NOT EXISTS attachments (
    id INTEGER PRIMARY KEY, message_id INTEGER, account_id INTEGER, file_type TEXT, extension TEXT,
    filename TEXT, mime TEXT, file_size INTEGER, width INTEGER, height INTEGER, stored_name TEXT);
CREATE INDEX IF NOT EXISTS attachments_message ON attachments (message_id);
CREATE TABLE IF NOT EXISTS notifications (
    id INTEGER PRIMARY KEY, account_id INTEGER, user_id INTEGER, notification_type TEXT,
    primary_actor_type TEXT, primary_actor_id INTEGER, secondary_actor_id INTEGER, read_at REAL,
    created_at REAL);
CREATE TABLE IF NOT EXISTS csat_survey_responses (
    id INTEGER PRIMARY KEY, account_id INTEGER, conversation_id INTEGER, message_id INTEGER,
    contact_id INTEGER, assigned_agent_id INTEGER, rating INTEGER, feedback_message TEXT, created_at REAL);
CREATE INDEX IF NOT EXISTS csat_account ON csat_survey_responses (account_id, created_at);
"""

# Columns holding epoch times: shifted together when a seeded template is copied (see seed.py).
TIME_COLUMNS: dict[str, tuple[str, ...]] = {
    "users": ("created_at",),
    "account_users": ("active_at",),
    "inboxes": ("created_at",),
    "teams": ("created_at", "updated_at"),
    "canned_responses": ("created_at", "updated_at"),
    "contacts": ("last_activity_at", "created_at"),
    "contact_inboxes": ("created_at", "updated_at"),
    "conversations": (
        "snoozed_until", "agent_last_seen_at", "assignee_last_seen_at", "contact_last_seen_at",
        "first_reply_created_at", "waiting_since", "last_activity_at", "created_at", "updated_at",
    ),
    "messages": ("created_at", "updated_at"),
    "csat_survey_responses": ("created_at",),
}


def connect(path: Path) -> sqlite3.Connection:
    """Open the sandbox database (creating the schema); rows come back as `sqlite3.Row`."""
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    _migrate(conn)
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring databases made by earlier sandbox versions up to the current columns."""
    columns = {row["name"] for row in conn.execute("PRAGMA table_info(contacts)")}
    if "labels" not in columns:
        conn.execute("ALTER TABLE contacts ADD COLUMN labels TEXT")


def loads(text: str | None, default: Any = None) -> Any:
    """Decode a JSON column (None/empty gives `default`)."""
    if not text:
        return {} if default is None else default
    return json.loads(text)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def one(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
    return conn.execute(sql, tuple(params)).fetchone()


def all_rows(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
    return conn.execute(sql, tuple(params)).fetchall()


def insert(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    """Insert one row and return its id."""
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cur = conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))
    return int(cur.lastrowid or 0)


def update(conn: sqlite3.Connection, table: str, row_id: int, values: dict[str, Any]) -> None:
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), row_id))


def shift_times(conn: sqlite3.Connection, delta: float) -> None:
    """Move every stored time by `delta` seconds (nulls stay null)."""
    for table, cols in TIME_COLUMNS.items():
        sets = ", ".join(f"{c} = {c} + ?" for c in cols)
        conn.execute(f"UPDATE {table} SET {sets}", tuple(delta for _ in cols))
