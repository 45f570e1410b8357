"""Decoders for people on the wire: the signed-in user and their workspaces (§3.1), contacts (§9.1 REST and
§9.2 push), agents (§10.1), teams (§8.3, the raw model from assignments and the push `{id,name}`) and the
slim "person" objects used as message senders and assignees (§10.2, §10.3).

Each `decode_*` takes JSON bytes or a parsed JSON value (plus a path used in error details), decodes it into
its wire shape (`decode_shapes.py`) and builds the domain object with the matching `*_from`; the other
decoders call `*_from` on shapes nested in theirs. All raise only `MalformedResponse`.
"""

from __future__ import annotations

from typing import Any

from desktop.api.chatwoot.decode_shapes import (
    AgentShape,
    ContactShape,
    PersonShape,
    TeamShape,
    UserShape,
    WorkspaceShape,
)
from desktop.api.chatwoot.decode_support import constructor, load, pick, table
from desktop.api.chatwoot.wire import to_str
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
    "Contact": SenderKind.CONTACT,
    "User": SenderKind.USER,
    "AgentBot": SenderKind.BOT,
}
_AVAILABILITY = table(Availability)
_ROLES = table(Role)
_contact = constructor(Contact)
_person = constructor(Person)
_team = constructor(Team)


def sender_kind(value: object, where: str, default: SenderKind = SenderKind.USER) -> SenderKind:
    """`"Contact"`, `"contact"`, `"User"`, `"AgentBot"`, `"agent_bot"`, `"Captain::Assistant"` → SenderKind.
    Unknown strings give `default`; a value that is not a string is malformed."""
    if value is None:
        return default
    if type(value) is not str:
        value = to_str(value, where)
    return pick(value, _SENDER_KINDS, default)


def workspace_from(shape: WorkspaceShape) -> Workspace:
    availability = pick(shape.availability, _AVAILABILITY, Availability.OFFLINE)
    return Workspace(
        id=shape.id,
        name=shape.name or "",
        role=pick(shape.role, _ROLES, Role.AGENT),
        availability=availability,
        availability_status=pick(shape.availability_status, _AVAILABILITY, availability),
        auto_offline=True if shape.auto_offline is None else shape.auto_offline,
        active=(shape.status or "").lower() != "suspended",
    )


def decode_workspace(value: Any, where: str = "account") -> Workspace:
    return workspace_from(load(WorkspaceShape, value, where))


def decode_user(value: Any, where: str = "user") -> User:
    """The User object (§3.1) from sign-in, /profile and the availability endpoints."""
    shape = load(UserShape, value, where)
    return User(
        id=shape.id,
        name=shape.name or "",
        display_name=shape.display_name or None,
        email=shape.email,
        pubsub_token=shape.pubsub_token or "",
        access_token=shape.access_token or "",
        default_workspace_id=shape.account_id,
        workspaces=tuple(workspace_from(account) for account in shape.accounts or ()),
        avatar_url=shape.avatar_url or "",
        message_signature=shape.message_signature,
    )


def contact_from(shape: ContactShape) -> Contact:
    custom, additional = shape.custom_attributes, shape.additional_attributes  # decoded afresh: the contact's own
    return _contact(
        shape.id,
        shape.name or "",
        shape.phone_number or None,
        shape.email or None,
        shape.thumbnail or "",
        shape.identifier or None,
        shape.blocked is True,
        {} if custom is None else custom,
        {} if additional is None else additional,
    )


def decode_contact(value: Any, where: str = "contact") -> Contact:
    """A contact in the REST shape (§9.1) or the push shape (§9.2); extra keys are ignored."""
    return contact_from(load(ContactShape, value, where))


def person_from(shape: PersonShape, where: str, kind_hint: object = None, key: str = "") -> Person:
    """A sender or assignee at path `where` + `key` (two parts, so that the path text is only built for an
    error). The kind comes from the object's own `type` key, else from `kind_hint` (a message's
    `sender_type` or a conversation's `assignee_type`), else it is a user."""
    own = shape.type
    # the common case first: the object's own exact wire type (a hint that is not a string is still refused)
    kind = _SENDER_KINDS.get(own) if own is not None and (kind_hint is None or type(kind_hint) is str) else None
    if kind is None:
        if kind_hint is None:
            hint = SenderKind.USER
        elif type(kind_hint) is str:  # an exact wire value, no path text to build
            hint = _SENDER_KINDS.get(kind_hint) or pick(kind_hint, _SENDER_KINDS, SenderKind.USER)
        else:
            hint = sender_kind(kind_hint, f"{where}{key}(type hint)")
        kind = hint if own is None else pick(own, _SENDER_KINDS, hint)
    availability = shape.availability_status
    return _person(
        shape.id,
        shape.available_name or shape.name or "",
        kind,
        shape.thumbnail or shape.avatar_url or "",
        None if availability is None else pick(availability, _AVAILABILITY, Availability.OFFLINE),
    )


def decode_person(value: Any, where: str = "person", kind_hint: object = None) -> Person:
    """A sender or assignee: Contact push, User push, agent-bot push, REST Agent or slim bot object."""
    return person_from(load(PersonShape, value, where), where, kind_hint)


def decode_agent(value: Any, where: str = "agent") -> Agent:
    """An Agent object (§10.1) from /agents, /assignable_agents, team members and assignments."""
    shape = load(AgentShape, value, where)
    return Agent(
        id=shape.id,
        name=shape.available_name or shape.name or "",
        email=shape.email or "",
        role=pick(shape.role, _ROLES, Role.AGENT),
        availability=pick(shape.availability_status, _AVAILABILITY, Availability.OFFLINE),
        thumbnail=shape.thumbnail or shape.avatar_url or "",
        confirmed=True if shape.confirmed is None else shape.confirmed,
    )


def team_from(shape: TeamShape) -> Team:
    return _team(
        shape.id, shape.name or "", shape.description or "", shape.allow_auto_assign is True, shape.is_member is True
    )


def decode_team(value: Any, where: str = "team") -> Team:
    """A team: the full `_team` view, the raw model (assignments) or the push `{id, name}`."""
    return team_from(load(TeamShape, value, where))
