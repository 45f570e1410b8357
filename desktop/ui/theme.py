"""The visual theme: palette, spacing, and the colours every view shares.

One place for colours so that list rows, bubbles, chips and badges agree. Widgets read the
module-level `THEME` (an immutable value) or receive a `Theme` in their constructor; `apply_theme()`
sets the application palette once at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.domain.models import ChannelKind, MessageType, Priority


@dataclass(frozen=True, slots=True)
class Spacing:
    """The spacing scale, in pixels."""

    s: int = 4
    m: int = 8
    l: int = 12  # noqa: E741
    radius: int = 6
    chip_radius: int = 8
    bubble_radius: int = 10
    avatar: int = 36
    row_height: int = 72  # conversation list row (uniform, for 10k rows)
    badge_min: int = 18


@dataclass(frozen=True, slots=True)
class BubbleColors:
    """The colours of one kind of message bubble."""

    background: str
    text: str
    border: str = ""


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours and sizes the app paints with."""

    window: str = "#f5f6f8"
    base: str = "#ffffff"
    alt_base: str = "#f9fafb"
    text: str = "#1f2d3d"
    muted: str = "#6b7a8c"
    faint: str = "#9aa5b1"
    border: str = "#e1e5ea"
    accent: str = "#1f93ff"
    accent_text: str = "#ffffff"
    selection: str = "#dbeeff"
    hover: str = "#eef4fb"
    unread_badge: str = "#1f93ff"
    danger: str = "#d93f3f"
    warning: str = "#c98a0b"
    success: str = "#2d9b5a"
    demo_marker: str = "#8a4fff"
    incoming: BubbleColors = BubbleColors("#ffffff", "#1f2d3d", "#e1e5ea")
    outgoing: BubbleColors = BubbleColors("#dbeeff", "#1f2d3d")
    private: BubbleColors = BubbleColors("#fff6d9", "#5c4500", "#f1d98a")
    activity: BubbleColors = BubbleColors("#eef0f3", "#6b7a8c")
    failed: BubbleColors = BubbleColors("#fde8e8", "#8b1e1e", "#f3b4b4")
    priorities: dict[Priority, str] = field(
        default_factory=lambda: {
            Priority.NONE: "",
            Priority.LOW: "#6b7a8c",
            Priority.MEDIUM: "#c98a0b",
            Priority.HIGH: "#e0671f",
            Priority.URGENT: "#d93f3f",
        }
    )
    channels: dict[ChannelKind, str] = field(
        default_factory=lambda: {
            ChannelKind.WHATSAPP: "#25d366",
            ChannelKind.MESSENGER: "#0084ff",
            ChannelKind.INSTAGRAM: "#d62976",
            ChannelKind.WEB: "#1f93ff",
            ChannelKind.API: "#6b7a8c",
            ChannelKind.EMAIL: "#c98a0b",
            ChannelKind.SMS: "#2d9b5a",
            ChannelKind.TELEGRAM: "#229ed9",
            ChannelKind.OTHER: "#9aa5b1",
        }
    )
    presence: dict[str, str] = field(
        default_factory=lambda: {"online": "#2d9b5a", "busy": "#c98a0b", "offline": "#9aa5b1"}
    )
    spacing: Spacing = field(default_factory=Spacing)

    # -- lookups -----------------------------------------------------------------------------------
    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def bubble(self, message_type: MessageType, *, private: bool = False, failed: bool = False) -> BubbleColors:
        """Colours of a message bubble: incoming / outgoing / private note / activity / failed."""
        if failed:
            return self.failed
        if private:
            return self.private
        if message_type == MessageType.INCOMING:
            return self.incoming
        if message_type == MessageType.ACTIVITY:
            return self.activity
        return self.outgoing

    def priority_color(self, priority: Priority) -> QColor | None:
        value = self.priorities.get(priority, "")
        return QColor(value) if value else None

    def channel_color(self, kind: ChannelKind) -> QColor:
        return QColor(self.channels.get(kind, self.faint))

    def presence_color(self, availability: str) -> QColor:
        return QColor(self.presence.get(availability, self.faint))


def label_color(hex_color: str, fallback: str = "#1f93ff") -> QColor:
    """A label's '#rrggbb' as a QColor (invalid or empty values fall back)."""
    color = QColor(hex_color or fallback)
    return color if color.isValid() else QColor(fallback)


def chip_text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    return QColor("#1f2d3d") if lum > 0.4 else QColor("#ffffff")


THEME = Theme()


def apply_theme(app: QApplication, theme: Theme = THEME) -> None:
    """Set the application palette from `theme` (light; Fusion-friendly)."""
    palette = QPalette(app.palette())
    role = QPalette.ColorRole
    palette.setColor(role.Window, QColor(theme.window))
    palette.setColor(role.Base, QColor(theme.base))
    palette.setColor(role.AlternateBase, QColor(theme.alt_base))
    palette.setColor(role.Text, QColor(theme.text))
    palette.setColor(role.WindowText, QColor(theme.text))
    palette.setColor(role.ButtonText, QColor(theme.text))
    palette.setColor(role.PlaceholderText, QColor(theme.faint))
    palette.setColor(role.Highlight, QColor(theme.accent))
    palette.setColor(role.HighlightedText, QColor(theme.accent_text))
    palette.setColor(role.Link, QColor(theme.accent))
    palette.setColor(role.ToolTipBase, QColor(theme.base))
    palette.setColor(role.ToolTipText, QColor(theme.text))
    app.setPalette(palette)
