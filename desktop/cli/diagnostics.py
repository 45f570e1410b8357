"""`souqdesk diagnostics [--out FILE.zip] [--no-doctor]`: the support zip (`desktop.system.diagnostics`).

With a remembered token sign-in, the doctor checks run against that server with it (the token goes
nowhere but the requests; `doctor.json` holds only their results). Prints the zip's path.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
from pathlib import Path
from typing import Any


def doctor_report(server_url: str) -> dict[str, Any]:
    """The doctor's JSON for the remembered sign-in of `server_url` (or why it was not run). Runs in a
    thread of its own, so it works from inside the app's running event loop too."""
    from desktop.cli.doctor import to_json
    from desktop.cli.doctor_checks import Options, run_checks
    from desktop.domain.errors import AppError
    from desktop.system.credentials import KeyringCredentialStore

    if not server_url:
        return {"skipped": "no server configured"}
    try:
        stored = KeyringCredentialStore().load(server_url)
    except AppError as error:
        return {"skipped": f"keyring unavailable: {error.user_message}"}
    if stored is None:
        return {"skipped": "no remembered sign-in"}
    if stored.kind != "token":
        return {"skipped": "the remembered sign-in is a browser-style session: run `souqdesk doctor` by hand"}
    result: dict[str, Any] = {}

    def work() -> None:
        report = asyncio.run(run_checks(Options(server=server_url, token=stored.access_token, timeout=10.0)))
        result.update(to_json(report))

    thread = threading.Thread(target=work, name="diagnostics-doctor")
    thread.start()
    thread.join(120)
    return result or {"skipped": "the doctor checks did not finish in time"}


def main(argv: list[str]) -> int:
    from desktop.system import diagnostics
    from desktop.system.settings import Settings

    parser = argparse.ArgumentParser(prog="souqdesk diagnostics",
                                     description="write a zip of logs, settings and checks for a support ticket")
    parser.add_argument("--out", type=Path, default=Path(diagnostics.default_name()), metavar="FILE.zip")
    parser.add_argument("--no-doctor", action="store_true", help="do not run the server checks")
    args = parser.parse_args(argv)
    from desktop.cli.managed import apply_managed_settings

    settings = Settings()
    doctor = None
    if not args.no_doctor:
        try:
            apply_managed_settings()
            doctor = doctor_report(settings.server_url)
        except Exception as error:  # a diagnostics zip must still be written
            doctor = {"skipped": f"{type(error).__name__}: {error}"}
    path = diagnostics.write_zip(args.out, settings, doctor=doctor)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
