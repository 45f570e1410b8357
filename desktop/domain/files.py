"""A file the agent attaches to an outgoing message (picked, pasted or dropped in the composer)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class OutgoingFile:
    """Name, MIME type and bytes; `repr()` never shows the bytes, so it can appear in logs."""

    filename: str
    content_type: str
    data: bytes = field(repr=False)
