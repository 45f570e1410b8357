"""The start cache's codec and keys: domain values round-trip through JSON, other users/servers/queries and
damaged or outdated files read as "no cache"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.models import (
    Availability,
    ChannelKind,
    Contact,
    Conversation,
    ConversationQuery,
    ConversationStatus,
    Message,
    MessageType,
    Person,
    Priority,
    Role,
    SenderKind,
    User,
    Workspace,
)
from desktop.system.start_cache import StartCache, decode, encode
from desktop.system.storage import JsonFileStorage

WHEN = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _user() -> User:
    workspace = Workspace(1, "Souq Deals", Role.AGENT, Availability.ONLINE, Availability.BUSY)
    return User(7, "Ahmed", "أحمد", "a@example.com", "pubsub-secret", "access-secret", 1, (workspace,))


def _conversation(number: int) -> Conversation:
    contact = Contact(number, "منى", phone_number="+201000000000", custom_attributes={"tier": "gold", "n": 2})
    message = Message(99, number, "مرحبا 👋", MessageType.INCOMING, WHEN,
                      sender=Person(number, "منى", SenderKind.CONTACT))
    return Conversation(number, 1, 3, ConversationStatus.OPEN, contact, priority=Priority.HIGH,
                        assignee=Person(7, "Ahmed", SenderKind.USER, availability=Availability.ONLINE),
                        labels=("vip", "refund"), unread_count=2, last_activity_at=WHEN, updated_at=1732354200.5,
                        last_message=message, channel=ChannelKind.WHATSAPP)


def test_domain_values_round_trip() -> None:
    conversation = _conversation(5)
    assert decode(Conversation, encode(conversation)) == conversation
    assert decode(Conversation, encode(conversation)).contact.custom_attributes == {"tier": "gold", "n": 2}
    assert decode(User, encode(_user())) == _user()


def test_profile_is_kept_per_server_without_tokens(tmp_path: Path) -> None:
    cache = StartCache(JsonFileStorage(tmp_path / "store"))
    cache.save_profile("https://chat.example", _user())
    assert "secret" not in "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "store").iterdir())
    loaded = cache.load_profile("https://chat.example")
    assert loaded is not None and loaded.id == 7 and loaded.workspaces == _user().workspaces
    assert loaded.access_token == "" and loaded.pubsub_token == ""
    assert cache.load_profile("https://other.example") is None


def test_lists_follow_user_and_query(tmp_path: Path) -> None:
    cache = StartCache(JsonFileStorage(tmp_path / "store"))
    mine = ConversationQuery()
    rows = [_conversation(n) for n in range(1, 40)]
    cache.save_list(7, 1, mine, rows)
    assert cache.load_list(7, 1, mine) == rows[:25]  # the first page only
    assert cache.load_list(8, 1, mine) == []  # someone else
    assert cache.load_list(7, 2, mine) == []  # another workspace
    assert cache.load_list(7, 1, ConversationQuery(status=None)) == []  # another query
    cache.clear([1])
    assert cache.load_list(7, 1, mine) == [] and cache.load_profile("https://chat.example") is None


def test_damaged_or_outdated_cache_reads_as_none(tmp_path: Path) -> None:
    storage = JsonFileStorage(tmp_path / "store")
    cache = StartCache(storage)
    storage.save("start-profile", {"version": 1, "server": "s", "user": {"id": "seven"}})
    assert cache.load_profile("s") is None
    storage.save("start-profile", {"version": 0, "server": "s", "user": encode(_user())})
    assert cache.load_profile("s") is None
    storage.save("start-list-1", {"version": 1, "user": 7, "query": encode(ConversationQuery()),
                                  "rows": [{"id": 1}]})
    assert cache.load_list(7, 1, ConversationQuery()) == []
    (tmp_path / "store" / "start-list-1.json").write_text("{not json", encoding="utf-8")
    assert cache.load_list(7, 1, ConversationQuery()) == []
