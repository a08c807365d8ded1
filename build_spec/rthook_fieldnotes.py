"""Runtime hook (runs before desktop/__main__.py inside the bundle): point pypandoc and
fontconfig at what the bundle carries, unless the user already chose otherwise."""

import os
import sys
from pathlib import Path

_bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))

# pypandoc probes `pandoc` on PATH first and keeps the highest version it finds; pin the bundled
# binary so exports behave the same on every machine (and skip the probing).
_pandoc = _bundle / "pypandoc" / "files" / ("pandoc.exe" if sys.platform == "win32" else "pandoc")
if _pandoc.is_file() and not os.environ.get("PYPANDOC_PANDOC"):
    os.environ["PYPANDOC_PANDOC"] = str(_pandoc)

# Linux: let Qt's fontconfig see the bundled Noto Naskh Arabic as well as the system's fonts
# (the config includes /etc/fonts/fonts.conf and adds resources/fonts).
_fonts_conf = _bundle / "resources" / "fonts" / "fonts.conf"
if (
    sys.platform.startswith("linux")
    and _fonts_conf.is_file()
    and Path("/etc/fonts/fonts.conf").is_file()
    and not os.environ.get("FONTCONFIG_FILE")
):
    os.environ["FONTCONFIG_FILE"] = str(_fonts_conf)
