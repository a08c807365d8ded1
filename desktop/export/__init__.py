"""Citations and cited summaries: CSL-JSON, BibTeX, RIS, CSL styles via pandoc, and PDF."""
