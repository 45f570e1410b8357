"""Which links the app opens: only http and https, whether from message text, an order's tracking link or
an attachment (never `javascript:`, `file:` or a custom scheme)."""

from __future__ import annotations


def is_safe_url(url: str) -> bool:
    """Only http and https are ever opened."""
    return url.lower().startswith(("http://", "https://"))
