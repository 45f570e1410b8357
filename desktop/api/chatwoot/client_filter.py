"""Conditions of the advanced conversation filter (contract §4.4) and their wire payload.

`FilterCondition(attribute, operator, values, query_operator)` is one row of the filter: for example
`FilterCondition.equal("assignee_id", 7)` or `FilterCondition.equal("status", "open", "pending")`. Its
`query_operator` ("and" / "or") joins it to the *next* condition; chaining follows SQL precedence on the
server (AND binds tighter than OR). `filter_payload()` builds the request body and nulls the last
condition's operator, as the server requires (it pastes the operators into its SQL).

Attributes and their operators are the server's `lib/filters/filter_keys.yml`; custom attribute keys
(any other identifier) take every operator and are checked by the server. Dates (`created_at`,
`last_activity_at`) compare by calendar day: pass a `date`/`datetime` or a `YYYY-MM-DD` string, or a
number of days for `days_before`. Bad conditions raise `ValidationFailed` before any request is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from desktop.domain.errors import ValidationFailed

FILTER_PAGE_SIZE = 25

_EQ = ("equal_to", "not_equal_to")
_PRESENT = ("is_present", "is_not_present")
_LIKE = ("contains", "does_not_contain")
_DATES = ("is_greater_than", "is_less_than", "days_before")
OPERATORS: tuple[str, ...] = (*_EQ, *_LIKE, *_PRESENT, *_DATES)
ATTRIBUTE_OPERATORS: dict[str, tuple[str, ...]] = {
    "status": _EQ,
    "assignee_id": _EQ + _PRESENT,
    "inbox_id": _EQ + _PRESENT,
    "team_id": _EQ + _PRESENT,
    "priority": _EQ,
    "display_id": _EQ + _LIKE,
    "campaign_id": _EQ + _PRESENT,
    "labels": _EQ + _PRESENT,
    "browser_language": _EQ,
    "conversation_language": _EQ,
    "country_code": _EQ,
    "referer": _EQ + _LIKE,
    "created_at": _DATES,
    "last_activity_at": _DATES,
    "mail_subject": _EQ + _LIKE,
}
DATE_ATTRIBUTES = frozenset({"created_at", "last_activity_at"})

FilterValue = str | int | date


@dataclass(frozen=True, slots=True)
class FilterCondition:
    """One condition of the advanced filter; `query_operator` joins it to the next one."""

    attribute: str
    operator: str
    values: tuple[FilterValue, ...] = ()
    query_operator: str = "and"

    def __post_init__(self) -> None:
        if isinstance(self.values, (str, int, date)):  # a lone value instead of a tuple
            object.__setattr__(self, "values", (self.values,))
        else:
            object.__setattr__(self, "values", tuple(self.values))
        allowed = ATTRIBUTE_OPERATORS.get(self.attribute)
        if allowed is None and not self.attribute.isidentifier():
            raise ValidationFailed(f"Unknown filter attribute: {self.attribute!r}.", fields=("attribute",))
        if self.operator not in (allowed or OPERATORS):
            raise ValidationFailed(
                f"The filter operator {self.operator!r} does not apply to {self.attribute}; "
                f"use one of {', '.join(allowed or OPERATORS)}.", fields=("operator",))
        if self.query_operator.lower() not in ("and", "or"):
            raise ValidationFailed(f"Conditions are joined by 'and' or 'or', not {self.query_operator!r}.",
                                   fields=("query_operator",))
        if self.operator not in _PRESENT and not self.values:
            raise ValidationFailed(f"The filter on {self.attribute} needs a value.", fields=("values",))
        for value in self.values:
            if isinstance(value, bool) or not isinstance(value, (str, int, date)):
                raise ValidationFailed(f"Unsupported filter value for {self.attribute}: {value!r}.",
                                       fields=("values",))

    # -- the common shapes -------------------------------------------------------------------------
    @classmethod
    def equal(cls, attribute: str, *values: FilterValue, query_operator: str = "and") -> FilterCondition:
        """`attribute` is any of `values`."""
        return cls(attribute, "equal_to", tuple(values), query_operator)

    @classmethod
    def present(cls, attribute: str, present: bool = True, query_operator: str = "and") -> FilterCondition:
        return cls(attribute, "is_present" if present else "is_not_present", (), query_operator)

    def wire(self, last: bool) -> dict[str, Any]:
        return {
            "attribute_key": self.attribute,
            "filter_operator": self.operator,
            "values": [_wire_value(self, value) for value in self.values],
            "query_operator": None if last else self.query_operator.lower(),
        }


def _wire_value(condition: FilterCondition, value: FilterValue) -> str | int:
    if isinstance(value, datetime):  # the server's days are UTC days
        return (value.astimezone(UTC) if value.tzinfo is not None else value).date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if condition.attribute in DATE_ATTRIBUTES and condition.operator != "days_before":
        try:
            return date.fromisoformat(str(value).strip()[:10]).isoformat()
        except ValueError:
            raise ValidationFailed(f"{condition.attribute} needs a date (YYYY-MM-DD), not {value!r}.",
                                   fields=("values",)) from None
    return value


def filter_payload(conditions: Sequence[FilterCondition]) -> dict[str, Any]:
    """The request body of `POST …/conversations/filter`."""
    items = list(conditions)
    if not items:
        raise ValidationFailed("A filter needs at least one condition.")
    for item in items:
        if not isinstance(item, FilterCondition):
            raise TypeError(f"expected FilterCondition, got {type(item).__name__}")
    return {"payload": [c.wire(i == len(items) - 1) for i, c in enumerate(items)]}
