"""Importing the `desktop` package sets up what the composition root would, for any process that runs the app's
code (tests, benchmarks, tools): httpx's command-line tool stays absent, and when PySide6 came first its
import hook answers from the source file without leaving every module's source in `linecache`.

Each check runs in a fresh interpreter: this test process imported all of it long ago.
"""

from __future__ import annotations

from tests.support.fresh import run_fresh


def test_pyside_imported_first_keeps_no_module_source_in_linecache() -> None:
    out = run_fresh("""
        import linecache, sys
        import PySide6
        import desktop.api.chatwoot.client, desktop.services.conversations, desktop.ui.inbox.pane  # noqa: E401
        feature = sys.modules["shibokensupport.feature"]
        check = feature._mod_uses_pyside
        print("replaced:", check.__name__)
        print("pane uses PySide6:", check(sys.modules["desktop.ui.inbox.pane"]),
              "services do:", check(sys.modules["desktop.services.conversations"]))
        print("sources kept:", [name for name in linecache.cache if "/desktop/" in name and "pyside_hook" not in name])
    """)
    assert "replaced: _quick_mod_uses_pyside" in out
    assert "pane uses PySide6: True services do: False" in out
    assert "sources kept: []" in out


def test_a_bundle_answers_for_a_module_without_source_without_searching_for_it() -> None:
    """A frozen bundle ships no source: PySide6's check would search every loader for it, and find none."""
    out = run_fresh("""
        import inspect, sys, types  # noqa: E401
        import PySide6
        import desktop  # noqa: F401
        searched = []
        inspect.getsource = lambda obj: searched.append(obj) or ""  # what PySide6's own check calls
        module = types.ModuleType("gone")
        module.__file__ = "/nonexistent/gone.py"
        check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
        sys.frozen = True  # as PyInstaller's bootloader sets it
        print("frozen:", check(module), len(searched))
        del sys.frozen
        print("from source:", check(module), len(searched))
    """)
    assert "frozen: False 0" in out
    assert "from source: False 1" in out  # without the bundle: PySide6's own check, as before


def test_httpx_cli_stays_absent_whatever_was_imported_first() -> None:
    out = run_fresh("""
        import sys
        import desktop
        import httpx
        print("cli absent:", sys.modules.get("httpx._main", "missing") is None, "rich" in sys.modules,
              "pygments" in sys.modules)
        print("client works:", httpx.URL("https://chat.example.com/app").host)
    """)
    assert "cli absent: True False False" in out
    assert "client works: chat.example.com" in out


def test_pyside_check_answers_are_kept_between_starts_and_a_changed_file_is_read_again(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The second start answers from the kept answers without reading the source; a file changed since (its
    size and modification time) is read again and answered anew."""
    (tmp_path / "lib").mkdir()
    module = tmp_path / "lib" / "probe_module.py"
    module.write_text("VALUE = 1\n")
    code = """
        import os, sys
        sys.path.insert(0, sys.argv[1])
        import PySide6
        import desktop  # noqa: F401
        from desktop.system import pyside_hook
        opened = []
        real_open = open
        pyside_hook.open = lambda path, *a, **k: opened.append(os.path.basename(path)) or real_open(path, *a, **k)
        import probe_module
        check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
        print("answer:", check(probe_module), "read:", opened.count("probe_module.py"),
              "kept:", os.path.exists(pyside_hook.cache_file()))
    """
    env = {"PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}
    first = run_fresh(code, str(tmp_path / "lib"), env=env)
    second = run_fresh(code, str(tmp_path / "lib"), env=env)
    module.write_text("from PySide6 import QtCore  # noqa: F401\nVALUE = 2\n")
    changed = run_fresh(code, str(tmp_path / "lib"), env=env)
    assert "answer: False read: 1 kept: False" in first  # read once (at its import), kept at exit
    assert "answer: False read: 0 kept: True" in second
    assert "answer: True read: 1 kept: True" in changed


def test_pyside_check_keeps_nothing_where_bytecode_is_not_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = """
        import os, sys
        import PySide6
        import desktop  # noqa: F401
        import desktop.services.conversations  # noqa: F401
        from desktop.system import pyside_hook
        print("cache:", pyside_hook.cache_file().startswith(sys.argv[1]))
    """
    env = {"PYTHONPYCACHEPREFIX": str(tmp_path / "pycache"), "PYTHONDONTWRITEBYTECODE": "1"}
    assert "cache: True" in run_fresh(code, str(tmp_path), env=env)
    assert not list((tmp_path / "pycache").rglob("pyside-source-check*"))


def test_pyside_check_reads_the_source_again_when_the_kept_answers_are_damaged(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.system import pyside_hook

    code = """
        import importlib.util, marshal, os, sys  # noqa: E401
        import PySide6  # before the desktop package, which reads the kept answers when PySide6 came first
        beside = os.path.dirname(importlib.util.cache_from_source(os.path.abspath("desktop/system/pyside_hook.py")))
        path = os.path.join(beside, f"pyside-source-check.{sys.implementation.cache_tag}.marshal")
        os.makedirs(beside, exist_ok=True)
        damaged = {os.path.abspath("desktop/services/conversations.py"): 7,
                   os.path.abspath("desktop/ui/inbox/pane.py"): (1, 2)}
        with open(path, "wb") as handle:
            handle.write(marshal.dumps((int(sys.argv[1]), damaged)))
        from desktop.system import pyside_hook
        print("same file:", pyside_hook.cache_file() == path)
        import desktop.services.conversations, desktop.ui.inbox.pane  # noqa: E401
        check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
        print("answers:", check(sys.modules["desktop.services.conversations"]), check(sys.modules["desktop.ui.inbox.pane"]))
    """
    out = run_fresh(code, str(pyside_hook.FORMAT), env={"PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")})
    assert "same file: True" in out
    assert "answers: False True" in out
