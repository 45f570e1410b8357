"""What the command-line tools share with the app: the managed network settings (proxy, extra CA) and the
order-system file, read from the same policy/user/environment sources (`desktop.system.settings`)."""

from __future__ import annotations

import os

from desktop.api import network


def apply_managed_settings() -> None:
    """Configure TLS trust and proxy like the app does; NetworkConfigError when policy holds a bad value."""
    from desktop.system import paths
    from desktop.system.settings import Settings

    settings = Settings()
    network.configure(network.NetworkSettings(settings.proxy, settings.extra_ca_file))
    if settings.orders_file:
        os.environ[paths.ORDERS_FILE_ENV] = settings.orders_file
