"""Headless commands: one module per command group (articles, events, export, sharing), one entry point."""

from desktop.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
