"""The bits of a style option's state (`QStyle.StateFlag`) the app's own item views use, as plain ints.

Reading `QStyleOption.state` from Python, or naming any `QStyle` member, makes PySide6 create the Python
type of `QStyle` with all its enums (300+ members): 6-9 ms measured here, before the inbox's first paint
if its view or delegate did it. The inbox view hands its delegate the row's state as an int instead
(`ConversationDelegate.row_state`), so the cached start paints without creating it. The values are Qt's
(stable across Qt 6; a test compares them with `QStyle.StateFlag`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

ENABLED = 0x1  # QStyle.State_Enabled
HAS_FOCUS = 0x100  # QStyle.State_HasFocus
MOUSE_OVER = 0x2000  # QStyle.State_MouseOver
SELECTED = 0x8000  # QStyle.State_Selected
ACTIVE = 0x10000  # QStyle.State_Active


def option_state(bits: int) -> QStyle.StateFlag:
    """`bits` as a style option's state (creates QStyle's Python type at the first call)."""
    from PySide6.QtWidgets import QStyle

    return QStyle.StateFlag(bits)
