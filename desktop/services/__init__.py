"""Application state and use cases (async, no Qt)."""
