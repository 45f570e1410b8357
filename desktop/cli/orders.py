"""`python -m desktop orders …`: look a customer's orders up by phone from a terminal (support and IT).

    orders lookup --phone P [--json] [--region EG] [--config FILE]
                  [--provider generic|shopify|woocommerce --url URL] [--token T]
                  [--server URL --token T --workspace ID]      (Shopify through Chatwoot, §14)
    orders store-secret [--config FILE | --provider P --url URL]   (reads the secret from stdin)

Without --provider/--server the settings come from the app's file (`paths.orders_file()`); the provider's secret
comes from --token or the keyring (never from the file). `--json` prints exactly
`{"phone": "+20…", "orders": [{"id", "status", "created_at", "total", "currency", "eta", "tracking_url"}]}`.
Exit status: 0 found (even none), 2 bad input (invalid phone, bad settings), 3 the order system failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.cli.orders_output import print_orders, result_json
from desktop.domain.errors import AppError, InvalidPhoneNumber, OrderProviderError
from desktop.services.orders import OrderLookup, OrderResult
from desktop.services.orders_setup import (
    KEYRING_SERVICE,
    OrdersConfig,
    OrdersConfigError,
    build_provider,
    keyring_username,
    load_orders_config,
)
from desktop.services.phone import DEFAULT_REGION, normalise_phone
from desktop.system import paths


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m desktop orders", description="Order lookup by phone.")
    commands = parser.add_subparsers(dest="command", required=True)
    lookup = commands.add_parser("lookup", help="list a customer's orders by phone number")
    lookup.add_argument("--phone", required=True, help="the phone as typed (local, +20…, Arabic digits…)")
    lookup.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lookup.add_argument("--region", help=f"default region for local numbers (default {DEFAULT_REGION})")
    _provider_options(lookup)
    lookup.add_argument("--token", help="provider secret / Chatwoot access token (else the keyring)")
    lookup.add_argument("--server", help="Chatwoot server URL (Shopify through Chatwoot's integration)")
    lookup.add_argument("--workspace", type=int, help="Chatwoot workspace (account) id, with --server")
    lookup.add_argument("--timeout", type=float, help="seconds to wait for the order system")
    store = commands.add_parser("store-secret", help="save the provider's secret in the keyring (from stdin)")
    _provider_options(store)
    return parser


def _provider_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="settings file (default: the one the app reads)")
    parser.add_argument("--provider", choices=("generic", "shopify", "woocommerce"), help="provider kind")
    parser.add_argument("--url", help="URL template with {phone} (generic), shop or site URL")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    from desktop.api.network import NetworkConfigError
    from desktop.cli.managed import apply_managed_settings

    try:
        apply_managed_settings()  # proxy, CA certificates and order-system file as the app uses them
    except NetworkConfigError as exc:
        return _fail(exc.user_message, 2)
    try:
        if args.command == "store-secret":
            return _store_secret(args)
        return asyncio.run(_lookup(args))
    except InvalidPhoneNumber as exc:
        return _fail(f"invalid phone number: {exc.user_message}", 2)
    except OrdersConfigError as exc:
        return _fail(exc.user_message, 2)
    except OrderProviderError as exc:
        return _fail(exc.user_message + (f" ({exc.detail})" if exc.detail else ""), 3)
    except AppError as exc:
        return _fail(exc.user_message, 3)
    except KeyboardInterrupt:
        return 130


def _fail(message: str, code: int) -> int:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return code


def _config(args: argparse.Namespace) -> OrdersConfig | None:
    """The settings from --provider/--url or the settings file; None when nothing is configured."""
    if args.provider:
        if not args.url:
            raise OrdersConfigError(f"--provider {args.provider} needs --url.")
        data: dict[str, Any] = {"provider": args.provider, "url": args.url}
        return OrdersConfig.from_dict(data)
    return load_orders_config(args.config or paths.orders_file())


def _required_config(args: argparse.Namespace) -> OrdersConfig:
    config = _config(args)
    if config is None:
        path = args.config or paths.orders_file()
        raise OrdersConfigError(
            f"No order provider configured: create {path} or pass --provider and --url "
            "(or --server, --token and --workspace for Shopify through Chatwoot)."
        )
    return config


def _keyring_secret(config: OrdersConfig) -> str | None:
    import keyring  # lazily: it costs ~100 ms to import
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_username(config))
    except KeyringError:
        return None


async def _lookup(args: argparse.Namespace) -> int:
    if args.server or args.workspace is not None:
        result = await _lookup_chatwoot(args)
    else:
        config = _config(args)
        # the phone is checked before the settings, so a typo is reported even with nothing configured
        normalise_phone(args.phone, args.region or (config.region if config else DEFAULT_REGION))
        config = _required_config(args)
        if args.region or args.timeout:
            data = {k: getattr(config, k) for k in config.__dataclass_fields__}
            data |= {"region": args.region or config.region, "timeout": args.timeout or config.timeout}
            config = OrdersConfig.from_dict(data)
        secret = args.token or _keyring_secret(config)
        provider = build_provider(config, secret)
        lookup = OrderLookup(provider, ttl=config.ttl, region=config.region)
        try:
            result = await lookup.lookup(args.phone)
        finally:
            await provider.aclose()
    _print(result, args.json)
    return 0


async def _lookup_chatwoot(args: argparse.Namespace) -> OrderResult:
    normalise_phone(args.phone, args.region or DEFAULT_REGION)
    if not (args.server and args.token and args.workspace is not None):
        raise OrdersConfigError("Shopify through Chatwoot needs --server, --token and --workspace.")
    from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
    from desktop.api.orders.chatwoot_shopify import ChatwootShopifyProvider

    client = ChatwootClient(args.server, auth=TokenAuth(args.token), timeout=args.timeout or 15.0)
    try:
        lookup = OrderLookup(
            ChatwootShopifyProvider(client, args.workspace), region=args.region or DEFAULT_REGION
        )
        return await lookup.lookup(args.phone)
    finally:
        await client.aclose()


def _print(result: OrderResult, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result_json(result), ensure_ascii=False))
    else:
        print_orders(result)


def _store_secret(args: argparse.Namespace) -> int:
    config = _required_config(args)
    secret = sys.stdin.readline().strip()
    if not secret:
        raise OrdersConfigError("No secret on standard input.")
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_username(config), secret)
    except KeyringError as exc:
        return _fail(f"no system keyring is available, the secret was not saved ({type(exc).__name__})", 3)
    print(f"saved the {config.provider} secret in the keyring")
    return 0
