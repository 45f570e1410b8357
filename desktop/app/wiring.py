"""The factories the composition root plugs in, without Qt: the REST and realtime clients, the order lookup
(IT's `orders.json` or the demo's provider, secret from the keyring), and a signed-in user's object graph
(`desktop.services.user_session.UserSession`). The REST client and realtime modules are imported when
the first client is built, after the first paint from the start cache."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import AppError
from desktop.domain.models import User
from desktop.services.session import SessionService
from desktop.services.user_session import UserSession

if TYPE_CHECKING:
    from desktop.api.chatwoot.client import Auth, ChatwootClient
    from desktop.services.orders import OrderLookup
    from desktop.services.orders_setup import OrdersConfig
    from desktop.services.outbox import Outbox, Storage
    from desktop.services.sync import RealtimeFactory


ClientFactory = Callable[..., "ChatwootClient"]


@dataclass
class DemoLogin:
    """Sign straight in with a token (demo mode)."""

    server_url: str
    token: str


def default_client_factory(server_url: str, auth: Auth | None = None) -> ChatwootClient:
    from desktop.api.chatwoot.client import (
        ChatwootClient,  # the REST client and its decoders: at the first request
    )

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


def build_user_session(user: User, session: SessionService, storage: Storage, *,
                       realtime_factory: RealtimeFactory, orders_config: OrdersConfig | None,
                       report: Callable[[AppError], object]) -> UserSession:
    """The signed-in user's services; a configuration error of the order lookup goes to `report`."""

    def new_outbox() -> Outbox:
        from desktop.services.outbox import Outbox

        return Outbox(session.client, storage, user_id=user.id)

    def load_orders() -> OrderLookup | None:
        try:
            return load_order_lookup(orders_config, session.client)
        except AppError as error:
            report(error)
            return None

    return UserSession(user, session, realtime_factory=realtime_factory, outbox_factory=new_outbox,
                       orders_loader=load_orders)
