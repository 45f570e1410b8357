"""`python -m desktop doctor`: check that a Chatwoot server, an account and realtime work, for IT and agents.

    doctor --server URL (--token T | --email E --password P [--otp CODE]) [--json] [--insecure]

Checks reachability and TLS, the server version (`GET /api`), authentication, every workspace (role,
availability, open-conversation counts) and the realtime subscription of each workspace. Exit code 0 when
everything passes; otherwise a non-zero code (see `doctor_checks.Failure`) and one plain line naming the cause
(on stderr, or as `"error"` in the `--json` object). Secrets are never printed. Plain asyncio, no Qt.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:  # the checks (httpx, websockets) are imported only once the command line is valid
    from desktop.cli.doctor_checks import Options, Report

PROG = "python -m desktop doctor"


class UsageError(Exception):
    """A bad command line (argparse would print usage and exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Check a Chatwoot server, an account and realtime.")
    parser.add_argument(
        "--server", required=True, metavar="URL", help="the Chatwoot address, e.g. https://chat.example.com"
    )
    parser.add_argument(
        "--token", metavar="T", help="a personal access token (Profile settings → Access token)"
    )
    parser.add_argument("--email", metavar="E")
    parser.add_argument("--password", metavar="P")
    parser.add_argument("--otp", metavar="CODE", help="the two-factor code, when the account uses MFA")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a checklist")
    parser.add_argument("--insecure", action="store_true", help="do not verify the TLS certificate")
    parser.add_argument(
        "--timeout", type=float, default=15.0, metavar="SECONDS", help="per request (default 15)"
    )
    return parser


def _options(argv: list[str]) -> tuple[Options, bool]:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.token is None and (args.email is None or args.password is None):
        parser.error("give --token, or --email and --password")
    if args.token is not None and (args.email is not None or args.password is not None):
        parser.error("give either --token or --email/--password, not both")
    from desktop.cli.doctor_checks import Options

    return Options(
        server=args.server.strip(),
        token=args.token,
        email=args.email,
        password=args.password,
        otp=args.otp,
        insecure=args.insecure,
        timeout=args.timeout,
        realtime_timeout=max(5.0, min(args.timeout, 15.0)),
    ), args.json


def to_json(report: Report) -> dict[str, Any]:
    user = report.user
    result: dict[str, Any] = {
        "ok": report.ok,
        "server": {"url": report.url, "version": report.version},
        "user": None if user is None else {"id": user.id, "name": user.name, "email": user.email},
        "workspaces": [
            {
                "id": entry.workspace.id,
                "name": entry.workspace.name,
                "role": str(entry.workspace.role),
                "availability": str(entry.workspace.availability),
                "counts": None
                if entry.counts is None
                else {
                    "mine": entry.counts.mine,
                    "unassigned": entry.counts.unassigned,
                    "assigned": entry.counts.assigned,
                    "all": entry.counts.all,
                },
                "realtime": None if entry.realtime is None else ("ok" if entry.realtime == "" else "failed"),
            }
            for entry in report.workspaces
        ],
    }
    if report.error is not None:
        result["error"] = report.error
    return result


def checklist(report: Report) -> list[str]:
    """The human-readable checklist of what passed (the failure line is printed apart)."""
    lines = [f"SouqDesk doctor: {report.url}"]
    if report.transport is None:
        return lines
    lines.append(f"  ✓ server reachable ({report.transport})")
    lines.append(f"  ✓ Chatwoot server, version {report.version or 'unknown'}")
    if report.user is None:
        return lines
    user = report.user
    lines.append(f"  ✓ signed in as {user.name} <{user.email}> (user {user.id})")
    if report.workspaces:
        lines.append(f"  ✓ {len(report.workspaces)} workspace(s):")
    for entry in report.workspaces:
        ws = entry.workspace
        lines.append(f"    • {ws.name} (#{ws.id}): {ws.role}, {ws.availability}")
        if entry.counts is not None:
            c = entry.counts
            lines.append(
                f"        open conversations: mine {c.mine}, unassigned {c.unassigned}, "
                f"assigned {c.assigned}, all {c.all}"
            )
        if entry.realtime is not None:
            lines.append(
                "        realtime: " + ("✓ subscription confirmed" if entry.realtime == "" else "✗ failed")
            )
    if report.ok:
        lines.append("  ✓ everything works")
    return lines


def _write(stream: Any, text: str) -> None:
    """Write text even on a console that cannot encode Arabic (it is then escaped, never a crash)."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
    stream.flush()


def _emit_json(data: dict[str, Any]) -> None:
    """Exactly one JSON object on stdout, UTF-8 whatever the console encoding (Arabic stays readable)."""
    text = json.dumps(data, ensure_ascii=False) + "\n"
    if hasattr(sys.stdout, "buffer"):
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        _write(sys.stdout, text)


def main(argv: list[str]) -> int:
    try:
        options, as_json = _options(argv)
    except UsageError as exc:
        if "--json" in argv:
            server = {"url": "", "version": None}
            _emit_json(
                {"ok": False, "server": server, "user": None, "workspaces": [], "error": f"usage: {exc}"}
            )
        else:
            _parser().print_usage(sys.stderr)
            _write(sys.stderr, f"{PROG}: error: {exc}\n")
        return 2
    from desktop.api.network import NetworkConfigError
    from desktop.cli.doctor_checks import run_checks
    from desktop.cli.managed import apply_managed_settings

    try:
        apply_managed_settings()  # the proxy and CA certificates the app would use
    except NetworkConfigError as exc:
        if as_json:
            _emit_json({"ok": False, "server": {"url": "", "version": None}, "user": None, "workspaces": [],
                        "error": exc.user_message})
        else:
            _write(sys.stderr, f"doctor: {exc.user_message}\n")
        return 2
    try:
        report = asyncio.run(run_checks(options))
    except KeyboardInterrupt:
        return 130
    if as_json:
        _emit_json(to_json(report))
    else:
        _write(sys.stdout, "\n".join(checklist(report)) + "\n")
        if report.error is not None:
            _write(sys.stderr, f"doctor: {report.error}\n")
    return report.code
