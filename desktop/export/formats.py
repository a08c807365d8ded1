"""The names of the export formats and orders, in one light module the CLI's parser and the writers share."""

from __future__ import annotations

from typing import Literal

CitationFormat = Literal["csl-json", "bibtex", "ris"]
CITATION_FORMATS: tuple[CitationFormat, ...] = ("csl-json", "bibtex", "ris")

Order = Literal["source", "date", "tag", "event"]
ORDERS: tuple[Order, ...] = ("source", "date", "tag", "event")

SummaryFormat = Literal["md", "html", "docx", "odt", "pdf"]
SUMMARY_FORMATS: tuple[SummaryFormat, ...] = ("md", "html", "docx", "odt", "pdf")

EventTableFormat = Literal["csv", "json", "geojson"]
EVENT_TABLE_FORMATS: tuple[EventTableFormat, ...] = ("csv", "json", "geojson")
