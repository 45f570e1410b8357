"""Logging set-up: a rotating log file under the app data dir, and redaction of secrets.

Every record passes `RedactingFilter`, which masks access tokens, passwords, MFA codes, pubsub tokens
and `Authorization` headers, so that nothing secret reaches a log file or `doctor` output even when a
library logs a request. Use `redact()` directly for any text built from user or server data.

Cold start: `defer_logging()` keeps the records of the start in memory until `configure_logging()` opens the
log file after the first paint (`logging.handlers` and what it imports, socket, pickle and queue among them,
are not needed before); it then writes them, in order, through the new handlers.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

_SECRET_KEYS = (
    r"access[-_]?token|api_access_token|password|passwd|otp_code|backup_code|mfa_token|pubsub_token|"
    r"client|uid|secret|authorization|token"
)
# key=value, "key": "value", key: value (headers). The patterns are compiled at the first `redact()`, not at
# import: that is after the first paint, when the log file is opened.
_PAIR = rf"""(?ix)
    (?P<key>["']?(?:{_SECRET_KEYS})["']?\s*[:=]\s*)
    (?P<quote>["']?)
    (?P<value>(?:Bearer\s+)?[^\s"',;&}}]+)
    """
_BEARER = r"(?i)\bBearer\s+[A-Za-z0-9._~+/=-]{8,}"
_SANDBOX_TOKEN = r"\bsbx-[A-Za-z0-9-]{6,}"
MASK = "***"


def redact(text: str) -> str:
    """Mask anything that looks like a secret in `text`."""
    if not text:
        return text
    pair, bearer, sandbox_token = _patterns()
    masked = pair.sub(lambda m: f"{m.group('key')}{m.group('quote')}{MASK}", text)
    masked = bearer.sub(f"Bearer {MASK}", masked)
    return sandbox_token.sub(MASK, masked)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return re.compile(_PAIR), re.compile(_BEARER), re.compile(_SANDBOX_TOKEN)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and its exception text) with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class _PendingRecords(logging.Handler):
    """Holds the records logged before the log file is open (see `defer_logging`)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self._souqdesk = True

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def defer_logging(level: int = logging.INFO) -> None:
    """Keep the records of `level` and above in memory until `configure_logging()` is called."""
    root = logging.getLogger()
    root.setLevel(level)
    _quiet_libraries()
    if not logging_deferred():
        root.addHandler(_PendingRecords())


def _quiet_libraries() -> None:
    # httpx logs every request line at INFO; keep it at WARNING (URLs may carry query secrets).
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def logging_deferred() -> bool:
    """True between `defer_logging()` and the next `configure_logging()`."""
    return any(isinstance(handler, _PendingRecords) for handler in logging.getLogger().handlers)


def configure_logging(log_dir: Path | None, *, level: int = logging.INFO, console: bool = True) -> Path | None:
    """Install the redacting filter on the root logger, a rotating file in `log_dir`, and stderr.

    Idempotent: calling it again replaces the handlers it installed before. Records kept by `defer_logging()`
    go to the new handlers first. Returns the log file path.
    """
    root = logging.getLogger()
    root.setLevel(level)
    pending: list[logging.LogRecord] = []
    for handler in list(root.handlers):
        if getattr(handler, "_souqdesk", False):
            root.removeHandler(handler)
            handler.close()
            if isinstance(handler, _PendingRecords):
                pending = handler.records
    log_file: Path | None = None
    handlers: list[logging.Handler] = []
    if log_dir is not None:
        from logging.handlers import RotatingFileHandler  # not before the first paint (see `defer_logging`)

        log_dir.mkdir(parents=True, exist_ok=True)
        log_file = log_dir / "souqdesk.log"
        handlers.append(
            RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        )
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(RedactingFilter())
        handler._souqdesk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        for record in pending:
            if record.levelno >= handler.level:
                handler.handle(record)
    _quiet_libraries()
    return log_file
