"""Builds a real ConversationPane against the sandbox for the conversation/composer/contact UI tests.

Everything is real: the REST client and the realtime client over loopback, the persisted outbox and drafts
on JSON files under SOUQDESK_HOME, RealtimeSync, WorkspaceLookups and the order lookup against the
sandbox's fulfilment endpoint. Only the URL opener is a recorder (no browser in tests).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QUrl

from desktop.api.chatwoot.client import ChatwootClient
from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.api.orders.generic import GenericJsonProvider
from desktop.domain.events import ConnectionState
from desktop.domain.models import AssigneeFilter, Conversation, ConversationQuery, ConversationStatus
from desktop.services.conversation_reader import ConversationReader
from desktop.services.drafts import Drafts
from desktop.services.orders import OrderLookup
from desktop.services.outbox import Outbox
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.workspace import WorkspaceLookups
from desktop.system.credentials import KeyringCredentialStore
from desktop.system.storage import JsonFileStorage
from desktop.ui.conversation.pane import ConversationPane
from desktop.ui.notifier import Notifier

MONA_TOKEN = "sbx-mona-token-0001"
AHMED_TOKEN = "sbx-ahmed-token-0002"
fast_realtime = functools.partial(RealtimeClient, backoff=(0.05, 0.3), ping_timeout=4.0, confirm_timeout=3.0)


@dataclass
class Harness:
    session: SessionService
    outbox: Outbox
    drafts: Drafts
    sync: RealtimeSync
    lookups: WorkspaceLookups
    orders: OrderLookup
    notifier: Notifier
    pane: ConversationPane
    opened: list[str] = field(default_factory=list)
    states: list[tuple[int, ConnectionState]] = field(default_factory=list)

    @property
    def client(self) -> ChatwootClient:
        return self.session.client

    def close(self, aloop: Any) -> None:
        self.pane.close_conversation()
        self.pane.tasks.cancel_all()
        self.pane.contact_panel.tasks.cancel_all()
        self.pane.contact_panel.orders.tasks.cancel_all()
        self.drafts.flush()
        aloop.run(self.sync.stop())
        aloop.run(self.outbox.close())
        aloop.run(self.orders.aclose())
        aloop.run(self.orders.provider.aclose())
        aloop.run(self.session.client.aclose())


def build(qtbot: Any, aloop: Any, sandbox: Any, token: str = MONA_TOKEN, *,
          backoff: tuple[float, float] = (0.05, 0.3)) -> Harness:
    session = SessionService(ChatwootClient, KeyringCredentialStore())
    aloop.run(session.sign_in_token(sandbox.url, token, remember=False))
    client = session.client
    storage = JsonFileStorage()
    user_id = session.user.id if session.user else None
    outbox = Outbox(client, storage, user_id=user_id, backoff=backoff)
    aloop.run(outbox.start())
    drafts = Drafts(storage, delay=0.05)
    lookups = WorkspaceLookups(client, 1)
    aloop.run(lookups.refresh())
    orders = OrderLookup(GenericJsonProvider(sandbox.url + "/fulfilment/orders?phone={phone}"))
    notifier = Notifier()
    sync = RealtimeSync(session, fast_realtime, outbox=outbox, retry_backoff=(0.1, 0.5))
    opened: list[str] = []
    pane = ConversationPane(
        reader=ConversationReader(client), outbox=outbox, drafts=drafts, notifier=notifier, lookups=lambda _a: lookups,
        register_timeline=sync.register_timeline, events=sync.event,
        orders=orders, url_opener=lambda url: opened.append(QUrl(url).toString()),
    )
    qtbot.addWidget(pane)
    pane.resize(1100, 760)
    pane.show()
    harness = Harness(session, outbox, drafts, sync, lookups, orders, notifier, pane, opened)
    sync.connection_changed.connect(lambda account, state: harness.states.append((account, state)))
    aloop.run(sync.start())
    aloop.until(lambda: (1, ConnectionState.CONNECTED) in harness.states)
    return harness


def conversations(aloop: Any, client: ChatwootClient, account_id: int = 1, *,
                  every_status: bool = False) -> list[Conversation]:
    """Every open (or every) conversation of the workspace visible to the user (all pages)."""
    found: list[Conversation] = []
    page_no = 1
    query = ConversationQuery(assignee=AssigneeFilter.ALL, status=None if every_status else ConversationStatus.OPEN)
    while True:
        page = aloop.run(client.list_conversations(account_id, query, page_no))
        found.extend(page.conversations)
        if not page.has_more:
            return found
        page_no += 1


def pick(aloop: Any, client: ChatwootClient, predicate: Any, account_id: int = 1) -> Conversation:
    for conversation in conversations(aloop, client, account_id):
        if predicate(conversation):
            return conversation
    raise AssertionError("the sandbox has no conversation matching the test's needs")


def open_and_load(aloop: Any, harness: Harness, conversation: Conversation) -> None:
    pane = harness.pane
    pane.show_conversation(conversation.account_id, conversation.id)
    aloop.until(lambda: pane.model.rowCount() > 0 and not pane.tasks.is_running("open")
                and pane.conversation is not None)


def long_conversation(aloop: Any, client: ChatwootClient, account_id: int = 1) -> Conversation:
    """A conversation whose history really has more than one page (the newest page is full and the
    page before it is not empty)."""
    for conversation in conversations(aloop, client, account_id, every_status=True):
        page = aloop.run(client.list_messages(account_id, conversation.id))
        if page.has_more_before and page.messages and page.messages[0].id is not None:
            older = aloop.run(client.list_messages(account_id, conversation.id, before=page.messages[0].id))
            if older.messages:
                return conversation
    raise AssertionError("the sandbox has no conversation with more than one page of messages")
