"""What the app needs from the machine at run time (Qt's libraries, a display, pandoc, an Arabic-script font),
and the one line that tells a user what to install when something is missing."""

from __future__ import annotations

import os
import re
import shutil
import sys

# The shared libraries Qt loads, with the Debian/Ubuntu package that provides each.
_PACKAGES = {
    "libGL.so": "libgl1",
    "libEGL.so": "libegl1",
    "libfontconfig.so": "libfontconfig1",
    "libxkbcommon.so": "libxkbcommon0",
    "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libxcb-cursor.so": "libxcb-cursor0",
    "libdbus-1.so": "libdbus-1-3",
    "libglib-2.0.so": "libglib2.0-0",
}
_MISSING_LIBRARY = re.compile(r"(lib[\w.+-]+?\.so)(?:\.\d+)*: cannot open shared object file")


class MissingRequirement(OSError):
    """Something the app needs is not on this machine; `str()` is one line naming what to install."""


def _install_hint(library: str) -> str:
    package = _PACKAGES.get(library)
    if package and sys.platform.startswith("linux"):
        return f"install it with `sudo apt-get install {package}` (or your system's package for {library})"
    return "install your system's package that provides it (see README, Installing)"


def explain_import_error(exc: BaseException, *, needed_for: str) -> MissingRequirement:
    """Turn an ImportError/OSError from loading Qt (or another native library) into one clear line."""
    match = _MISSING_LIBRARY.search(str(exc))
    if match:
        library = match.group(1)
        return MissingRequirement(
            f"{needed_for} needs the system library {library}, which is missing: {_install_hint(library)}"
        )
    return MissingRequirement(f"{needed_for} cannot load a library it needs ({exc}); see README, Installing")


def require_qt(*, needed_for: str) -> None:
    """Load Qt's GUI library now, so a missing system library is a message, not a traceback."""
    try:
        import PySide6.QtGui  # noqa: F401
    except (ImportError, OSError) as exc:
        raise explain_import_error(exc, needed_for=needed_for) from exc


def require_display() -> None:
    """The app's window needs a display unless Qt is told to draw offscreen."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform or sys.platform in ("darwin", "win32"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise MissingRequirement(
            "the app needs a display: start it from a desktop session (or, for scripts, set "
            "QT_QPA_PLATFORM=offscreen); the command line works without one (fieldnotes --help)"
        )
    if os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and not _has_library("xcb-cursor"):
        raise MissingRequirement(
            "Qt's X11 platform needs the system library libxcb-cursor.so.0, which is missing: "
            + _install_hint("libxcb-cursor.so")
        )


def _has_library(name: str) -> bool:
    import ctypes.util

    if getattr(sys, "frozen", False):  # the bundle carries Qt's xcb helpers itself
        return True
    return ctypes.util.find_library(name) is not None


def require_pandoc() -> str:
    """The pandoc binary pypandoc-binary ships (or one on PATH); its path."""
    try:
        import pypandoc

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError) as exc:
        found = shutil.which("pandoc")
        if found:
            return found
        raise MissingRequirement(
            "exporting summaries and citations needs pandoc, which is missing: reinstall Fieldnotes"
            " (`pip install --force-reinstall pypandoc-binary`) or install pandoc 3 from your system"
        ) from exc
