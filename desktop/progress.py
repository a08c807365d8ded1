"""The progress record that long-running generators yield (import, rebuild, export, share)."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a long piece of work has got: `done` of `total` steps, on `label`."""

    done: int
    total: int
    label: str = ""
