"""Message endpoints of the REST client (contract §6) and attachment downloads. Mixed into
`ChatwootClient`.

* `list_messages` pages history back 20 at a time (`has_more_before` = the page was full); `after=` is the
  catch-up after a reconnect (up to 100 per call).
* `send_message` posts JSON, or multipart with repeated `attachments[]` parts when files are given
  (`content_attributes` then travels as a JSON string). The client's `echo_id` is sent and kept on the result.
* `download` follows ActiveStorage's redirects itself, so credentials go only to the configured server,
  never to the storage host a redirect points at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

import dataclasses
import json
from collections.abc import Sequence

from desktop.api.chatwoot.client_conversations import call_body, conversation_path
from desktop.api.chatwoot.decode import (
    HISTORY_PAGE_SIZE,
    decode_message,
    decode_message_page,
)
from desktop.api.chatwoot.errors import error_for_response, error_for_transport
from desktop.api.chatwoot.transport import Transport
from desktop.api.chatwoot.values import OutgoingFile, auth_headers
from desktop.domain.errors import MalformedResponse, ValidationFailed
from desktop.domain.models import Message, MessagePage

MAX_ATTACHMENTS = 15  # per message (§6.4)
MAX_REDIRECTS = 5
DEFAULT_MAX_DOWNLOAD = 200 * 1024 * 1024


class MessagesApi(Transport):
    async def list_messages(
        self, account_id: int, conversation_id: int, *, before: int | None = None, after: int | None = None
    ) -> MessagePage:
        """The latest 20 messages, 20 before `before`, or up to 100 after `after` (ascending).

        `has_more_before` is meaningful for latest/before pages (a full page of 20); it is False for `after`.
        """
        params: dict[str, str] = {}
        if before is not None:
            params["before"] = str(int(before))
        if after is not None:
            params["after"] = str(int(after))
        body = await call_body(self, "GET", conversation_path(account_id, conversation_id, "/messages"),
                               params=params)
        return decode_message_page(
            body, conversation_id=conversation_id, full_page=None if after is not None else HISTORY_PAGE_SIZE
        )

    async def send_message(
        self, account_id: int, conversation_id: int, content: str, *, private: bool = False,
        echo_id: str | None = None, attachments: Sequence[OutgoingFile] = (), in_reply_to: int | None = None,
    ) -> Message:
        """Send an outgoing message or private note; the answer is the REST message (§6.4)."""
        if len(attachments) > MAX_ATTACHMENTS:
            raise ValidationFailed(f"At most {MAX_ATTACHMENTS} files can be attached to one message.",
                                   fields=("attachments",))
        path = conversation_path(account_id, conversation_id, "/messages")
        attributes: dict[str, object] = {}
        if in_reply_to is not None:
            attributes["in_reply_to"] = int(in_reply_to)
        if attachments:
            form: dict[str, str] = {
                "content": content,
                "private": "true" if private else "false",
                "message_type": "outgoing",
                "content_attributes": json.dumps(attributes),
            }
            if echo_id is not None:
                form["echo_id"] = echo_id
            files = [("attachments[]", (f.filename, f.data, f.content_type)) for f in attachments]
            body = await self.call("POST", path, data=form, files=files)
        else:
            payload: dict[str, object] = {
                "content": content, "private": private, "message_type": "outgoing", "content_type": "text",
            }
            if echo_id is not None:
                payload["echo_id"] = echo_id
            if attributes:
                payload["content_attributes"] = attributes
            body = await self.call("POST", path, json=payload)
        if body is None:
            raise MalformedResponse(detail="POST …/messages answered with an empty body")
        message = decode_message(body, "message", conversation_id=conversation_id)
        if echo_id is not None and message.echo_id is None:
            message = dataclasses.replace(message, echo_id=echo_id)
        return message

    async def download(self, url: str, *, max_bytes: int = DEFAULT_MAX_DOWNLOAD) -> bytes:
        """The bytes behind an attachment URL (absolute, or relative to the server).

        Redirects are followed here (ActiveStorage answers 301/302 to the storage service); auth headers
        go only to URLs on the configured server.
        """
        import httpx  # deferred: not needed for the first paint (cold start)
        target = self._http.base_url.join(url) if "://" not in url else httpx.URL(url)
        for _ in range(MAX_REDIRECTS + 1):
            if target.scheme not in ("http", "https"):
                raise MalformedResponse(detail=f"download: unsupported URL scheme {target.scheme!r}")
            headers = {"Accept": "*/*"}
            if self.is_own_origin(target):
                headers.update(auth_headers(self._auth))
            try:
                request = self._http.build_request("GET", target, headers=headers)
                response = await self._http.send(request, stream=True)
            except httpx.HTTPError as exc:
                raise error_for_transport(exc, target.host) from exc
            try:
                if response.is_redirect and "location" in response.headers:
                    target = target.join(response.headers["location"])
                    continue
                if not response.is_success:
                    await response.aread()
                    raise error_for_response(response)
                return await _read_capped(response, max_bytes)
            finally:
                await response.aclose()
        raise MalformedResponse(detail=f"download: more than {MAX_REDIRECTS} redirects")


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    import httpx  # deferred: not needed for the first paint (cold start)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise ValidationFailed(f"The file is larger than {max_bytes // (1024 * 1024)} MB.")
            chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise error_for_transport(exc, response.request.url.host) from exc
    return b"".join(chunks)
