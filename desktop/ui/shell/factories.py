"""Default factories the composition root plugs in: REST and realtime clients, the order lookup
(IT's `orders.json` or the demo's provider, secret from the keyring), and the conversation pane
for a workspace. Kept apart from `desktop.app` so the root stays a short wiring list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop.api.chatwoot.client import Auth, ChatwootClient
from desktop.domain.models import Workspace
from desktop.ui.shell.scope import UserScope

if TYPE_CHECKING:
    from desktop.services.orders import OrderLookup
    from desktop.services.orders_setup import OrdersConfig


def default_client_factory(server_url: str, auth: Auth | None = None) -> ChatwootClient:
    return ChatwootClient(server_url, auth=auth)


def load_order_lookup(config: OrdersConfig | None, client: ChatwootClient) -> OrderLookup | None:
    """The order lookup of the configured provider (IT's `orders.json`, or the demo's); its secret, if it
    needs one, is read from the keyring. None when nothing is configured. Imported here, after the first
    paint: the providers load phone-number tables."""
    from desktop.services.orders import OrderLookup
    from desktop.services.orders_setup import (
        KEYRING_SERVICE,
        build_provider,
        keyring_username,
        load_orders_config,
        needs_secret,
    )
    from desktop.system import paths

    if config is None:
        config = load_orders_config(paths.orders_file())
    if config is None:
        return None
    secret = None
    if needs_secret(config):
        import keyring  # lazily: importing keyring costs ~110 ms (its macOS backend probes libraries)
        from keyring.errors import KeyringError

        try:
            secret = keyring.get_password(KEYRING_SERVICE, keyring_username(config))
        except KeyringError:
            secret = None
    provider = build_provider(config, secret, chatwoot=client)
    return OrderLookup(provider, ttl=config.ttl, region=config.region)


def default_realtime_factory(base_url: str, **kwargs: Any) -> Any:
    from desktop.api.chatwoot.realtime import RealtimeClient

    return RealtimeClient(base_url, **kwargs)


def build_conversation_pane(workspace: Workspace, scope: UserScope) -> QWidget:
    """The ConversationPane for one workspace, with the signed-in user's collaborators."""
    from desktop.ui.conversation.pane import ConversationPane

    return ConversationPane(
        client=scope.session.client, outbox=scope.outbox, drafts=scope.drafts, notifier=scope.notifier,
        lookups=scope.lookups, register_timeline=scope.sync.register_timeline, events=scope.sync.event,
        orders=scope.orders, agent_name=lambda: scope.user.available_name, enter_sends=scope.settings.enter_sends,
    )


def install_agent_toolkit(scope: UserScope) -> Callable[[], None]:
    """The agent toolkit (triage, team lead, saved replies, palette, shortcuts sheet, availability)
    on the main window for this user; attaches each workspace's composer. Returns the uninstaller."""
    from desktop.ui.triage.toolkit import AgentToolkit

    window = scope.window
    toolkit = AgentToolkit(window.registry, window.hooks, scope.session, scope.notifier, window,
                           scope.settings.qsettings, lookups_for=scope.lookups,
                           store_for=lambda a: scope.workspaces[a].store if a in scope.workspaces else None)
    for account_id, parts in scope.workspaces.items():
        composer = getattr(parts.view.conversation_pane, "composer", None)
        if composer is not None:
            toolkit.attach_composer(account_id, composer)
    window.status.set_availability_control(toolkit.availability_button)  # availability shown once
    from desktop.ui.reports.controller import ReportsController

    reports = ReportsController(window.registry, window.hooks, scope.session, scope.notifier, window,
                                lookups_for=scope.lookups)

    def uninstall() -> None:
        reports.close()
        toolkit.close()  # unbinds its actions, cancels its tasks (sign-out)
        window.status.set_availability_control(None)
        toolkit.availability_button.deleteLater()
        toolkit.deleteLater()

    return uninstall
