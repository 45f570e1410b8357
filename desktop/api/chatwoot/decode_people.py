"""Decoders for people on the wire: the signed-in user and their workspaces (§3.1), contacts (§9.1 REST and
§9.2 push), agents (§10.1), teams (§8.3, the raw model from assignments and the push `{id,name}`) and the
slim "person" objects used as message senders and assignees (§10.2, §10.3).

All functions take the JSON value and a path used in error details, and raise only `MalformedResponse`.
"""

from __future__ import annotations

from typing import Any

from desktop.api.chatwoot.wire import (
    arr_or_empty,
    each,
    enum_of,
    key,
    obj,
    obj_or_empty,
    opt_str,
    str_or_empty,
    to_bool,
    to_int,
    to_str,
)
from desktop.domain.models import (
    Agent,
    Availability,
    Contact,
    Person,
    Role,
    SenderKind,
    Team,
    User,
    Workspace,
)

# `type` in push objects (§6.2, §10.2, §10.3) and `sender_type` / `assignee_type` (§6.3, §4.2).
_SENDER_KINDS = {
    "contact": SenderKind.CONTACT,
    "user": SenderKind.USER,
    "agent_bot": SenderKind.BOT,
    "agentbot": SenderKind.BOT,
    "captain::assistant": SenderKind.BOT,
    "captain_assistant": SenderKind.BOT,
    "bot": SenderKind.BOT,
}


def sender_kind(value: object, where: str, default: SenderKind = SenderKind.USER) -> SenderKind:
    """`"Contact"`, `"contact"`, `"User"`, `"AgentBot"`, `"agent_bot"`, `"Captain::Assistant"` → SenderKind.
    Unknown strings give `default`."""
    if value is None:
        return default
    return _SENDER_KINDS.get(to_str(value, where).strip().lower(), default)


def decode_workspace(value: Any, where: str = "account") -> Workspace:
    data = obj(value, where)
    availability = enum_of(data.get("availability"), f"{where}.availability", Availability, Availability.OFFLINE)
    return Workspace(
        id=to_int(key(data, "id", where), f"{where}.id"),
        name=str_or_empty(data.get("name"), f"{where}.name"),
        role=enum_of(data.get("role"), f"{where}.role", Role, Role.AGENT),
        availability=availability,
        availability_status=enum_of(
            data.get("availability_status"), f"{where}.availability_status", Availability, availability
        ),
        auto_offline=to_bool(data.get("auto_offline"), f"{where}.auto_offline", default=True),
        active=str_or_empty(data.get("status"), f"{where}.status").lower() != "suspended",
    )


def decode_user(value: Any, where: str = "user") -> User:
    """The User object (§3.1) from sign-in, /profile and the availability endpoints."""
    data = obj(value, where)
    account_id = data.get("account_id")
    return User(
        id=to_int(key(data, "id", where), f"{where}.id"),
        name=str_or_empty(data.get("name"), f"{where}.name"),
        display_name=opt_str(data.get("display_name"), f"{where}.display_name") or None,
        email=to_str(key(data, "email", where), f"{where}.email"),
        pubsub_token=str_or_empty(data.get("pubsub_token"), f"{where}.pubsub_token"),
        access_token=str_or_empty(data.get("access_token"), f"{where}.access_token"),
        default_workspace_id=None if account_id is None else to_int(account_id, f"{where}.account_id"),
        workspaces=tuple(each(arr_or_empty(data.get("accounts"), f"{where}.accounts"), f"{where}.accounts",
                              decode_workspace)),
        avatar_url=str_or_empty(data.get("avatar_url"), f"{where}.avatar_url"),
        message_signature=opt_str(data.get("message_signature"), f"{where}.message_signature"),
    )


def decode_contact(value: Any, where: str = "contact") -> Contact:
    """A contact in the REST shape (§9.1) or the push shape (§9.2); extra keys are ignored."""
    data = obj(value, where)
    return Contact(
        id=to_int(key(data, "id", where), f"{where}.id"),
        name=str_or_empty(data.get("name"), f"{where}.name"),
        phone_number=opt_str(data.get("phone_number"), f"{where}.phone_number") or None,
        email=opt_str(data.get("email"), f"{where}.email") or None,
        thumbnail=str_or_empty(data.get("thumbnail"), f"{where}.thumbnail"),
        identifier=opt_str(data.get("identifier"), f"{where}.identifier") or None,
        blocked=to_bool(data.get("blocked"), f"{where}.blocked"),
        custom_attributes=obj_or_empty(data.get("custom_attributes"), f"{where}.custom_attributes"),
        additional_attributes=obj_or_empty(data.get("additional_attributes"), f"{where}.additional_attributes"),
    )


def _display_name(data: dict[str, Any], where: str) -> str:
    available = str_or_empty(data.get("available_name"), f"{where}.available_name")
    return available or str_or_empty(data.get("name"), f"{where}.name")


def _picture(data: dict[str, Any], where: str) -> str:
    thumbnail = str_or_empty(data.get("thumbnail"), f"{where}.thumbnail")
    return thumbnail or str_or_empty(data.get("avatar_url"), f"{where}.avatar_url")


def decode_person(value: Any, where: str = "person", kind_hint: object = None) -> Person:
    """A sender or assignee: Contact push, User push, agent-bot push, REST Agent or slim bot object.

    The kind comes from the object's own `type` key, else from `kind_hint` (a message's `sender_type` or a
    conversation's `assignee_type`), else it is a user.
    """
    data = obj(value, where)
    hint = sender_kind(kind_hint, f"{where}(type hint)")
    kind = sender_kind(data.get("type"), f"{where}.type", default=hint)
    availability = data.get("availability_status")
    return Person(
        id=to_int(key(data, "id", where), f"{where}.id"),
        name=_display_name(data, where),
        kind=kind,
        thumbnail=_picture(data, where),
        availability=None if availability is None else enum_of(
            availability, f"{where}.availability_status", Availability, Availability.OFFLINE
        ),
    )


def decode_agent(value: Any, where: str = "agent") -> Agent:
    """An Agent object (§10.1) from /agents, /assignable_agents, team members and assignments."""
    data = obj(value, where)
    return Agent(
        id=to_int(key(data, "id", where), f"{where}.id"),
        name=_display_name(data, where),
        email=str_or_empty(data.get("email"), f"{where}.email"),
        role=enum_of(data.get("role"), f"{where}.role", Role, Role.AGENT),
        availability=enum_of(
            data.get("availability_status"), f"{where}.availability_status", Availability, Availability.OFFLINE
        ),
        thumbnail=_picture(data, where),
        confirmed=to_bool(data.get("confirmed"), f"{where}.confirmed", default=True),
    )


def decode_team(value: Any, where: str = "team") -> Team:
    """A team: the full `_team` view, the raw model (assignments) or the push `{id, name}`."""
    data = obj(value, where)
    return Team(
        id=to_int(key(data, "id", where), f"{where}.id"),
        name=str_or_empty(data.get("name"), f"{where}.name"),
        description=str_or_empty(data.get("description"), f"{where}.description"),
        allow_auto_assign=to_bool(data.get("allow_auto_assign"), f"{where}.allow_auto_assign"),
        is_member=to_bool(data.get("is_member"), f"{where}.is_member"),
    )
