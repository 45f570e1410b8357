"""The Qt switches the app sets for itself (`desktop.system.qt_environment`): set unless the environment
already sets them, and seen by Qt — with them, painting starts none of the raster engine's pool threads,
which a large fill starts without them (each process counts its own threads by name in /proc)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.system import qt_environment

ROOT = Path(__file__).resolve().parents[2]

# paints a 14 x 898 px scroll bar (fills of ~900 lines: the raster engine's threaded size) 20 times, then
# prints how many of this process's threads are Qt pool threads
PAINT_AND_COUNT = """
import os, sys
from pathlib import Path
if sys.argv[1] == "app":
    from desktop.system import qt_environment
    qt_environment.configure()
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollBar
app = QApplication([])
bar = QScrollBar(Qt.Orientation.Vertical)
bar.resize(14, 898)
bar.setRange(0, 720_000)
image = QImage(14, 898, QImage.Format.Format_ARGB32_Premultiplied)
for value in range(0, 20_000, 1_000):
    bar.setValue(value)
    bar.render(image)
names = [Path(task, "comm").read_text().strip() for task in Path("/proc/self/task").iterdir()]
print(sum(name.startswith("Thread (pooled)") for name in names))
"""


def pool_threads(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if k not in qt_environment.SWITCHES}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", PAINT_AND_COUNT, mode], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)
    return int(done.stdout.split()[-1])


def test_switches_are_set_unless_the_environment_sets_them() -> None:
    environ: dict[str, str] = {}
    qt_environment.configure(environ)
    assert environ == {"QT_NO_GUI_THREADPOOL": "1"}
    environ = {"QT_NO_GUI_THREADPOOL": "0", "OTHER": "x"}
    qt_environment.configure(environ)
    assert environ == {"QT_NO_GUI_THREADPOOL": "0", "OTHER": "x"}  # IT's or a diagnosis's own value stays


def test_with_the_apps_switches_painting_runs_on_the_ui_thread_alone() -> None:
    assert pool_threads("qt-default") > 0  # Qt hands large fills to its pool (what the switch turns off)
    assert pool_threads("app") == 0
    assert os.environ.get("QT_NO_GUI_THREADPOOL") == "1"  # the suite runs with the app's switches
