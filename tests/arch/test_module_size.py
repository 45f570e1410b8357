"""Every module of the package stays within 300 lines: a module past that size holds more than one thing,
and a reader has to find the one they need in it."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
LIMIT = 300


def test_every_module_is_at_most_300_lines() -> None:
    sizes = {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert len(sizes) > 200  # the package was found
    too_long = {name: n for name, n in sizes.items() if n > LIMIT}
    assert too_long == {}
