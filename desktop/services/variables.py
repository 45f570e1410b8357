"""Variables in saved replies: `{{contact.first_name || 'عميلنا'}}` filled on insert.

Known variables: contact.name, contact.first_name, contact.last_name, contact.phone, contact.email,
contact.id, agent.name, agent.first_name, agent.email, conversation.id, inbox.name; callers may add
more through `VariableContext.extra` / `with_values()`: in a conversation whose customer has a known order,
the `{{order.…}}` variables of the status answer (`wismo_answer.TEMPLATE_VARIABLES`: order.id, order.status,
order.eta, order.tracking_url…), formatted like it (localised status word and dates, isolates in Arabic). A fallback follows `||` (or Liquid's
`| default:`), quoted with '…' or "…". A contact "name" that is only the phone number (WhatsApp contacts
often are) counts as unknown, so the fallback or a prompt is used instead of greeting a number.

`fill()` never lets a raw `{{…}}` through: variables it cannot fill (unknown, empty without a fallback,
or malformed) are returned as `missing` for the UI to prompt; `complete()` applies the agent's answers
and raises `UnfilledVariables` if any is still missing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from desktop.domain.errors import ValidationFailed
from desktop.domain.models import Contact

_PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_FALLBACK = re.compile(
    r"""^\s*(?P<name>[^|'"]*?)\s*(?:(?:\|\||\|\s*default\s*:)\s*(?:'(?P<sq>[^']*)'|"(?P<dq>[^"]*)"|(?P<bare>[^'"]*?)))?\s*$"""
)
_NAME = re.compile(r"^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*$")
_PHONE_LIKE = re.compile(r"^[\s+()\-\d٠-٩]{6,}$")


class UnfilledVariables(ValidationFailed):
    """Some `{{…}}` still has no value: the message is not sent."""

    default_message = "Fill in every variable before sending."

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__(detail=", ".join(names), fields=names)
        self.names = names


@dataclass(frozen=True, slots=True)
class VariableContext:
    contact: Contact | None = None
    agent_name: str = ""
    agent_email: str = ""
    conversation_id: int | None = None
    inbox_name: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)

    def values(self) -> dict[str, str]:
        """Every variable the app knows a non-empty value for."""
        out: dict[str, str] = {}
        c = self.contact
        if c is not None:
            name = (c.name or "").strip()
            if name and not _PHONE_LIKE.match(name):
                parts = name.split()
                out["contact.name"] = name
                out["contact.first_name"] = parts[0]
                if len(parts) > 1:
                    out["contact.last_name"] = " ".join(parts[1:])
            if c.phone_number:
                out["contact.phone"] = c.phone_number
                out["contact.phone_number"] = c.phone_number
            if c.email:
                out["contact.email"] = c.email
            out["contact.id"] = str(c.id)
        if self.agent_name.strip():
            out["agent.name"] = self.agent_name.strip()
            out["agent.first_name"] = self.agent_name.split()[0]
        if self.agent_email:
            out["agent.email"] = self.agent_email
        if self.conversation_id is not None:
            out["conversation.id"] = str(self.conversation_id)
        if self.inbox_name:
            out["inbox.name"] = self.inbox_name
        out.update({k: v for k, v in self.extra.items() if v and v.strip()})
        return out


def with_values(context: VariableContext, values: Mapping[str, str]) -> VariableContext:
    """`context` with more variables (e.g. `{{order.…}}`); the context's own extra values win on a clash."""
    if not values:
        return context
    return replace(context, extra={**values, **context.extra})


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One `{{…}}` occurrence: `name` is what the agent is asked for (the raw text if malformed)."""

    raw: str
    name: str
    fallback: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class FillResult:
    text: str  # filled where possible; unfilled placeholders are kept raw (never to be sent as is)
    missing: tuple[str, ...]  # distinct names to prompt for, in order of appearance

    @property
    def complete(self) -> bool:
        return not self.missing


def placeholders(template: str) -> list[Placeholder]:
    found = []
    for m in _PLACEHOLDER.finditer(template):
        inner = m.group(1)
        parsed = _FALLBACK.match(inner)
        if parsed is not None and _NAME.match(parsed.group("name") or ""):
            fallback = next((g for g in parsed.group("sq", "dq", "bare") if g is not None), None)
            found.append(Placeholder(m.group(0), parsed.group("name"), fallback, m.start(), m.end()))
        else:
            found.append(Placeholder(m.group(0), inner.strip() or m.group(0), None, m.start(), m.end()))
    return found


def fill(template: str, context: VariableContext, answers: Mapping[str, str] | None = None) -> FillResult:
    """Fill what can be filled: the context first, then the agent's `answers`, then the fallback."""
    known = context.values()
    given = {k: v for k, v in (answers or {}).items() if v.strip()}
    parts: list[str] = []
    missing: list[str] = []
    pos = 0
    for ph in placeholders(template):
        parts.append(template[pos:ph.start])
        value = known.get(ph.name) or given.get(ph.name) or ph.fallback
        if value is not None:  # an explicit empty fallback ('') is a deliberate "nothing"
            parts.append(value)
        else:
            parts.append(ph.raw)
            if ph.name not in missing:
                missing.append(ph.name)
        pos = ph.end
    parts.append(template[pos:])
    return FillResult("".join(parts), tuple(missing))


def complete(template: str, context: VariableContext, answers: Mapping[str, str]) -> str:
    """The final text, or UnfilledVariables naming what is still missing."""
    result = fill(template, context, answers)
    if result.missing:
        raise UnfilledVariables(result.missing)
    return result.text


def has_raw_placeholder(text: str) -> bool:
    """True if `text` still contains a `{{…}}` (the composer refuses to send it)."""
    return _PLACEHOLDER.search(text) is not None
