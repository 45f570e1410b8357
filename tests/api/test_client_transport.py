"""Transport-level behaviour of the REST client over real loopback servers: NotChatwoot, Unreachable (refused,
DNS, timeout, dropped), TLS verification, the contract's error bodies (§2.3, §13) mapped to typed errors,
429 backoff with Retry-After, redirects, downloads that keep credentials on our host, and no secrets in logs."""

from __future__ import annotations

import logging
import time

import pytest

from desktop.api.chatwoot.client import ChatwootClient, DeviseAuth, TokenAuth
from desktop.domain.errors import (
    AccountSuspended,
    AppError,
    InvalidCredentials,
    MalformedResponse,
    NotAMember,
    NotChatwoot,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    SessionExpired,
    TlsError,
    Unreachable,
    ValidationFailed,
)
from tests.api.servers import Reply, closed_port_url, serve

TOKEN = "secret-token-must-not-leak"
API_INFO = {"version": "4.9.1", "timestamp": "2025-12-30 10:00:00", "queue_services": "ok", "data_services": "ok"}


def client(url: str, **kw: object) -> ChatwootClient:
    return ChatwootClient(url, auth=TokenAuth(TOKEN), retry_base_delay=0.01, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("reply", [
    Reply(200, "<!doctype html><html><body>Welcome to nginx!</body></html>"),
    Reply(200, {"status": "ok", "name": "some other api"}),
    Reply(200, {"version": 4}),
    Reply(404, "<html>Not Found</html>"),
    Reply(301, "", {"location": "https://elsewhere.example/"}),
    Reply(401, {"error": "login required"}),
])
async def test_not_chatwoot(reply: Reply) -> None:
    with serve({("GET", "/api"): reply}) as server:
        c = client(server.url)
        with pytest.raises(NotChatwoot):
            await c.server_info()
        await c.aclose()


async def test_server_info_reads_version() -> None:
    with serve({("GET", "/api"): Reply(200, API_INFO)}) as server:
        c = client(server.url)
        assert (await c.server_info()).version == "4.9.1"
        assert "api_access_token" not in server.seen[-1].headers  # /api is public: no credentials sent
        await c.aclose()


async def test_refused_connection_is_unreachable_with_specific_message() -> None:
    c = client(closed_port_url())
    with pytest.raises(Unreachable) as caught:
        await c.server_info()
    assert not isinstance(caught.value, TlsError) and "refused" in caught.value.user_message
    await c.aclose()


async def test_unknown_host_is_unreachable_dns() -> None:
    c = client("https://souqdesk-no-such-host.invalid")
    with pytest.raises(Unreachable) as caught:
        await c.profile()
    assert "could not be found" in caught.value.user_message
    await c.aclose()


async def test_timeout_is_unreachable() -> None:
    with serve({("GET", "/api/v1/profile"): Reply(200, {}, delay=1.0)}) as server:
        c = client(server.url, timeout=0.2)
        with pytest.raises(Unreachable) as caught:
            await c.profile()
        assert "in time" in caught.value.user_message
        await c.aclose()


async def test_dropped_connection_is_unreachable() -> None:
    with serve({("GET", "/api/v1/profile"): Reply(drop=True)}) as server:
        c = client(server.url)
        with pytest.raises(Unreachable) as caught:
            await c.profile()
        assert "dropped" in caught.value.user_message
        await c.aclose()


async def test_self_signed_certificate_is_tls_error_unless_verification_is_off() -> None:
    with serve({("GET", "/api"): Reply(200, API_INFO)}, tls=True) as server:
        c = client(server.url)
        with pytest.raises(TlsError):
            await c.server_info()
        await c.aclose()
        insecure = client(server.url, verify=False)
        assert (await insecure.server_info()).version == "4.9.1"
        await insecure.aclose()


async def test_tls_to_a_plain_http_server_is_tls_error() -> None:
    with serve({("GET", "/api"): Reply(200, API_INFO)}) as server:
        c = client(server.url.replace("http://", "https://"))
        with pytest.raises(TlsError):
            await c.server_info()
        await c.aclose()


@pytest.mark.parametrize(("status", "body", "error", "fields"), [
    (401, {"errors": ["You need to sign in or sign up before continuing."]}, SessionExpired, ()),
    (401, {"success": False, "errors": ["Invalid login credentials"]}, SessionExpired, ()),
    (401, {"error": "Invalid Access Token"}, InvalidCredentials, ()),
    (401, {"error": "You are not authorized to access this account"}, NotAMember, ()),
    (401, {"error": "Account is suspended"}, AccountSuspended, ()),
    (401, {"error": "You are not authorized to do this action"}, PermissionDenied, ()),
    (401, "<html>Unauthorized</html>", SessionExpired, ()),
    (403, {"error": "Message status update is only allowed for API inboxes"}, PermissionDenied, ()),
    (404, {"error": "Resource could not be found"}, NotFound, ()),
    (422, {"error": "param is missing or the value is empty: label"}, ValidationFailed, ()),
    (422, {"message": "Phone number should be in e164 format", "attributes": ["phone_number"]},
     ValidationFailed, ("phone_number",)),
    (422, {"errors": ["Content is too long"]}, ValidationFailed, ()),
    (422, "", ValidationFailed, ()),
    (500, {"status": 500, "error": "Internal Server Error"}, ServerError, ()),
    (502, "<html><h1>502 Bad Gateway</h1></html>", ServerError, ()),
])
async def test_error_bodies_map_to_typed_errors(
    status: int, body: object, error: type[AppError], fields: tuple[str, ...]
) -> None:
    with serve({("*", "/api/v1/profile"): Reply(status, body)}) as server:
        c = client(server.url)
        for call in (c.profile(), c.request_json("POST", "/api/v1/profile", json={})):
            with pytest.raises(AppError) as caught:
                await call
            assert type(caught.value) is error
            if isinstance(caught.value, ValidationFailed):
                assert caught.value.fields == fields
                text = body.get("error") or body.get("message") or body["errors"][0] if isinstance(body, dict) else None
                assert caught.value.user_message == (text or ValidationFailed.default_message)
        await c.aclose()


async def test_success_with_html_body_is_malformed() -> None:
    with serve({("GET", "/api/v1/profile"): Reply(200, "<html>captive portal</html>")}) as server:
        c = client(server.url)
        with pytest.raises(MalformedResponse):
            await c.profile()
        await c.aclose()


async def test_get_429_retries_then_raises_rate_limited() -> None:
    with serve({("*", "/api/v1/profile"): Reply(429, b"Retry later\n", {"content-type": "text/plain"})}) as server:
        c = client(server.url, max_retries=3)
        with pytest.raises(RateLimited):
            await c.profile()
        assert len(server.seen) == 4  # the first try and three retries
        with pytest.raises(RateLimited):
            await c.request_json("POST", "/api/v1/profile", json={})
        assert len(server.seen) == 5  # a POST is never retried
        await c.aclose()


async def test_retry_after_is_honoured_and_a_long_one_is_not_waited_for() -> None:
    with serve({("GET", "/api/v1/profile"): Reply(429, "", {"retry-after": "0.4"})}) as server:
        c = client(server.url, max_retries=1)
        started = time.monotonic()
        with pytest.raises(RateLimited) as caught:
            await c.profile()
        assert time.monotonic() - started >= 0.4 and len(server.seen) == 2
        assert caught.value.retry_after == pytest.approx(0.4)
        server.routes[("GET", "/api/v1/profile")] = Reply(429, "", {"retry-after": "3600"})
        with pytest.raises(RateLimited) as caught:
            await c.profile()
        assert len(server.seen) == 3 and caught.value.retry_after == 3600  # gave up at once
        await c.aclose()


async def test_download_keeps_credentials_on_our_host() -> None:
    with serve({("GET", "/blob/photo.jpg"): Reply(200, b"\xff\xd8jpeg-bytes")}) as storage:
        routes = {("GET", "/rails/active_storage/blobs/redirect/x/photo.jpg"):
                  Reply(301, "", {"location": f"{storage.url}/blob/photo.jpg"})}
        with serve(routes) as chatwoot:
            c = client(chatwoot.url)
            data = await c.download("/rails/active_storage/blobs/redirect/x/photo.jpg")
            assert data == b"\xff\xd8jpeg-bytes"
            assert chatwoot.seen[-1].headers["api_access_token"] == TOKEN
            assert "api_access_token" not in storage.seen[-1].headers
            with pytest.raises(NotFound):
                await c.download(f"{storage.url}/blob/missing.jpg")
            with pytest.raises(Unreachable):
                await c.request_json("GET", f"{storage.url}/blob/photo.jpg")  # never our token elsewhere
            await c.aclose()


async def test_devise_headers_are_sent_and_secrets_stay_out_of_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with serve({("*", "/api/v1/profile"): Reply(401, {"errors": ["expired"]})}) as server:
        c = ChatwootClient(server.url, auth=DeviseAuth("devise-secret", "client-secret", "mona@example.com"))
        with pytest.raises(SessionExpired) as caught:
            await c.profile()
        headers = server.seen[-1].headers
        assert (headers["access-token"], headers["client"], headers["uid"]) == \
            ("devise-secret", "client-secret", "mona@example.com")
        assert "api_access_token" not in headers
        ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("desktop."))
        assert "GET /api/v1/profile -> 401" in ours
        text = ours + repr(c.auth) + str(caught.value)
        assert "devise-secret" not in text and "client-secret" not in text
        await c.aclose()


