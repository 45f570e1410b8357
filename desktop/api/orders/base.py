"""What every order provider shares: the `OrderProvider` protocol, HTTP error mapping and field parsing.

Adapters call `get_json` (one GET over httpx.AsyncClient) and read the body with the tolerant parsers
below. Every failure becomes `OrderProviderError` with a specific message (timeout, unreachable, auth
refused, bad response); a malformed body never escapes as KeyError/TypeError. "No orders" is `[]`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol, runtime_checkable

import httpx

from desktop.api import network
from desktop.domain.errors import OrderProviderError
from desktop.domain.orders import Order

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


@runtime_checkable
class OrderProvider(Protocol):
    """A fulfilment system that can list a customer's orders by phone number."""

    @property
    def name(self) -> str: ...

    async def orders_for_phone(self, phone_e164: str) -> list[Order]: ...

    async def aclose(self) -> None:
        """Release the provider's HTTP connections (the app closes it when it is replaced or quits)."""


class BadOrderData(ValueError):
    """Raised inside a decoder; adapters turn it into OrderProviderError."""


def make_client(timeout: float | httpx.Timeout | None = None, *, verify: bool = True,
                transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=timeout or DEFAULT_TIMEOUT, transport=transport, follow_redirects=False,
                             **network.httpx_options(verify))  # OS trust store (+ policy CA), proxy


async def get_json(client: httpx.AsyncClient, provider: str, url: str, *,
                   params: Mapping[str, str] | None = None, headers: Mapping[str, str] | None = None,
                   auth: httpx.Auth | tuple[str, str] | None = None) -> Any:
    """GET `url` and decode JSON; every failure is an OrderProviderError naming `provider`."""
    try:
        response = await client.get(url, params=params, headers=headers, auth=auth)
    except httpx.TimeoutException as exc:
        raise OrderProviderError(f"{provider} did not answer in time.", detail=_host(url)) from exc
    except httpx.InvalidURL as exc:
        raise OrderProviderError(f"The {provider} address is not a valid URL.", detail=str(exc)) from exc
    except httpx.HTTPError as exc:
        problem = network.certificate_problem(exc)
        if problem is not None:  # the certificate, and why
            raise OrderProviderError(f"{provider}'s security certificate could not be verified ({problem})."
                                     f"{network.trust_hint()}", detail=_host(url)) from exc
        named = network.describe_failure(exc, _host(url))
        if named is not None:  # the proxy, named
            raise OrderProviderError(f"{provider}: {named.user_message}", detail=named.detail) from exc
        if "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in type(exc.__cause__ or exc).__name__:
            raise OrderProviderError(f"{provider}'s security certificate could not be verified.",
                                     detail=_host(url)) from exc
        raise OrderProviderError(f"{provider} cannot be reached. Check the address and your connection.",
                                 detail=f"{_host(url)}: {type(exc).__name__}") from exc
    status = response.status_code
    if status in (401, 403):
        raise OrderProviderError(f"{provider} refused the credentials (HTTP {status}). Check the API key.",
                                 detail=_error_text(response))
    if status == 404:
        raise OrderProviderError(f"{provider} has no such address (HTTP 404). Check the URL.",
                                 detail=_host(url))
    if status == 429:
        raise OrderProviderError(f"{provider} is busy (too many requests). Try again shortly.")
    if status >= 500:
        raise OrderProviderError(f"{provider} had a problem (HTTP {status}). Try again in a moment.",
                                 detail=_error_text(response))
    if 300 <= status < 400:
        target = response.headers.get("location", "")
        raise OrderProviderError(f"{provider} moved to another address: update the URL in the settings.",
                                 detail=f"HTTP {status} to {_host(target) if target else '?'}")
    if status >= 400:
        raise OrderProviderError(f"{provider} refused the request (HTTP {status}).",
                                 detail=_error_text(response))
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise OrderProviderError(f"{provider} sent a response that is not JSON.",
                                 detail=response.text[:200]) from exc


def bad_response(provider: str, exc: Exception) -> OrderProviderError:
    return OrderProviderError(f"{provider} sent orders in a shape the app cannot read.", detail=str(exc)[:300])


def _host(url: str) -> str:
    try:
        return httpx.URL(url).host or url
    except httpx.InvalidURL:
        return url


def _error_text(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        for key in ("error", "message", "errors", "code"):
            if key in body:
                return str(body[key])[:200]
    return str(body)[:200]


# -- tolerant field parsing ------------------------------------------------------------------------------

def as_dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadOrderData(f"{what} should be an object, got {type(value).__name__}")
    return value


def as_list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise BadOrderData(f"{what} should be a list, got {type(value).__name__}")
    return value


def text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    result = str(value).strip()
    return result or None


def web_link(value: Any) -> str | None:
    """An http(s) link, or None: a provider's `javascript:`/`file:` "tracking link" never reaches a reply."""
    link = text(value)
    if link is None or not link.lower().startswith(("https://", "http://")) or any(ch.isspace() for ch in link):
        return None
    return link


def decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        result = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


def quantity(value: Any) -> int:
    try:
        return max(1, int(str(value)))
    except (TypeError, ValueError):
        return 1


def timestamp(value: Any) -> datetime | None:
    """ISO-8601 (with or without offset, `Z`, or a bare date) or epoch seconds → aware datetime."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(float(value), UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    raw = value.strip()
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(raw[:10]), datetime.min.time())
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def deadline(value: Any) -> datetime | None:
    """A promised delivery moment: like `timestamp`, but a bare date means the end of that day, so an
    order promised "2026-11-25" is not late on the 25th."""
    moment = timestamp(value)
    if moment is not None and isinstance(value, str) and len(value.strip()) == 10:
        return moment.replace(hour=23, minute=59, second=59)
    return moment


def dig(data: Any, path: str) -> Any:
    """Read a dotted path (`shipping.tracking.url`, `items.0.name`) from nested dicts/lists; None if absent."""
    current = data
    for part in path.split("."):
        if isinstance(current, dict):
            current = current.get(part)
        elif isinstance(current, list) and part.lstrip("-").isdigit():
            index = int(part)
            current = current[index] if -len(current) <= index < len(current) else None
        else:
            return None
        if current is None:
            return None
    return current
