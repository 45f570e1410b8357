"""Shared parts of the fault-injection tests: the headless agent run as a child process (so a kill is a real
SIGKILL), and questions asked of the sandbox's own SQLite database (the truth about what was delivered)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MONA_TOKEN = "sbx-mona-token-0001"


def agent(url: str, store: Path, *args: str, token: str = MONA_TOKEN) -> subprocess.Popen[str]:
    """Start the headless agent (tests/faults/agent.py) in its own process."""
    env = {**os.environ, "SOUQDESK_HOME": str(store.parent / "home"), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "tests.faults.agent", "--url", url, "--token", token,
                             "--store", str(store), *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(process: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def read_only(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    conn.row_factory = sqlite3.Row
    return conn


def copies(db_path: Path, contents: list[str]) -> dict[str, int]:
    """How many messages the server holds with each of these texts."""
    with closing(read_only(db_path)) as conn:
        found = {text: 0 for text in contents}
        for row in conn.execute("SELECT content, count(*) AS n FROM messages WHERE content IN (SELECT value FROM"
                                " json_each(?)) GROUP BY content", (json.dumps(contents),)):
            found[row["content"]] = row["n"]
        return found


def open_conversations(db_path: Path, count: int, account_id: int = 1) -> list[int]:
    """Display ids of open web-widget conversations of a workspace (no reply window can refuse a reply)."""
    with closing(read_only(db_path)) as conn:
        rows = conn.execute(
            "SELECT c.display_id FROM conversations c JOIN inboxes i ON i.id = c.inbox_id WHERE c.account_id=?"
            " AND i.channel_type='Channel::WebWidget' AND c.status='open' ORDER BY c.display_id LIMIT ?",
            (account_id, count)).fetchall()
    return [int(r["display_id"]) for r in rows]


def messages_of(db_path: Path, account_id: int, display_id: int, after_id: int = 0) -> list[dict[str, Any]]:
    """The public messages of a conversation after a message id, as the server stores them."""
    with closing(read_only(db_path)) as conn:
        rows = conn.execute(
            "SELECT m.id, m.content, m.message_type FROM messages m JOIN conversations c ON c.id = m.conversation_id"
            " WHERE c.account_id=? AND c.display_id=? AND m.id > ? AND m.message_type IN (0, 1)"
            " ORDER BY m.id", (account_id, display_id, after_id)).fetchall()
    return [dict(r) for r in rows]
