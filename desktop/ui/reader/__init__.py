"""The reader: the open article, find, annotations and citations of passages."""
