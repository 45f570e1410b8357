"""How this process reaches servers: TLS trust and proxy, the same for REST, the websocket and order systems.

The composition root calls `configure(NetworkSettings(...))` once at start from the managed settings
(`proxy`, `extra_ca_file`); every client construction site asks this module:
- `ssl_context(verify)`: certificates are verified against the **operating system's trust store** (the
  `truststore` package: Windows and macOS certificate stores, the distribution's CA bundle on Linux), plus
  the optional extra CA bundle from policy (a TLS-inspecting proxy's CA). One context, built once.
- `httpx_options(verify)` for `httpx.AsyncClient(...)`: the context and the proxy — `system` (the standard
  `HTTPS_PROXY`/`ALL_PROXY`/`NO_PROXY` variables), `none`, or an explicit `http://`, `https://` or
  `socks5://` URL (SOCKS through `socksio`).
- `websocket_options(url, verify)` for `websockets.connect(...)`: the same context and proxy (SOCKS through
  `python-socks`).
- `describe_failure(exc, host)`: a user-facing error naming the proxy or the certificate problem when
  that is what failed, else None.
No Qt here (api layer).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import AppError, TlsError, Unreachable

if TYPE_CHECKING:
    import ssl

PROXY_SCHEMES = ("http", "https", "socks5", "socks5h", "socks4")


class NetworkConfigError(AppError):
    default_message = "The network settings are not valid."


@dataclass(frozen=True, slots=True)
class NetworkSettings:
    """The proxy and extra CA certificate every client uses."""

    proxy: str = "system"  # "system", "none" or a proxy URL
    extra_ca_file: str = ""

    @property
    def proxy_url(self) -> str | None:
        return None if self.proxy in ("system", "none", "") else self.proxy


_current = NetworkSettings()


def validate(settings: NetworkSettings) -> None:
    """NetworkConfigError with a message naming the bad value (a policy typo must not go unnoticed)."""
    url = settings.proxy_url
    if url is not None:
        from urllib.parse import urlsplit  # only with a proxy URL: not before a plain start's first paint

        parts = urlsplit(url)
        if parts.scheme not in PROXY_SCHEMES or not parts.hostname:
            raise NetworkConfigError(
                f"The proxy setting {url!r} is not valid: use system, none, or a URL such as "
                "http://proxy.example:3128 or socks5://proxy.example:1080.")
    if settings.extra_ca_file:
        path = Path(settings.extra_ca_file)
        if not path.is_file():
            raise NetworkConfigError(f"The extra CA certificate file {path} does not exist.")
        import ssl  # only here: a start without an extra CA file does not import ssl before its first request

        try:
            ssl.create_default_context(cafile=str(path))
        except (ssl.SSLError, ValueError) as exc:
            raise NetworkConfigError(f"The extra CA certificate file {path} holds no valid PEM certificate.",
                                     detail=str(exc)) from exc


def configure(settings: NetworkSettings) -> None:
    """Use `settings` for every client built from now on (raises NetworkConfigError when invalid)."""
    global _current
    validate(settings)
    _current = settings
    ssl_context.cache_clear()


def current() -> NetworkSettings:
    return _current


@functools.cache
def ssl_context(verify: bool = True) -> ssl.SSLContext:
    """The TLS context every client uses (building one costs tens of ms: built once per setting)."""
    import ssl

    if not verify:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    import truststore  # deferred: not needed for the first paint

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if _current.extra_ca_file:
        context.load_verify_locations(cafile=_current.extra_ca_file)
    return context


def httpx_options(verify: bool = True) -> dict[str, Any]:
    """Keyword arguments for `httpx.AsyncClient`: TLS context and proxy."""
    settings = _current
    options: dict[str, Any] = {"verify": ssl_context(verify), "trust_env": settings.proxy == "system"}
    if settings.proxy_url is not None:
        options["proxy"] = settings.proxy_url
    return options


def websocket_options(url: str, verify: bool = True) -> dict[str, Any]:
    """Keyword arguments for `websockets.asyncio.client.connect`: TLS context (wss) and proxy."""
    settings = _current
    proxy: str | bool | None = True if settings.proxy == "system" else settings.proxy_url
    return {"ssl": ssl_context(verify) if url.startswith("wss:") else None, "proxy": proxy}


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def certificate_problem(exc: BaseException) -> str | None:
    """Why the peer's certificate was refused ("self-signed certificate in certificate chain"...), or None
    when the failure was not a certificate check."""
    import ssl

    chain = _chain(exc)
    failure = next((e for e in chain if isinstance(e, ssl.SSLCertVerificationError)), None)
    if failure is None and not any("CERTIFICATE_VERIFY_FAILED" in str(e) for e in chain):
        return None
    return str(getattr(failure, "verify_message", None) or "not trusted")


def trust_hint() -> str:
    if _current.extra_ca_file:
        return f" The extra CA certificates in {_current.extra_ca_file} do not cover it."
    return (" If your company inspects secure traffic, IT can add its CA certificate with the extra_ca_file "
            "policy.")


def describe_failure(exc: BaseException, host: str) -> AppError | None:
    """The proxy or the certificate, named, when that is what failed; None for other failures."""
    chain = _chain(exc)
    names = " ".join(type(e).__name__ for e in chain)
    text = " ".join(str(e) for e in chain)
    proxy = _current.proxy_url or ("the system proxy" if _current.proxy == "system" else None)
    reason = certificate_problem(exc)
    if reason is not None:
        return TlsError(f"The security certificate of {host} could not be verified ({reason}).{trust_hint()}",
                        detail=f"{host}: {text[:300]}")
    if _current.proxy_url is not None and ("ConnectError" in names or "ConnectionRefusedError" in names
                                           or "gaierror" in names):  # every connection goes to the proxy first
        return Unreachable(f"The proxy {_current.proxy_url} cannot be reached. Check the proxy setting.",
                           detail=f"{host} via {_current.proxy_url}: {text[:300]}")
    if proxy is not None and ("ProxyError" in names or "ProxyConnectionError" in names or "ProxyTimeoutError" in names
                              or "ProxyError" in text):
        return Unreachable(f"The proxy {proxy} did not let the connection to {host} through. Check the proxy "
                           "setting.", detail=f"{host} via {proxy}: {text[:300]}")
    return None
