"""Cold start: the cyclic garbage collector is off from the app's import until its session has started; then
it runs again and `gc_policy.settle` has frozen what the start made. A start that ends at the sign-in window
turns it back on as well; the import itself freezes what it made when it turns the collector back on.
Fresh interpreters run `desktop.app.main()` for real."""

from __future__ import annotations

from pathlib import Path

from tests.support.fresh import run_fresh

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
    import gc, sys
    import desktop.app
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    seen = []
    frozen_by_import = gc.get_freeze_count()  # what the import made (frozen when it turns the collector on)

    icons = []

    def watch(state):
        seen.append((state, gc.isenabled()))
        icons.append((state, not QApplication.instance().windowIcon().isNull()))

    original = desktop.app.Desktop.set_state
    desktop.app.Desktop.set_state = lambda self, state: (watch(state), original(self, state))[1]
    code = desktop.app.main(sys.argv[1:])
    print("exit", code, "states", seen, "enabled", gc.isenabled(), "frozen", gc.get_freeze_count() > frozen_by_import,
          "icons", icons)
"""


def run_main(tmp_path: Path, *args: str) -> str:
    return run_fresh(PROBE, *args, timeout=120, env={"SOUQDESK_HOME": str(tmp_path / "home"),
                                                     "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})


def test_the_collector_is_off_until_the_session_has_started_then_settled(tmp_path: Path) -> None:
    out = run_main(tmp_path, "--demo", "--smoke")
    assert "exit 0" in out
    assert "('main', False)" in out  # the window shown, the first page loading: no collection yet
    assert "('stopped', True)" in out and "frozen True" in out  # started: on again, start-up objects frozen
    icons = out.split("icons", 1)[1]
    assert "('main', False)" in icons and "('stopped', True)" in icons  # the window icon: after the paint


def test_a_start_at_the_sign_in_window_turns_the_collector_back_on(tmp_path: Path) -> None:
    out = run_main(tmp_path, "--quit-after", "1.5")
    assert "exit 0" in out
    assert "('signin', False)" in out  # nothing remembered: the sign-in window, collector on from there
    assert "('stopped', True)" in out  # (the state is recorded before the change is announced)


def test_importing_the_app_freezes_what_the_import_made_and_collects_again() -> None:
    out = run_fresh("""
        import gc
        collected = []
        gc.callbacks.append(lambda phase, info: collected.append(info["generation"]) if phase == "start" else None)
        import desktop.app
        after_import = list(collected)
        gc.collect(0)
        print("enabled", gc.isenabled(), "frozen", gc.get_freeze_count() > 10_000, "collections", after_import)
    """)
    assert "enabled True frozen True collections []" in out  # no collection traversed the import's objects
