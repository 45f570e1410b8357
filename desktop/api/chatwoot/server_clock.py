"""The server's clock as this client sees it: learnt from the `Date` header of every answer (RFC 9110: the
time the server made the answer, to the second), so countdowns that the server decides (WhatsApp's 24-hour
reply window) are counted on the server's time, whatever the PC's clock says. Also remembers when the server
last answered at all (any status), which tells the realtime client that the network is up."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

MAX_OFFSET = 366 * 86400.0  # a Date further off than a year is a broken header, not a clock
SAME_SECOND = 1.5  # our clock this far past the Date (one second of truncation and the trip): no offset


class ServerClock:
    def __init__(self) -> None:
        self.offset = 0.0  # seconds the server's clock is ahead of ours (negative: behind)
        self.known = False
        self.answered_at: float | None = None  # time.monotonic() of the last answer

    def observe(self, date_header: str | None, *, received_at: float | None = None) -> None:
        """Note one answer and its Date header (unparsable or missing: only that the server answered)."""
        self.answered_at = time.monotonic()
        if not date_header:
            return
        try:
            server = parsedate_to_datetime(date_header)
        except (TypeError, ValueError, IndexError):
            return
        if server.tzinfo is None:
            return  # a Date must be in GMT; one without a zone is not trusted
        local = time.time() if received_at is None else received_at
        late = local - server.timestamp()  # the header is truncated to the second, then the answer travels
        offset = 0.0 if 0.0 <= late <= SAME_SECOND else 0.5 - late  # within its resolution: the same clock
        if abs(offset) <= MAX_OFFSET:
            self.offset, self.known = offset, True

    def now(self) -> datetime:
        """The server's current time (our clock when no Date was seen yet)."""
        return datetime.now(UTC) + timedelta(seconds=self.offset)

    def answered_within(self, seconds: float) -> bool:
        return self.answered_at is not None and time.monotonic() - self.answered_at <= seconds
