"""Running the pandoc binary that pypandoc-binary ships: stdin in, stdout out, never a temp file."""

from __future__ import annotations

import functools
import logging
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.export.styles import CslStyle
from desktop.requirements import require_pandoc

log = logging.getLogger(__name__)
# Markdown as we write it: `smart` off so a quote's straight quotes and dashes stay as typed.
INPUT_FORMAT = "markdown-smart"


class PandocError(RuntimeError):
    """pandoc failed; the message is pandoc's own error text."""


@dataclass
class PandocResult:
    """pandoc's output bytes and the warnings it printed (each one line)."""

    output: bytes
    warnings: list[str] = field(default_factory=list)


@functools.cache
def pandoc_path() -> str:
    """The bundled pandoc binary (pypandoc-binary), so nothing needs installing by hand.

    Raises MissingRequirement (one line saying what to install) when there is none.
    """
    return require_pandoc()


def run_pandoc(
    markdown: str,
    *,
    to: str,
    style: CslStyle | None = None,
    standalone: bool = False,
    extra_args: Sequence[str] = (),
) -> PandocResult:
    """Convert `markdown` (with its bibliography in the front matter) to format `to`.

    `--sandbox` stops pandoc from reading anything but the style file or touching the network;
    the document goes in through stdin and comes back on stdout, so no plaintext hits the disk.
    """
    args = [pandoc_path(), "--sandbox", "-f", INPUT_FORMAT, "-t", to, "-o", "-", "--wrap=none"]
    if style is not None:
        args += ["--citeproc", "--csl", str(style.path)]
    if standalone:
        args.append("--standalone")
    args += list(extra_args)
    done = subprocess.run(
        args,
        input=markdown.encode("utf-8"),
        capture_output=True,
        check=False,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    stderr = done.stderr.decode("utf-8", errors="replace")
    if done.returncode != 0:
        raise PandocError(f"pandoc failed ({done.returncode}): {stderr.strip()}")
    warnings = [line for line in stderr.splitlines() if line.strip()]
    for warning in warnings:
        log.warning("pandoc: %s", warning)
    return PandocResult(output=done.stdout, warnings=warnings)
