"""Reading the article once: its sentences, facts, sections, tables and kind of document."""
