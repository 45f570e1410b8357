"""`python -m desktop.sandbox [--host 127.0.0.1] [--port 3000] [--db PATH] [--reset] [--simulate RATE]`:
run the sandbox server in the foreground and print its URL and the seeded users' credentials."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

DEFAULT_DB = Path.home() / ".local" / "share" / "souqdesk" / "sandbox.sqlite3"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m desktop.sandbox",
                                     description="Local Chatwoot-compatible server for demos, development and tests.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    parser.add_argument("--port", type=int, default=3000, help="port (0 picks a free one)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"SQLite file (default: {DEFAULT_DB})")
    parser.add_argument("--reset", action="store_true", help="discard the database and start from the seed")
    parser.add_argument("--simulate", type=float, default=0.0, metavar="RATE",
                        help="customer messages per minute from the simulator (default: off)")
    parser.add_argument("--accounts", default="1,2,3", help="workspaces the simulator writes to (default: 1,2,3)")
    return parser


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)  # stop cleanly on `kill` as on Ctrl+C
    from desktop.sandbox.testing import start_sandbox

    simulate = None
    if args.simulate > 0:
        simulate = {"rate_per_minute": args.simulate, "account_ids": [int(a) for a in args.accounts.split(",") if a]}
    running = start_sandbox(args.db, host=args.host, port=args.port, reset=args.reset, simulate=simulate)
    print(f"SouqDesk sandbox (Chatwoot 4.9.1 compatible) listening on {running.url}")
    print(f"database: {args.db}")
    print(f"{'user':<28} {'password':<20} {'access token':<24} roles")
    for user in running.users.values():
        roles = ", ".join(f"ws{aid}:{role}" for aid, role in sorted(user.roles.items()))
        mfa = f"  (MFA: TOTP secret {user.mfa_secret}, backup code {user.backup_codes[0]})" if user.mfa_secret else ""
        print(f"{user.email:<28} {user.password:<20} {user.token:<24} {roles}{mfa}")
    if simulate:
        print(f"simulator: {args.simulate:g} customer messages per minute")
    print("Ctrl+C to stop.", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
