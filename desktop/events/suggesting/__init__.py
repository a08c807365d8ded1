"""The event suggester's parts: clauses and negation, counting, placing, dating, merging (no Qt, no SQL)."""
