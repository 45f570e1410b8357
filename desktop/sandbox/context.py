"""Per-request context for /api routes: authenticates the caller, resolves the account and role (contract
§2.3), parses parameters, applies inbox permissions, and renders the route's return value as JSON with the
devise headers echoed back."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from desktop.sandbox import db
from desktop.sandbox.auth import authenticate
from desktop.sandbox.files import UploadedFile
from desktop.sandbox.http import ApiError, as_int, forbidden, not_found, params
from desktop.sandbox.state import Sandbox


@dataclass
class Ctx:
    sb: Sandbox
    request: Request
    user: sqlite3.Row
    params: dict[str, Any]
    files: list[UploadedFile] = field(default_factory=list)
    account_id: int = 0
    role: str | None = None

    @property
    def user_id(self) -> int:
        return int(self.user["id"])

    @property
    def conn(self) -> sqlite3.Connection:
        return self.sb.conn

    @property
    def is_admin(self) -> bool:
        return self.role == "administrator"

    def require_admin(self) -> None:
        if not self.is_admin:
            raise forbidden()

    def inbox_ids(self) -> list[int]:
        """Inboxes the caller can see: all of the account for admins, memberships for agents."""
        if self.is_admin:
            rows = db.all_rows(self.conn, "SELECT id FROM inboxes WHERE account_id=?", (self.account_id,))
        else:
            rows = db.all_rows(self.conn, "SELECT i.id FROM inboxes i JOIN inbox_members m ON m.inbox_id = i.id"
                                          " WHERE i.account_id=? AND m.user_id=?", (self.account_id, self.user_id))
        return [int(r["id"]) for r in rows]

    def can_see(self, conv: sqlite3.Row) -> bool:
        if self.is_admin or conv["inbox_id"] in self.inbox_ids():
            return True
        return bool(conv["team_id"]) and db.one(
            self.conn, "SELECT 1 FROM team_members WHERE team_id=? AND user_id=?",
            (conv["team_id"], self.user_id)) is not None

    def conversation(self, display_id: Any) -> sqlite3.Row:
        """The conversation by display id; 404 when unknown, 401 `error` when not permitted."""
        did = as_int(display_id)
        row = db.one(self.conn, "SELECT * FROM conversations WHERE account_id=? AND display_id=?",
                     (self.account_id, did)) if did is not None else None
        if row is None:
            raise not_found()
        if not self.can_see(row):
            raise forbidden()
        return row

    def reload(self, conv: sqlite3.Row) -> sqlite3.Row:
        row = db.one(self.conn, "SELECT * FROM conversations WHERE id=?", (conv["id"],))
        assert row is not None
        return row


Handler = Callable[[Ctx], Awaitable[Any]]


class Raw:
    """Wraps a value to be rendered as JSON even when it is None (assignments return the literal `null`)."""

    def __init__(self, value: Any) -> None:
        self.value = value


def endpoint(handler: Handler, *, account: bool = True) -> Callable[[Request], Awaitable[Response]]:
    async def run(request: Request) -> Response:
        sb: Sandbox = request.app.state.sandbox
        user, echo = authenticate(sb, request)
        body, files = await params(request)
        ctx = Ctx(sb, request, user, body, files)
        if account:
            aid = as_int(request.path_params.get("aid"))
            if aid is None or db.one(sb.conn, "SELECT 1 FROM accounts WHERE id=?", (aid,)) is None:
                raise not_found()
            au = sb.account_user(aid, ctx.user_id)
            if au is None:
                raise ApiError(401, {"error": "You are not authorized to access this account"})
            ctx.account_id, ctx.role = aid, str(au["role"])
        result = await handler(ctx)
        if isinstance(result, Response):
            response = result
        elif isinstance(result, Raw):
            response = JSONResponse(result.value)
        elif result is None:
            response = Response(b"", status_code=200)
        else:
            response = JSONResponse(result)
        for key, value in echo.items():
            response.headers[key] = value
        return response

    return run
