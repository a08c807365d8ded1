"""The hand-written dev-2 key entries for the Dari and Pashto articles."""
# ruff: noqa: E501  (hand-written data: quotes and notes are kept on one line)

from typing import Any

FA_PS: dict[str, dict[str, Any]] = {}
