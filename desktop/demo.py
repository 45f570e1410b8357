"""Demo mode: `python -m desktop --demo [--demo-user ahmed|mona]`.

Starts the sandbox (a local Chatwoot-compatible server with the bilingual sample data) in a background
thread on a persistent database under the app data folder, switches its customer simulator on (a few
customer messages a minute), and tells the app which seeded user to sign in as. The client itself has no
sandbox-specific code: it is simply pointed at this server with the user's access token.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.sandbox.testing import RunningSandbox, start_sandbox
from desktop.services.orders_setup import OrdersConfig
from desktop.system import paths

log = logging.getLogger(__name__)

SIMULATOR_RATE_PER_MINUTE = 4
DEMO_USERS = ("ahmed", "mona")


@dataclass
class DemoEnvironment:
    sandbox: RunningSandbox
    user: str
    token: str

    @property
    def url(self) -> str:
        return self.sandbox.url

    def orders_config(self) -> OrdersConfig:
        """Order lookups from the sandbox's fulfilment system (a plain JSON-over-HTTP provider)."""
        return OrdersConfig(provider="generic", url=f"{self.url}/fulfilment/orders?phone={{phone}}",
                            name="Souq Deals fulfilment", region="EG")

    def stop(self) -> None:
        try:
            self.sandbox.simulator(0)
        except Exception as exc:  # the server may already be going down
            log.debug("could not stop the simulator: %s", exc)
        self.sandbox.stop()


def demo_database() -> Path:
    folder = paths.data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "sandbox.sqlite3"


def start_demo(user: str = "ahmed", *, db_path: Path | None = None,
               rate_per_minute: float = SIMULATOR_RATE_PER_MINUTE) -> DemoEnvironment:
    """Start the sandbox and its simulator; returns where to connect and as whom."""
    if user not in DEMO_USERS:
        raise SystemExit(f"--demo-user must be one of: {', '.join(DEMO_USERS)}")
    sandbox = start_sandbox(db_path or demo_database())
    seeded = sandbox.users[user]
    if rate_per_minute > 0:
        sandbox.simulator(rate_per_minute, sorted(seeded.roles))
    log.info("demo sandbox at %s, signed in as %s", sandbox.url, seeded.email)
    return DemoEnvironment(sandbox, user, seeded.token)
