"""CSL-JSON export: cleaned items as the JSON text reference managers read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.csl.item import clean_items


def to_csl_json(items: Iterable[Mapping[str, Any]]) -> str:
    """Cleaned items as pretty-printed CSL-JSON text (UTF-8 kept, not \\u-escaped)."""
    return json.dumps(clean_items(items), ensure_ascii=False, indent=2) + "\n"
