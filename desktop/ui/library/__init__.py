"""The library: article list, search, import, tags, metadata and originals."""
