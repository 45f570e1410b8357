"""The checks behind `python -m desktop doctor`: one async pass that fills a `Report`.

In order: the server answers (reachability, TLS) and is a Chatwoot server (`GET /api`, its version); the
credentials work (access token → `/profile`, or email/password sign-in with an optional OTP); every workspace
of the user with role, availability and open-conversation counts (`/conversations/meta`); and the realtime
subscription of every workspace is confirmed over `/cable`. The first failure stops the pass and is recorded
as one plain line (`Report.error`) with an exit code (`Failure`). Secrets are never put in the report.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
from dataclasses import dataclass, field

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.domain import errors
from desktop.domain.events import ConnectionChanged, ConnectionState, Event, SubscriptionFailed
from desktop.domain.models import (
    AssigneeFilter,
    ConversationCounts,
    ConversationQuery,
    ConversationStatus,
    User,
    Workspace,
)

#: websocket connection attempts that may fail in a row before the realtime check gives up
REALTIME_ATTEMPTS = 3


class Failure(enum.IntEnum):
    """Exit codes of `doctor` (2 is argparse's usage error)."""

    UNREACHABLE = 3
    TLS = 4
    NOT_CHATWOOT = 5
    AUTH = 6
    MFA_REQUIRED = 7
    NO_WORKSPACE = 8
    REALTIME = 9
    OTHER = 10


@dataclass(frozen=True, slots=True)
class Options:
    server: str
    token: str | None = None
    email: str | None = None
    password: str | None = None
    otp: str | None = None
    insecure: bool = False
    timeout: float = 15.0
    realtime_timeout: float = 10.0


@dataclass(slots=True)
class WorkspaceReport:
    workspace: Workspace
    counts: ConversationCounts | None = None
    realtime: str | None = None  # None = not checked yet, "" = confirmed, else the reason it failed


@dataclass(slots=True)
class Report:
    url: str
    version: str | None = None
    transport: str | None = (
        None  # "TLS verified", "TLS certificate NOT verified: --insecure", "plain HTTP, …"
    )
    user: User | None = None
    workspaces: list[WorkspaceReport] = field(default_factory=list)
    error: str | None = None
    code: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None

    def fail(self, code: Failure, line: str) -> Report:
        self.code, self.error = int(code), " ".join(line.split())  # always one plain line
        return self


def _reason(exc: errors.AppError) -> str:
    return exc.user_message if not exc.detail else f"{exc.user_message} ({exc.detail})"


async def run_checks(options: Options) -> Report:
    report = Report(url=options.server.rstrip("/"))
    try:
        client = ChatwootClient(options.server, verify=not options.insecure, timeout=options.timeout)
    except errors.AppError as exc:
        return report.fail(Failure.UNREACHABLE, f"Wrong server address: {_reason(exc)}")
    except ValueError as exc:
        return report.fail(Failure.UNREACHABLE, f"Wrong server address: {exc}")
    report.url = str(client.base_url).rstrip("/")
    try:
        if await _check_server(client, options, report) and await _check_auth(client, options, report):
            await _check_workspaces(client, report)
            if report.ok:
                await _check_realtime(report.url, options, report)
    finally:
        if options.token is None and client.auth is not None:
            with contextlib.suppress(errors.AppError):
                await client.sign_out()  # leave no device session behind (the server keeps at most 25)
        await client.aclose()
    return report


async def _check_server(client: ChatwootClient, options: Options, report: Report) -> bool:
    try:
        info = await client.server_info()
    except errors.TlsError as exc:
        hint = "" if options.insecure else "; use --insecure only if you trust this network"
        report.fail(Failure.TLS, f"TLS error talking to {report.url}: {_reason(exc)}{hint}")
        return False
    except errors.Unreachable as exc:
        report.fail(
            Failure.UNREACHABLE, f"Cannot reach {report.url} (wrong URL or server down): {_reason(exc)}"
        )
        return False
    except (errors.NotChatwoot, errors.MalformedResponse, errors.NotFound) as exc:
        report.fail(
            Failure.NOT_CHATWOOT, f"{report.url} is not a Chatwoot server: GET /api gave {_reason(exc)}"
        )
        return False
    except errors.AppError as exc:
        report.fail(
            Failure.NOT_CHATWOOT, f"{report.url} did not answer GET /api as Chatwoot does: {_reason(exc)}"
        )
        return False
    report.version = info.version
    if not report.url.lower().startswith("https:"):
        report.transport = "plain HTTP, not encrypted"
    else:
        report.transport = "TLS certificate NOT verified: --insecure" if options.insecure else "TLS verified"
    return True


async def _check_auth(client: ChatwootClient, options: Options, report: Report) -> bool:
    try:
        if options.token is not None:
            client.set_auth(TokenAuth(options.token))
            report.user = await client.profile()
        else:
            assert options.email is not None and options.password is not None
            try:
                result = await client.sign_in(options.email, options.password)
            except errors.MfaRequired as mfa:
                if not options.otp:
                    report.fail(
                        Failure.MFA_REQUIRED,
                        "Two-factor authentication is required: run again with --otp CODE",
                    )
                    return False
                result = await client.verify_mfa(mfa.mfa_token, otp_code=options.otp)
            client.set_auth(result.auth)
            report.user = result.user
    except errors.MfaCodeInvalid as exc:
        report.fail(Failure.AUTH, f"The --otp code was refused: {_reason(exc)}")
        return False
    except (errors.InvalidCredentials, errors.SessionExpired) as exc:
        what = "access token" if options.token is not None else "email or password"
        report.fail(
            Failure.AUTH, f"Authentication failed: the {what} was refused ({exc.detail or exc.user_message})"
        )
        return False
    except errors.AppError as exc:
        report.fail(Failure.OTHER, f"Signing in failed: {_reason(exc)}")
        return False
    return True


async def _check_workspaces(client: ChatwootClient, report: Report) -> None:
    assert report.user is not None
    if not report.user.workspaces:
        report.fail(Failure.NO_WORKSPACE, f"{report.user.email} is not a member of any workspace")
        return
    query = ConversationQuery(assignee=AssigneeFilter.ALL, status=ConversationStatus.OPEN)
    for workspace in report.user.workspaces:
        entry = WorkspaceReport(workspace)
        report.workspaces.append(entry)
        try:
            entry.counts = await client.conversation_counts(workspace.id, query)
        except errors.AppError as exc:
            report.fail(
                Failure.OTHER, f"Workspace {workspace.id}: cannot read conversation counts: {_reason(exc)}"
            )
            return


async def _check_realtime(url: str, options: Options, report: Report) -> None:
    """Subscribe every workspace over one websocket and wait for each confirm (or failure)."""
    assert report.user is not None
    pending = {entry.workspace.id: entry for entry in report.workspaces}
    settled = asyncio.Event()

    def on_event(event: Event) -> None:
        entry = pending.get(event.account_id)
        if entry is None or entry.realtime is not None:
            return
        if isinstance(event, ConnectionChanged) and event.state is ConnectionState.CONNECTED:
            entry.realtime = ""
        elif isinstance(event, SubscriptionFailed):
            entry.realtime = event.reason
        if all(e.realtime is not None for e in pending.values()):
            settled.set()

    realtime = RealtimeClient(
        url,
        pubsub_token=report.user.pubsub_token,
        user_id=report.user.id,
        account_ids=list(pending),
        on_event=on_event,
        verify=not options.insecure,
        backoff=(0.5, 2.0),
        confirm_timeout=min(5.0, options.realtime_timeout),
        open_timeout=options.realtime_timeout,
    )
    await realtime.start()
    try:
        async with asyncio.timeout(options.realtime_timeout):
            # settled, or the websocket itself keeps failing (refused, TLS, …): no need to wait longer
            while not settled.is_set() and realtime.connect_failures < REALTIME_ATTEMPTS:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(settled.wait(), 0.1)
    except TimeoutError:
        pass
    finally:
        await realtime.stop()
    for entry in pending.values():
        if entry.realtime is None:
            entry.realtime = realtime.last_error or "no answer from /cable"
    failed = [e for e in report.workspaces if e.realtime]
    if failed:
        ids = ", ".join(str(e.workspace.id) for e in failed)
        report.fail(Failure.REALTIME, f"Realtime refused for workspace {ids}: {failed[0].realtime}")
