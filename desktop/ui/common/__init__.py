"""Widgets and helpers every feature uses: the background worker, progress, error messages, icons."""
