"""Domain values with behaviour: a message keeps its identity from pending to sent, a page knows whether
more follows, a user is shown by their display name, and secrets stay out of reprs."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from desktop.domain.models import (
    Availability,
    ConversationCounts,
    ConversationPage,
    Message,
    MessageType,
    Role,
    User,
    Workspace,
)

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def test_a_pending_message_keeps_its_key_when_the_server_gives_it_an_id() -> None:
    pending = Message(id=None, conversation_id=7, content="تمام، شكراً", message_type=MessageType.OUTGOING,
                      created_at=NOW, echo_id="e-1")
    sent = dataclasses.replace(pending, id=5012)
    assert pending.key == sent.key == "e:e-1"
    assert Message(id=5012, conversation_id=7, content="x", message_type=MessageType.INCOMING,
                   created_at=NOW).key == "m:5012"


def test_a_page_has_more_only_when_full_and_not_complete() -> None:
    counts = ConversationCounts(mine=0, unassigned=0, assigned=0, all=0)
    assert ConversationPage(counts, (), page=1).has_more is False
    full = tuple(object() for _ in range(25))  # only the count matters
    assert ConversationPage(counts, full, page=1).has_more is True  # type: ignore[arg-type]
    assert ConversationPage(counts, full, page=1, complete=True).has_more is False  # type: ignore[arg-type]


def test_user_is_named_by_display_name_and_hides_its_tokens() -> None:
    workspace = Workspace(1, "Customer support", Role.AGENT, Availability.ONLINE, Availability.ONLINE)
    user = User(id=3, name="Ahmed Samir", display_name="Ahmed", email="ahmed@example.com",
                pubsub_token="pubsub-secret", access_token="access-secret", default_workspace_id=1,
                workspaces=(workspace,))
    assert user.available_name == "Ahmed"
    assert dataclasses.replace(user, display_name=None).available_name == "Ahmed Samir"
    assert "pubsub-secret" not in repr(user) and "access-secret" not in repr(user)
