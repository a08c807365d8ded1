"""The event suggester's parts: reading, clauses, counting, placing, dating, merging (no Qt, no SQL)."""

import re

from desktop.events.script import fold_str


def compile_folded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A regex over folded text (`script.fold`): its Arabic-script letters written as folding leaves them
    («مسئولان» as «مسیولان», «سؤال» as «سوال», a ZWNJ as a space)."""
    folded = "".join(fold_str(ch) if "\u0600" <= ch <= "\u06ff" or ch == "\u200c" else ch for ch in pattern)
    return re.compile(folded, flags)


# What parts a sentence told in parts: a semicolon, Latin or Arabic ("… on 29 December; three men …").
PARTS = re.compile(r"[;؛]")


# Words of a border: "near the border", "at the crossing", «مرز», «سرحد», Pashto «پوله», «پولې».
BORDER = re.compile(r"border|frontier|crossing|مرز|سرحد|پوله|پولې|پولی|گذرگاه|بندر", re.IGNORECASE)