def test_base_url_normalisation_and_bad_addresses() -> None:
    assert ChatwootClient("chat.example.com/").base_url == "https://chat.example.com"
    assert ChatwootClient(" http://127.0.0.1:3000/ ").base_url == "http://127.0.0.1:3000"
    for bad in ("", "ftp://chat.example.com", "https://"):
        with pytest.raises(Unreachable):
            ChatwootClient(bad)


@pytest.mark.parametrize("auth", [TokenAuth("tök"), TokenAuth("a\r\nX-Evil: 1"), TokenAuth(""),
                                  DeviseAuth("token", "client", "منى@example.com")])
async def test_corrupted_credentials_are_refused_before_sending(auth: TokenAuth | DeviseAuth) -> None:
    with serve({("GET", "/api/v1/profile"): Reply(200, {})}) as server:
        c = ChatwootClient(server.url, auth=auth)
        with pytest.raises(InvalidCredentials):
            await c.profile()
        assert server.seen == []
        await c.aclose()


async def test_sign_in_answers_mapped() -> None:
    routes = {("POST", "/auth/sign_in"): Reply(429, b"Retry later\n", {"retry-after": "60"})}
    with serve(routes) as server:
        c = ChatwootClient(server.url)
        with pytest.raises(RateLimited) as caught:
            await c.sign_in("a@b.example", "pw")
        assert caught.value.retry_after == 60 and len(server.seen) == 1
        server.routes[("POST", "/auth/sign_in")] = Reply(200, {"data": {"id": 1, "email": "a@b.example"}})
        with pytest.raises(MalformedResponse):  # 200 without the session headers
            await c.sign_in("a@b.example", "pw")
        server.routes[("POST", "/auth/sign_in")] = Reply(206, {"mfa_required": True})
        with pytest.raises(MalformedResponse):  # 206 without an mfa_token
            await c.sign_in("a@b.example", "pw")
        server.routes.pop(("POST", "/auth/sign_in"))
        with pytest.raises(NotChatwoot):  # no sign-in endpoint at all
            await c.sign_in("a@b.example", "pw")
        assert c.auth is None
        await c.aclose()
