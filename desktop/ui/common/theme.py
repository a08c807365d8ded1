"""Light or dark: follow the system's colour scheme, or force one (File ▸ Preferences ▸ Theme).

Qt 6 reports the system's scheme through `QStyleHints.colorScheme()`. Where the platform style
has no dark palette (Windows' classic style, the offscreen platform, some Linux desktops), the
app switches to Fusion with the palettes below. Custom-painted views read their colours from the
widget's palette and repaint on `QEvent.PaletteChange`, so they follow every switch.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.common.contrast import AA_TEXT, RGB, parse_hex, readable_tint, to_hex, visible_mark

THEMES = ("system", "light", "dark")
Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (role, active colour, disabled colour or None) for Fusion; text on base ≥ 12:1 in both.
DARK = (
    (Role.Window, "#2b2d31", None), (Role.WindowText, "#e6e6e6", "#7f8186"),
    (Role.Base, "#1e1f22", "#26272a"), (Role.AlternateBase, "#26282c", None),
    (Role.ToolTipBase, "#3a3d42", None), (Role.ToolTipText, "#f0f0f0", None),
    (Role.PlaceholderText, "#9a9ca1", None), (Role.Text, "#e6e6e6", "#7f8186"),
    (Role.Button, "#34363b", None), (Role.ButtonText, "#e6e6e6", "#7f8186"),
    (Role.BrightText, "#ff6b6b", None), (Role.Light, "#4a4d53", None),
    (Role.Midlight, "#3d4045", None), (Role.Mid, "#26282c", None), (Role.Dark, "#17181a", None),
    (Role.Shadow, "#000000", None), (Role.Highlight, "#3d7bd9", "#3a3d42"),
    (Role.HighlightedText, "#ffffff", "#9a9ca1"), (Role.Link, "#8ab4f8", None),
    (Role.LinkVisited, "#c58af9", None),
)  # fmt: skip
LIGHT = (
    (Role.Window, "#efefef", None), (Role.WindowText, "#1a1a1a", "#8a8a8a"),
    (Role.Base, "#ffffff", "#efefef"), (Role.AlternateBase, "#f5f5f5", None),
    (Role.ToolTipBase, "#ffffdc", None), (Role.ToolTipText, "#000000", None),
    (Role.PlaceholderText, "#6e6e6e", None), (Role.Text, "#1a1a1a", "#8a8a8a"),
    (Role.Button, "#efefef", None), (Role.ButtonText, "#1a1a1a", "#8a8a8a"),
    (Role.BrightText, "#ffffff", None), (Role.Light, "#ffffff", None), (Role.Midlight, "#cacaca", None),
    (Role.Mid, "#b8b8b8", None), (Role.Dark, "#9f9f9f", None), (Role.Shadow, "#767676", None),
    (Role.Highlight, "#308cc6", "#919191"), (Role.HighlightedText, "#ffffff", "#ffffff"),
    (Role.Link, "#0b57d0", None), (Role.LinkVisited, "#7b1fa2", None),
)  # fmt: skip


def _palette(entries: tuple[tuple[Role, str, str | None], ...]) -> QPalette:
    palette = QPalette()
    for role, colour, disabled in entries:
        palette.setColor(role, QColor(colour))
        if disabled:
            palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    return _palette(DARK)


def light_palette() -> QPalette:
    return _palette(LIGHT)


def is_dark(palette: QPalette) -> bool:
    """Whether `palette` paints light text on a dark window."""
    return palette.color(Role.Window).lightness() < 128


def rgb(palette: QPalette, role: Role) -> RGB:
    colour = palette.color(role)
    return colour.red(), colour.green(), colour.blue()


def tint(palette: QPalette, colour: str, alpha: float = 0.45) -> QColor:
    """`colour` as a background tint over the palette's base that its text stays readable on (AA)."""
    base, text = rgb(palette, Role.Base), rgb(palette, Role.Text)
    return QColor(to_hex(readable_tint(parse_hex(colour), base=base, text=text, alpha=alpha)))


def status_text(palette: QPalette, colour: str, role: Role = Role.Window) -> QColor:
    """`colour` (a red for errors, a green for "all good") darkened or lightened until it reads
    as text (AA) on the palette's `role` background."""
    background = rgb(palette, role)
    return QColor(to_hex(visible_mark(parse_hex(colour), background=background, minimum=AA_TEXT)))


ERROR_RED = "#c0392b"


def error_colour(widget: QWidget, role: Role = Role.Window) -> str:
    """A red for error text that reads (AA) on `widget`'s `role` colour (Base for a field's text)."""
    return status_text(widget.palette(), ERROR_RED, role).name()


def system_scheme() -> str:
    """ "dark" when the system asks for a dark scheme, else "light"."""
    dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return "dark" if dark else "light"


class ThemeFollower(QObject):
    """Applies the chosen theme to the application and re-applies it when the system's changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("theme-follower")
        self.app = app
        self.choice = "system"
        self.applied = "light"
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, choice: str) -> str:
        """Use `choice` ("system", "light" or "dark"); returns the scheme now shown."""
        self.choice = choice if choice in THEMES else "system"
        hints = self.app.styleHints()
        wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
        hints.blockSignals(True)  # our own request is not the system changing its mind
        hints.setColorScheme(wanted.get(self.choice, Qt.ColorScheme.Unknown))
        hints.blockSignals(False)
        scheme = system_scheme() if self.choice == "system" else self.choice
        self.app.setPalette(QPalette())  # back to the platform's palette for that scheme
        if is_dark(self.app.palette()) != (scheme == "dark"):  # the platform could not follow
            if self.app.style().name().lower() != "fusion":
                self.app.setStyle("Fusion")
            self.app.setPalette(dark_palette() if scheme == "dark" else light_palette())
        self.applied = scheme
        return scheme

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply("system")


def apply_theme(choice: str, app: QApplication | None = None) -> str:
    """Apply "system", "light" or "dark" to the running application; returns "light" or "dark"."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return "light"
    follower = app.findChild(ThemeFollower, "theme-follower") or ThemeFollower(app)
    return follower.apply(choice)
