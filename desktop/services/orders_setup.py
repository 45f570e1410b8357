"""Which order provider to use, from a JSON settings file, and building it (no keyring access here).

The settings file (`desktop.system.paths.orders_file()`: IT's file named by policy, else `orders.json` in the
user's data folder) holds no secret, for example:

    {"provider": "generic", "url": "https://erp.example/api/orders?phone={phone}", "region": "EG",
     "auth_header": "Authorization", "auth_scheme": "Bearer", "mapping": {"orders": "data"},
     "status_map": {"OFD": "out_for_delivery"}, "ttl": 60, "timeout": 10,
     "answer_templates": {"ar": "الأوردر {{order.id}}: {{order.status}}\nالتوصيل: {{order.eta}}",
                          "en": "Order {{order.id}} is {{order.status}}.\nExpected: {{order.eta}}"}}

`answer_templates` (optional, either language or both) replaces the built-in status answer
(`wismo_answer.DEFAULT_TEMPLATES`) that the one key inserts; a language left out keeps the default. Its
variables are those of `wismo_answer.TEMPLATE_VARIABLES` (`{{order.id}}`, `{{order.status}}`,
`{{order.eta}}`, `{{order.tracking_url}}`, `{{contact.first_name|fallback}}`…); a line whose variables
are all empty for an order is left out. The file is rejected on load when a template uses an unknown
variable (the message names it), so a typo never reaches a customer as a raw `{{…}}`.

Providers: `generic` (URL template), `shopify` (shop URL; secret = Admin API access token),
`woocommerce` (site URL; secret = "consumer_key:consumer_secret"), `chatwoot_shopify` (no URL or secret
of its own: it uses the signed-in Chatwoot client and `account_id`). The secret lives in the keyring under
`KEYRING_SERVICE` / `keyring_username(config)`; the caller reads it and passes it to `build_provider`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from desktop.api.orders.base import OrderProvider
from desktop.api.orders.generic import FieldMapping, GenericJsonProvider, check_template
from desktop.api.orders.shopify import ShopifyAdminProvider
from desktop.api.orders.woocommerce import WooCommerceProvider
from desktop.domain.errors import OrderProviderError

from .phone import DEFAULT_REGION, is_known_region, try_normalise
from .wismo_answer import TEMPLATE_VARIABLES, unknown_variables

if TYPE_CHECKING:
    from desktop.api.chatwoot.client import ChatwootClient

KEYRING_SERVICE = "souqdesk.orders"
PROVIDERS = ("generic", "shopify", "woocommerce", "chatwoot_shopify")
TEMPLATE_LANGUAGES = ("ar", "en")


class OrdersConfigError(OrderProviderError):
    default_message = "The order lookup settings are not valid."


@dataclass(frozen=True, slots=True)
class OrdersConfig:
    provider: str
    url: str = ""
    region: str = DEFAULT_REGION
    name: str = ""
    ttl: float = 60.0
    timeout: float = 10.0
    auth_header: str = "Authorization"
    auth_scheme: str = "Bearer"
    mapping: dict[str, str] = field(default_factory=dict)
    status_map: dict[str, str] = field(default_factory=dict)
    account_id: int | None = None
    auth_in_query: bool | None = None
    answer_templates: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> OrdersConfig:
        if not isinstance(data, dict):
            raise OrdersConfigError("The order lookup settings must be a JSON object.")
        provider = str(data.get("provider", "")).strip()
        if provider not in PROVIDERS:
            raise OrdersConfigError(f"Unknown order provider {provider!r}: use one of {', '.join(PROVIDERS)}.")
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        if unknown:
            raise OrdersConfigError(f"Unknown order setting(s): {', '.join(unknown)}.")
        try:
            config = cls(**data)
            FieldMapping.from_dict(dict(config.mapping))
            float(config.ttl), float(config.timeout)
        except (TypeError, ValueError) as exc:
            raise OrdersConfigError(f"The order lookup settings are not valid: {exc}") from exc
        if provider != "chatwoot_shopify" and not config.url:
            raise OrdersConfigError(f"The {provider} order provider needs a \"url\".")
        if provider == "generic":
            try:
                check_template(config.url)
            except ValueError as exc:
                raise OrdersConfigError(f"The fulfilment URL is not usable: {exc}.") from None
        if provider == "chatwoot_shopify" and config.account_id is None:
            raise OrdersConfigError("The Shopify-through-Chatwoot provider needs an \"account_id\" (workspace).")
        if not is_known_region(config.region):
            raise OrdersConfigError(f"The default region must be a two-letter code such as EG, not {config.region!r}.")
        check_answer_templates(config.answer_templates)
        return config


def check_answer_templates(templates: Any) -> None:
    """OrdersConfigError unless `templates` maps "ar"/"en" to non-empty texts using only known variables."""
    if not isinstance(templates, dict):
        raise OrdersConfigError('"answer_templates" must be an object such as {"ar": "…", "en": "…"}.')
    for language, template in templates.items():
        if language not in TEMPLATE_LANGUAGES:
            raise OrdersConfigError(f"Unknown answer template language {language!r}: use \"ar\" or \"en\".")
        if not isinstance(template, str) or not template.strip():
            raise OrdersConfigError(f"The {language} answer template must be a non-empty text.")
        unknown = unknown_variables(template)
        if unknown:
            raise OrdersConfigError(
                f"The {language} answer template uses unknown variable(s): {', '.join(unknown)}.",
                detail="Known: " + ", ".join(TEMPLATE_VARIABLES))


def load_orders_config(path: Path) -> OrdersConfig | None:
    """The settings in `path`, or None when the file does not exist; OrdersConfigError when it is bad."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OrdersConfigError(f"The order settings file cannot be read: {exc.strerror}.", detail=str(path)) from exc
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise OrdersConfigError(f"The order settings file is not valid JSON (line {getattr(exc, 'lineno', '?')}).",
                                detail=str(path)) from exc
    return OrdersConfig.from_dict(data)


