"""The sandbox's running state: database connection, configuration, live presence, the cable hub and the
fault switches. One instance per server; every route reads it from `request.app.state.sandbox`."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from desktop.sandbox import clock, db
from desktop.sandbox.faults import Faults
from desktop.sandbox.files import files_dir


class Hub(Protocol):
    """What routes and mutations ask of the cable hub (`desktop.sandbox.cable.Hub`); a protocol here so
    the state does not import the modules that import it."""

    def to_users(self, user_ids: set[int], event: str, data: dict[str, Any]) -> None: ...

    def to_account(self, account_id: int, event: str, data: dict[str, Any]) -> None: ...

    def drop_all(self) -> None: ...

    def presence_data(self, account_id: int) -> dict[str, Any]: ...


class Simulator(Protocol):
    """The running customer simulator (`desktop.sandbox.simulator.Simulator`), as the control routes
    use it."""

    sent: int

    async def stop(self) -> None: ...

    def describe(self) -> dict[str, object]: ...


@dataclass
class Config:
    ping_interval: float = 3.0
    presence_ttl: float = 20.0
    flood_limit: int = 200  # messages per minute per conversation
    receipt_delays: tuple[float, float] = (1.5, 4.0)  # seconds until delivered / read on WhatsApp
    snooze_check_interval: float = 30.0  # how often snoozed conversations whose time has come reopen


@dataclass
class Sandbox:
    conn: sqlite3.Connection
    db_path: Path
    config: Config
    presence: dict[tuple[int, int], float] = field(default_factory=dict)  # (account, user) -> expiry
    hub: Hub | None = None
    faults: Faults | None = None
    simulator: Simulator | None = None
    base_url: str = ""  # set when the server knows its address; else taken from each request
    closed: bool = False

    @property
    def files(self) -> Path:
        return files_dir(self.db_path)

    def touch_presence(self, account_id: int, user_id: int) -> None:
        self.presence[(account_id, user_id)] = time.monotonic() + self.config.presence_ttl

    def is_present(self, account_id: int, user_id: int) -> bool:
        return self.presence.get((account_id, user_id), 0.0) > time.monotonic()

    def account_user(self, account_id: int, user_id: int) -> sqlite3.Row | None:
        return db.one(self.conn, "SELECT * FROM account_users WHERE account_id=? AND user_id=?",
                      (account_id, user_id))

    def availability_status(self, account_id: int, user_id: int) -> str:
        """The effective status: the chosen availability, or offline for an absent auto_offline user."""
        au = self.account_user(account_id, user_id)
        if au is None:
            return "offline"
        if au["auto_offline"] and not self.is_present(account_id, user_id):
            return "offline"
        return str(au["availability"])

    def available_users(self, account_id: int) -> dict[str, str]:
        """presence.update `users`: present users plus every user with auto_offline off (string keys)."""
        out: dict[str, str] = {}
        for au in db.all_rows(self.conn, "SELECT * FROM account_users WHERE account_id=? ORDER BY user_id",
                              (account_id,)):
            if not au["auto_offline"] or self.is_present(account_id, au["user_id"]):
                out[str(au["user_id"])] = str(au["availability"])
        return out


def now() -> float:
    return clock.now()


def iso(value: float | None) -> str | None:
    """ISO-8601 in UTC with milliseconds, as Rails renders it ("2025-12-15T06:00:00.000Z")."""
    if value is None:
        return None
    moment = datetime.fromtimestamp(value, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def epoch(value: float | None) -> int:
    """Epoch seconds as an int; null becomes 0 (Ruby's nil.to_i)."""
    return int(value) if value else 0


def jrow(row: sqlite3.Row, key: str, default: Any = None) -> Any:
    return db.loads(row[key], default)
