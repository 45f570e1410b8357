"""SouqDesk: a native desktop client for support agents on a Chatwoot-compatible inbox."""

__version__ = "0.1.0"