def configured_answer_templates(path: Path) -> dict[str, str]:
    """IT's status answer templates from the settings file `path`; {} when there is no file or it sets none.
    OrdersConfigError when the file is bad."""
    config = load_orders_config(path)
    return dict(config.answer_templates) if config is not None else {}


def keyring_username(config: OrdersConfig) -> str:
    """The keyring entry of this provider's secret: one per provider kind and address."""
    return f"{config.provider}:{config.url}" if config.url else config.provider


def needs_secret(config: OrdersConfig) -> bool:
    """Whether to read this provider's secret from the keyring: required for Shopify and WooCommerce,
    optional for the generic provider (its auth header, when the in-house system wants one)."""
    return config.provider in ("shopify", "woocommerce", "generic")


def build_provider(config: OrdersConfig, secret: str | None = None, *, chatwoot: ChatwootClient | None = None,
                   transport: httpx.AsyncBaseTransport | None = None) -> OrderProvider:
    """The adapter for `config`; `secret` comes from the keyring (or a --token), never from the file."""
    if config.provider == "generic":
        headers = {}
        if secret:
            headers[config.auth_header] = f"{config.auth_scheme} {secret}".strip()
        return GenericJsonProvider(config.url, name=config.name or "Fulfilment system",
                                   mapping=FieldMapping.from_dict(dict(config.mapping)), status_map=config.status_map,
                                   headers=headers, timeout=config.timeout, transport=transport)
    if config.provider == "shopify":
        if not secret:
            raise OrdersConfigError("Shopify needs an Admin API access token: save it in the keyring first.")
        return ShopifyAdminProvider(config.url, secret, timeout=config.timeout, transport=transport)
    if config.provider == "woocommerce":
        key, sep, consumer_secret = (secret or "").partition(":")
        if not sep or not key or not consumer_secret:
            raise OrdersConfigError("WooCommerce needs the consumer key and secret, saved as \"ck_…:cs_…\".")
        return WooCommerceProvider(config.url, key, consumer_secret, normalise=try_normalise,
                                   default_region=config.region, auth_in_query=config.auth_in_query,
                                   timeout=config.timeout, transport=transport)
    if chatwoot is None or config.account_id is None:
        raise OrdersConfigError("Shopify through Chatwoot needs a signed-in Chatwoot session and a workspace.")
    from desktop.api.orders.chatwoot_shopify import ChatwootShopifyProvider  # only this provider needs it

    return ChatwootShopifyProvider(chatwoot, config.account_id)
