"""Cold start: the records logged before the first paint are kept in memory and written, in order and
redacted, once the log file is opened; a fresh process painting from the start cache has not imported
`logging.handlers` (nor socket, pickle, queue) by then."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.system.logging import configure_logging, defer_logging, logging_deferred
from tests.support.fresh import run_fresh

ROOT = Path(__file__).resolve().parents[2]


def test_records_before_the_log_file_is_opened_are_written_to_it_in_order(tmp_path: Path) -> None:
    log = logging.getLogger("desktop.test_deferred")
    logging.getLogger("httpx").setLevel(logging.NOTSET)  # as in a fresh process
    try:
        defer_logging(logging.INFO)
        assert logging_deferred()
        log.debug("below the level: dropped")
        log.info("first, token=abcdef123456")
        logging.getLogger("httpx").info("HTTP Request: GET https://chat.example.com/?token=x")  # kept quiet
        log.warning("second %s", "warning")
        log_file = configure_logging(tmp_path, level=logging.INFO, console=False)
        assert not logging_deferred()
        log.info("third, after the file is open")
        assert log_file is not None
        for handler in logging.getLogger().handlers:
            handler.flush()
        lines = log_file.read_text(encoding="utf-8").splitlines()
        messages = [line.split(": ", 1)[1] for line in lines if "desktop.test_deferred" in line]
        assert messages == ["first, token=***", "second warning", "third, after the file is open"]
        assert " WARNING " in lines[1]
        assert not [line for line in lines if "httpx" in line]  # request lines stay out, as after configuring
    finally:
        configure_logging(None, console=False)


def test_configuring_twice_writes_the_kept_records_once(tmp_path: Path) -> None:
    log = logging.getLogger("desktop.test_deferred")
    try:
        defer_logging(logging.INFO)
        defer_logging(logging.INFO)  # a second call keeps the one buffer
        log.info("once")
        configure_logging(tmp_path, console=False)
        log_file = configure_logging(tmp_path, console=False)
        assert log_file is not None
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert log_file.read_text(encoding="utf-8").count("once") == 1
    finally:
        configure_logging(None, console=False)


def test_importing_the_app_and_deferring_leaves_logging_handlers_unimported() -> None:
    out = run_fresh("""
        import sys
        import desktop.app
        from desktop.system.logging import defer_logging
        defer_logging()
        print("loaded:", [m for m in ("logging.handlers", "socket", "pickle", "queue") if m in sys.modules])
    """)
    assert "loaded: []" in out
