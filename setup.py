"""Build glue pyproject.toml cannot express: the wheel carries resources/ as `fieldnotes_resources`.

Everything else about the project (name, version, dependencies, scripts) is in pyproject.toml.
desktop/resources.py reads the files back through importlib.resources, wherever the wheel is installed.
"""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"
# Each folder below resources/ travels as a data package of its own (icons, samples, fonts, …).
folders = sorted(
    ".".join(p.relative_to(RESOURCES).parts)
    for p in RESOURCES.rglob("*")
    if p.is_dir() and p.name != "__pycache__"
)

setup(
    packages=[
        *find_packages(include=["desktop", "desktop.*"]),
        "fieldnotes_resources",
        *(f"fieldnotes_resources.{f}" for f in folders),
    ],
    package_dir={"fieldnotes_resources": "resources"},
    package_data={
        "desktop": ["py.typed"],
        "fieldnotes_resources": ["*"],
        **{f"fieldnotes_resources.{f}": ["*"] for f in folders},
    },
)
