"""Plain values of the team-lead reports: window metrics, per-entity rows, trend points, live counts, CSAT and
the conversation-level export. Durations are seconds (float) or None when there was nothing to average."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktop.domain.kinds import Availability


class EntityKind(enum.StrEnum):
    """What a per-entity table is grouped by (the server's `type` / summary_reports path)."""

    AGENT = "agent"
    TEAM = "team"
    INBOX = "inbox"
    LABEL = "label"


class Metric(enum.StrEnum):
    """The time-series metrics the server offers."""

    CONVERSATIONS = "conversations_count"
    INCOMING = "incoming_messages_count"
    OUTGOING = "outgoing_messages_count"
    FIRST_RESPONSE = "avg_first_response_time"
    RESOLUTION_TIME = "avg_resolution_time"
    REPLY_TIME = "reply_time"
    RESOLUTIONS = "resolutions_count"

    @property
    def is_duration(self) -> bool:
        return self in (Metric.FIRST_RESPONSE, Metric.RESOLUTION_TIME, Metric.REPLY_TIME)


@dataclass(frozen=True, slots=True)
class WindowMetrics:
    conversations: int = 0
    incoming: int = 0
    outgoing: int = 0
    resolutions: int = 0
    avg_first_response: float | None = None
    avg_resolution: float | None = None
    avg_reply: float | None = None


@dataclass(frozen=True, slots=True)
class SummaryReport:
    current: WindowMetrics
    previous: WindowMetrics


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One row of a per-agent/team/inbox/label table; counts are None when the server had nothing."""

    id: int
    conversations: int | None
    resolved: int | None
    avg_first_response: float | None
    avg_resolution: float | None
    avg_reply: float | None


@dataclass(frozen=True, slots=True)
class TrendPoint:
    timestamp: int  # start of the period (epoch seconds)
    value: float
    count: int | None = None  # how many events an average is over (None for counts)


@dataclass(frozen=True, slots=True)
class LiveCounts:
    open: int
    unattended: int
    unassigned: int


@dataclass(frozen=True, slots=True)
class CsatMetrics:
    responses: int
    surveys_sent: int
    ratings: dict[int, int] = field(default_factory=dict)

    @property
    def average(self) -> float | None:
        total = sum(self.ratings.values())
        return sum(r * n for r, n in self.ratings.items()) / total if total else None

    @property
    def response_rate(self) -> float | None:
        return self.responses / self.surveys_sent if self.surveys_sent else None

    @property
    def satisfied_share(self) -> float | None:
        """Share of ratings of 4 or 5 (what "CSAT %" usually means)."""
        total = sum(self.ratings.values())
        return sum(n for r, n in self.ratings.items() if r >= 4) / total if total else None


@dataclass(frozen=True, slots=True)
class CsatResponse:
    id: int
    rating: int
    feedback: str | None
    conversation_id: int
    agent_id: int | None
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class ExportConversation:
    """What the conversation list tells about one conversation, for the conversation-level export."""

    id: int
    inbox_id: int
    status: str
    priority: str | None
    contact_name: str
    contact_phone: str | None
    labels: tuple[str, ...]
    assignee_id: int | None
    assignee_name: str | None
    team_id: int | None
    team_name: str | None
    created_at: datetime | None
    first_reply_at: datetime | None
    last_activity_at: datetime | None


@dataclass(frozen=True, slots=True)
class Period:
    since: datetime  # aware
    until: datetime  # aware, exclusive

    @property
    def length(self) -> timedelta:
        return self.until - self.since

    def previous(self) -> Period:
        return Period(self.since - self.length, self.since)

    def group_by(self) -> str:
        """Trend granularity readable at a glance: hours up to two days, days up to three months, else weeks."""
        if self.length <= timedelta(days=2):
            return "hour"
        return "day" if self.length <= timedelta(days=92) else "week"

    def timezone_offset(self) -> float:
        offset = self.since.utcoffset()
        return offset.total_seconds() / 3600 if offset is not None else 0.0


@dataclass(frozen=True, slots=True)
class AgentLoad:
    """A row of the team-lead board (from reports/conversations?type=agent)."""

    agent_id: int
    name: str
    email: str
    availability: Availability
    open_count: int
    unattended_count: int
