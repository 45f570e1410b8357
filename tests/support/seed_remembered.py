"""`python -m tests.support.seed_remembered SERVER TOKEN`: leave a remembered sign-in as the app would.

Saves the token through the app's own `KeyringCredentialStore` into whatever keyring this process finds (the
packaging smoke test runs it inside a session bus with gnome-keyring: the real Secret Service), and the
server in the user's settings under `$SOUQDESK_HOME`. Prints the keyring backend used.
"""

from __future__ import annotations

import sys

import keyring

from desktop.domain.auth import StoredAuth
from desktop.system.credentials import KeyringCredentialStore
from desktop.system.settings import Settings


def main(server: str, token: str) -> int:
    KeyringCredentialStore().save(server, StoredAuth(kind="token", access_token=token))
    settings = Settings()
    settings.server_url = server
    settings.sync()
    backend = keyring.get_keyring()
    print(f"{type(backend).__module__}.{type(backend).__name__}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
