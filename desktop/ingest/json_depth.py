"""How deeply a JSON text nests, found in one pass without parsing it: hostile files nest arrays
thousands deep, past what Python's JSON reader (and code walking its result) can recurse into."""

from __future__ import annotations

import re

# an escape (skipped whole, so that \" does not end a string), a bracket or a quote
_TOKENS = re.compile(r'\\.|[\[\]{}"]', re.DOTALL)


def nesting_exceeds(text: str, limit: int) -> bool:
    """True when JSON `text` opens more than `limit` arrays or objects inside one another (brackets
    inside strings, such as a title's, do not count). One pass over the text, no recursion."""
    depth, quoted = 0, False
    for token in _TOKENS.finditer(text):
        mark = token.group()
        if mark == '"':
            quoted = not quoted
        elif quoted or mark[0] == "\\":
            continue
        elif mark in ("[", "{"):
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False
