"""The notebook file itself: unlocking it (key derivation, SQLCipher), one writer at a time, its schema
and migrations, and the one line a failing disk becomes."""
