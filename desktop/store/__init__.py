"""The notebook store: pure Python over one SQLCipher file. Never imports Qt."""
