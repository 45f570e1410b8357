"""`python -m desktop reports`: a workspace's KPIs with the previous period and the per-agent table, from a
terminal; optionally the conversation-level export.

    reports --server URL (--token T | --email E --password P) --workspace ID --since YYYY-MM-DD
            --until YYYY-MM-DD [--json] [--export FILE.csv|FILE.xlsx [--no-message-counts]]
            [--timezone Africa/Cairo] [--business-hours] [--insecure]

The days are whole days in `--timezone` (default: this computer's), both included; the previous period has
the same length and ends where this one starts. `--json` prints exactly
`{"workspace", "since", "until", "kpis": {name: {"value", "previous"}}, "agents": [{"id", "name",
"conversations", "resolved", "avg_first_response", "avg_resolution"}]}` with durations in seconds (null when
there was nothing to average). Exit status: 0 done, 2 bad input, 3 server unreachable, 6 credentials refused,
10 the user may not see reports, 1 any other server failure; always one plain sentence on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any, NoReturn

from desktop.cli.reports_output import kpis_json, print_report
from desktop.domain import errors

PROG = "python -m desktop reports"
EXIT_USAGE, EXIT_UNREACHABLE, EXIT_AUTH, EXIT_DENIED, EXIT_OTHER = 2, 3, 6, 10, 1


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Team-lead reports of a Chatwoot workspace.")
    p.add_argument("--server", required=True, metavar="URL")
    p.add_argument("--token", metavar="T", help="a personal access token")
    p.add_argument("--email", metavar="E")
    p.add_argument("--password", metavar="P")
    p.add_argument("--workspace", required=True, type=int, metavar="ID")
    p.add_argument("--since", required=True, metavar="YYYY-MM-DD", help="first day (included)")
    p.add_argument("--until", required=True, metavar="YYYY-MM-DD", help="last day (included)")
    p.add_argument("--timezone", metavar="NAME", help="IANA time zone of the days (default: this computer's)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--export", type=Path, metavar="FILE", help="also write the conversation-level export (.csv/.xlsx)")
    p.add_argument("--no-message-counts", action="store_true",
                   help="leave the export's message counts empty (no request per conversation: much faster)")
    p.add_argument("--business-hours", action="store_true", help="averages within business hours")
    p.add_argument("--insecure", action="store_true", help="do not verify the TLS certificate")
    return p


def _day(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{name} must be a date like 2026-12-01, not {text!r}") from None


def _zone(name: str | None) -> tzinfo:
    if name is None:
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"unknown time zone {name!r} (use a name like Africa/Cairo)") from None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parser().parse_args(args_list)
        if args.token is None and (args.email is None or args.password is None):
            raise UsageError("give --token, or --email and --password")
        if args.token is not None and (args.email is not None or args.password is not None):
            raise UsageError("give either --token or --email/--password, not both")
        if args.export is not None and args.export.suffix.lower() not in (".csv", ".xlsx"):
            raise UsageError("--export must name a .csv or .xlsx file")
        if args.export is not None and not args.export.expanduser().resolve().parent.is_dir():
            raise UsageError(f"the folder of {args.export} does not exist")
        tz = _zone(args.timezone)
        first, last = _day(args.since, "--since"), _day(args.until, "--until")
        from desktop.services.reports import BadPeriod, Preset, period_for

        try:
            period = period_for(Preset.CUSTOM, datetime.now(tz), custom=(first, last))
        except BadPeriod as exc:
            raise UsageError(str(exc)) from None
    except UsageError as exc:
        return _fail(f"{exc}", EXIT_USAGE)
    try:
        return asyncio.run(_run(args, period, tz))
    except KeyboardInterrupt:
        return 130


def _fail(message: str, code: int) -> int:
    print(f"reports: {' '.join(message.split())}", file=sys.stderr)
    return code


async def _run(args: argparse.Namespace, period: Any, tz: tzinfo) -> int:
    from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
    from desktop.services.reports import ReportsService
    from desktop.services.reports_export import ConversationExport, ExportFilters

    try:
        client = ChatwootClient(args.server, verify=not args.insecure)
    except errors.AppError as exc:
        return _fail(f"wrong server address: {exc.user_message}", EXIT_USAGE)
    try:
        if args.token is not None:
            client.set_auth(TokenAuth(args.token))
        else:
            await client.sign_in(args.email, args.password)
        service = ReportsService(client, args.workspace)
        from desktop.domain.reports import EntityKind

        summary = await service.pacer.paced(lambda: service.api.summary(
            args.workspace, period.since, period.until, business_hours=args.business_hours))
        await service.lookups.refresh()
        prev = period.previous()
        agents, csat, csat_prev = await asyncio.gather(
            service.table(EntityKind.AGENT, period, args.business_hours),
            service.api.csat_metrics(args.workspace, period.since, period.until),
            service.api.csat_metrics(args.workspace, prev.since, prev.until))
        result = kpis_json(args.workspace, args.since, args.until, summary, csat, csat_prev, agents)
        print_report(result, as_json=args.json)
        if args.export is not None:
            name = next((w.name for w in (await client.profile()).workspaces if w.id == args.workspace), "")
            export = ConversationExport(client, args.workspace, service.lookups, tz=tz, workspace_name=name)
            rows = await export.run(args.export, period, ExportFilters(), progress=_progress,
                                    message_counts=not args.no_message_counts)
            print(f"\rwrote {rows} conversations to {args.export}", file=sys.stderr)
        return 0
    except errors.MfaRequired:
        return _fail("this account uses two-factor sign-in: use --token with a personal access token", EXIT_AUTH)
    except (errors.InvalidCredentials, errors.SessionExpired) as exc:
        return _fail(f"the server refused the credentials: {exc.user_message}", EXIT_AUTH)
    except errors.NotAMember:
        return _fail(f"you are not a member of workspace {args.workspace}.", EXIT_DENIED)
    except errors.PermissionDenied:
        return _fail(f"you may not see the reports of workspace {args.workspace}: reports are for administrators "
                     "(or roles with report access).", EXIT_DENIED)
    except errors.Unreachable as exc:
        return _fail(f"cannot reach {args.server}: {exc.user_message}", EXIT_UNREACHABLE)
    except errors.NotFound:
        return _fail(f"workspace {args.workspace} was not found on this server.", EXIT_USAGE)
    except OSError as exc:
        return _fail(f"could not write {args.export}: {exc.strerror or exc}", EXIT_OTHER)
    except errors.AppError as exc:
        return _fail(exc.user_message + (f" ({exc.detail})" if exc.detail else ""), EXIT_OTHER)
    finally:
        if args.token is None and client.auth is not None:
            with contextlib.suppress(errors.AppError):
                await client.sign_out()
        await client.aclose()


def _progress(done: int, total: int | None) -> None:
    print(f"\rexporting {done}/{total or '?'} conversations", end="", file=sys.stderr, flush=True)
