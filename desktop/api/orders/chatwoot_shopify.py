"""Orders through Chatwoot's own Shopify integration (contract §14), for workspaces that connected a shop.

Two calls on the Chatwoot server the agent is signed in to: find the contact by phone with
`GET …/contacts/search?q=<E.164>` (a substring match on stored E.164, §9.3, so only exact matches are
kept), then `GET …/integrations/shopify/orders?contact_id=<id>`; the server finds the Shopify customer by
the contact's phone/email. Chatwoot errors become `OrderProviderError` with a specific message.
"""

from __future__ import annotations

from typing import Any

from desktop.api.chatwoot.client import ChatwootClient
from desktop.domain.errors import (
    AppError,
    MalformedResponse,
    NotFound,
    OrderProviderError,
    PermissionDenied,
    RateLimited,
    SessionExpired,
    Unreachable,
    ValidationFailed,
)
from desktop.domain.orders import Order

from .base import BadOrderData, as_dict, as_list, bad_response, text
from .shopify import decode_shopify_orders

MAX_CONTACTS = 3


class ChatwootShopifyProvider:
    """Uses the caller's signed-in `ChatwootClient`; the client (and its credentials) stay the caller's."""

    def __init__(self, client: ChatwootClient, account_id: int) -> None:
        self._client = client
        self._account = account_id

    @property
    def name(self) -> str:
        return "Shopify (via Chatwoot)"

    async def aclose(self) -> None:
        """Nothing to close: the Chatwoot client belongs to the session."""

    async def orders_for_phone(self, phone_e164: str) -> list[Order]:
        contact_ids = await self._contacts_with_phone(phone_e164)
        orders: list[Order] = []
        seen: set[str] = set()
        for contact_id in contact_ids[:MAX_CONTACTS]:
            body = await self._get(f"/api/v1/accounts/{self._account}/integrations/shopify/orders",
                                   {"contact_id": contact_id})
            for order in decode_shopify_orders(body, self.name):
                if order.id not in seen:
                    seen.add(order.id)
                    orders.append(order)
        return orders

    async def _contacts_with_phone(self, phone_e164: str) -> list[int]:
        body = await self._get(f"/api/v1/accounts/{self._account}/contacts/search",
                               {"q": phone_e164, "include_contact_inboxes": "false"})
        try:
            payload = as_list(as_dict(body, "response").get("payload"), "payload")
            found = []
            for contact in payload:
                contact = as_dict(contact, "contact")
                if text(contact.get("phone_number")) == phone_e164 and isinstance(contact.get("id"), int):
                    found.append(int(contact["id"]))
            return found
        except BadOrderData as exc:
            raise bad_response("Chatwoot", exc) from exc

    async def _get(self, path: str, params: dict[str, Any]) -> Any:
        try:
            return await self._client.request_json("GET", path, params=params)
        except OrderProviderError:
            raise
        except NotFound as exc:
            raise OrderProviderError("The Shopify integration is not connected in this workspace.",
                                     detail=exc.detail) from exc
        except ValidationFailed as exc:
            raise OrderProviderError(f"Shopify refused the lookup: {exc.user_message}", detail=exc.detail) from exc
        except SessionExpired as exc:
            raise OrderProviderError("Chatwoot refused the credentials: sign in again.", detail=exc.detail) from exc
        except PermissionDenied as exc:
            raise OrderProviderError("You are not allowed to see Shopify orders in this workspace.",
                                     detail=exc.user_message) from exc
        except RateLimited as exc:
            raise OrderProviderError("Chatwoot is busy (too many requests). Try again shortly.") from exc
        except Unreachable as exc:
            raise OrderProviderError("Chatwoot cannot be reached. Check the address and your connection.",
                                     detail=exc.detail) from exc
        except MalformedResponse as exc:
            raise bad_response("Chatwoot", exc) from exc
        except AppError as exc:
            raise OrderProviderError(f"Chatwoot could not list the Shopify orders: {exc.user_message}",
                                     detail=exc.detail) from exc
