"""Exporting cited summaries: the export dialog with its preview."""
