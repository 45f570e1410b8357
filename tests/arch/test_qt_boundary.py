"""The layering rule: `ui/` is the only package importing QtGui/QtWidgets (desktop/app, the composition root, and the
demo launcher may build the QApplication). import-linter cannot forbid sub-modules of an external package,
so this checks the source directly: every import statement of every module outside those places."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop

ROOT = Path(desktop.__file__).parent
ALLOWED = ("ui/", "app/", "demo.py")
FORBIDDEN = ("PySide6.QtGui", "PySide6.QtWidgets")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            if node.module == "PySide6":
                names.extend(f"PySide6.{alias.name}" for alias in node.names)
    return names


def test_only_ui_imports_qtgui_or_qtwidgets() -> None:
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(ALLOWED):
            continue
        for name in _imports(path):
            if name.startswith(FORBIDDEN):
                offenders.append(f"{rel}: {name}")
    assert offenders == [], "QtGui/QtWidgets imported outside desktop/ui: " + ", ".join(offenders)


def test_the_check_sees_imports() -> None:
    """Guard against a vacuous pass: the scanner must find the widget imports that ui/ does have."""
    found = [n for p in (ROOT / "ui").rglob("*.py") for n in _imports(p) if n.startswith(FORBIDDEN)]
    assert found
