"""The event suggester's parts: reading, clauses, counting, placing, dating, merging (no Qt, no SQL)."""

import re

_FOLDED_LETTERS = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه"})


def compile_folded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A regex over folded text (`script.fold`): its Arabic-script letters written as folding leaves them."""
    return re.compile(pattern.translate(_FOLDED_LETTERS), flags)


# What parts a sentence told in parts: a semicolon, Latin or Arabic ("… on 29 December; three men …").
PARTS = re.compile(r"[;؛]")


# Words of a border: "near the border", "at the crossing", «مرز», «سرحد», Pashto «پوله», «پولې».
BORDER = re.compile(r"border|frontier|crossing|مرز|سرحد|پوله|پولې|پولی|گذرگاه|بندر", re.IGNORECASE)
