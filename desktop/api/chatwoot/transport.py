"""The HTTP core of the Chatwoot client: one `httpx.AsyncClient`, auth headers, JSON parsing, error mapping
and retries. The endpoint methods (client*.py) build on `Transport.call` / `Transport.send`.

* TLS verification is on unless the caller turns it off; redirects are not followed for API calls (a
  redirect means a wrong base URL), only by `download`.
* Auth headers are added per request, only to URLs on the configured server.
* GETs answered 429 are retried with jittered exponential backoff, honouring `Retry-After` (§13); other
  methods are never retried (a POST may have taken effect).
* Logs name the method, path and status only: never headers, query strings or bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

import asyncio
import json
import logging
import random
import time
from typing import Any, Self

from desktop.api import network
from desktop.api.chatwoot.errors import error_for_response, error_for_transport, retry_after_seconds
from desktop.api.chatwoot.server_clock import ServerClock
from desktop.api.chatwoot.values import Auth, auth_headers
from desktop.domain.errors import InvalidCredentials, MalformedResponse, Unreachable

log = logging.getLogger(__name__)

USER_AGENT = "SouqDesk/0.1 (+httpx)"


def normalize_base_url(base_url: str) -> httpx.URL:
    """`chat.example.com/` → `https://chat.example.com`; only http(s) with a host is accepted."""
    import httpx  # deferred: not needed for the first paint (cold start)
    text = base_url.strip()
    if text and "://" not in text:
        text = f"https://{text}"
    text = text.rstrip("/") if not text.endswith("://") else text
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise Unreachable("The server address is not a valid http(s) address.") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise Unreachable("The server address is not a valid http(s) address.")
    return url.copy_with(query=None, fragment=None)


class Transport:
    """Sends requests to one Chatwoot server. Use from one event loop."""

    def __init__(
        self,
        base_url: str,
        *,
        auth: Auth | None = None,
        verify: bool = True,
        timeout: float = 15.0,
        max_retries: int = 3,
        retry_base_delay: float = 0.5,
        max_retry_wait: float = 30.0,
    ) -> None:
        import httpx  # deferred: not needed for the first paint (cold start)
        self._base = normalize_base_url(base_url)
        self._auth = auth
        self._max_retries = max(0, max_retries)
        self._retry_base_delay = max(0.0, retry_base_delay)
        self._max_retry_wait = max_retry_wait
        self.server_clock = ServerClock()  # the server's time and when it last answered (Date header)
        self._http = httpx.AsyncClient(
            base_url=self._base,
            **network.httpx_options(bool(verify)),  # OS trust store (+ policy CA), proxy from policy
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )

    @property
    def base_url(self) -> str:
        return str(self._base)

    @property
    def auth(self) -> Auth | None:
        return self._auth

    def set_auth(self, auth: Auth | None) -> None:
        self._auth = auth

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def is_own_origin(self, url: httpx.URL) -> bool:
        """True when `url` is on the configured server (same scheme, host and port)."""
        base = self._base
        return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)

    # -- sending ---------------------------------------------------------------------------------------
    async def send(
        self, method: str, path: str, *, authenticated: bool = True, **kwargs: Any
    ) -> httpx.Response:
        """One request with error mapping for transport failures and 429 retries for GET.

        Returns the response whatever its status; `call` maps statuses to typed errors.
        """
        import httpx  # deferred: not needed for the first paint (cold start)
        method = method.upper()
        headers = dict(kwargs.pop("headers", None) or {})
        if authenticated:
            headers.update(auth_headers(self._auth))
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = await self._http.request(method, path, headers=headers, **kwargs)
            except httpx.HTTPError as exc:
                log.info("%s %s failed: %s", method, _path_of(path), type(exc).__name__)
                host = self._base.host
                raise (network.describe_failure(exc, host) or error_for_transport(exc, host)) from exc
            except UnicodeEncodeError:
                # header values must be ASCII: stored credentials that are not cannot be right
                raise InvalidCredentials("The saved sign-in details are not valid. Sign in again.",
                                         detail="credentials with non-ASCII characters") from None
            self.server_clock.observe(response.headers.get("date"))
            log.debug("%s %s -> %d (%.0f ms)", method, _path_of(path), response.status_code,
                      (time.monotonic() - started) * 1000)
            if response.status_code != 429 or method != "GET" or attempt >= self._max_retries:
                return response
            delay = self._retry_delay(attempt, retry_after_seconds(response))
            if delay is None:
                return response
            attempt += 1
            log.info("%s %s rate limited; retry %d in %.2f s", method, _path_of(path), attempt, delay)
            await asyncio.sleep(delay)

    def _retry_delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait before retry number `attempt + 1`, or None to give up now."""
        if retry_after is not None:
            return None if retry_after > self._max_retry_wait else retry_after + random.uniform(0, 0.1)
        backoff = min(self._max_retry_wait, self._retry_base_delay * (2.0**attempt))
        return backoff * random.uniform(0.5, 1.0)

    async def call(self, method: str, path: str, *, authenticated: bool = True, **kwargs: Any) -> Any:
        """A request whose answer is JSON: the parsed body (None for an empty body) or a typed error."""
        response = await self.send(method, path, authenticated=authenticated, **kwargs)
        if not response.is_success:
            raise error_for_response(response)
        return parse_json(response)

    async def request_json(self, method: str, path: str, **kwargs: Any) -> Any:
        """Any other endpoint on this server, with the same auth, retries and error mapping.

        `path` is relative to the server (`/api/v1/accounts/1/...`); kwargs go to httpx (`params`, `json`,
        `data`, `files`, `headers`). Returns the parsed JSON, or None for an empty body.
        """
        import httpx  # deferred: not needed for the first paint (cold start)
        if "://" in path:
            url = httpx.URL(path)
            if not self.is_own_origin(url):
                raise Unreachable("Requests with this session go only to the configured server.",
                                  detail=f"refused to send credentials to {url.host}")
            path = str(url)
        return await self.call(method, path, **kwargs)


def parse_json(response: httpx.Response) -> Any:
    """The JSON body; None when the body is empty; MalformedResponse when it is not JSON."""
    content = response.content
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise MalformedResponse(
            detail=f"{response.request.method} {_path_of(response.request.url.path)}: the body is not JSON"
        ) from None


def _path_of(path: str) -> str:
    """The path without its query string, for logs."""
    return path.split("?", 1)[0]
