"""`souqdesk reset [--yes]`: remove this user's SouqDesk data, caches, settings and remembered sign-ins.

Lists what it will remove, then asks (`--yes` for scripts; without a terminal and without `--yes` it
refuses). Removes: the user's settings file, the data folder (outbox, drafts, start cache, logs, the demo
database, the user's orders.json), the cache folder, the demo sandbox's template in the temporary folder
(not with `SOUQDESK_HOME`),
and the keyring entries it can name (the remembered sign-in of the configured and of the last server, the
"last server" entry, the order system's secret). The machine policy (/etc/xdg/SouqDesk, the Windows policy
key) and files the user saved elsewhere (diagnostics zips, downloaded updates) are left alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path


def _keyring_entries() -> list[tuple[str, str]]:
    """(service, username) pairs to delete; best effort (no keyring: none)."""
    from desktop.domain.errors import AppError
    from desktop.system import paths
    from desktop.system.credentials import LAST_SERVER, SERVICE, KeyringCredentialStore
    from desktop.system.settings import Settings

    entries: list[tuple[str, str]] = []
    servers = {Settings().server_url.strip().rstrip("/")}
    try:
        last = KeyringCredentialStore().last_server()
    except AppError:
        return []
    if last:
        servers.add(last)
    entries += [(SERVICE, server) for server in sorted(servers) if server]
    entries.append((SERVICE, LAST_SERVER))
    try:
        from desktop.services.orders_setup import (
            KEYRING_SERVICE,
            keyring_username,
            load_orders_config,
        )

        config = load_orders_config(paths.orders_file())
        if config is not None:
            entries.append((KEYRING_SERVICE, keyring_username(config)))
    except AppError:
        pass
    return entries


def _places() -> list[Path]:
    from desktop.system import paths
    from desktop.system.settings import Settings

    settings_file = Path(Settings().file_name)
    found = [settings_file, paths.data_dir(), paths.cache_dir()]
    if not os.environ.get(paths.HOME_ENV):  # an isolated home (tests, portable) leaves shared temp files alone
        found += sorted(Path(tempfile.gettempdir()).glob("souqdesk-sandbox-template-*"))
    return [path for path in found if path.exists()]


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="souqdesk reset",
                                     description="remove this user's SouqDesk data, caches and remembered sign-ins")
    parser.add_argument("--yes", action="store_true", help="do not ask")
    args = parser.parse_args(argv)
    from desktop.cli.managed import apply_managed_settings

    apply_managed_settings()  # the order-system file policy may name
    entries = _keyring_entries()
    places = _places()
    print("This removes:")
    for path in places:
        print(f"  {path}")
    for service, user in entries:
        print(f"  keyring: {service} / {user}")
    if not args.yes:
        if not sys.stdin.isatty():
            print("souqdesk reset: not a terminal; run it with --yes to remove these", file=sys.stderr)
            return 2
        if input("Remove all of this? [y/N] ").strip().lower() not in ("y", "yes"):
            print("Nothing was removed.")
            return 1
    import keyring
    import keyring.errors

    for service, user in entries:
        try:
            keyring.delete_password(service, user)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored under that name
        except keyring.errors.KeyringError as error:
            print(f"souqdesk reset: could not remove the keyring entry {service} / {user}: {error}", file=sys.stderr)
    for path in places:
        try:
            _remove(path)
        except OSError as error:
            print(f"souqdesk reset: could not remove {path}: {error.strerror}", file=sys.stderr)
            return 1
    print("Done.")
    return 0
