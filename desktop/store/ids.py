"""Typed record ids and the clock every record is stamped with."""

import uuid
from datetime import UTC, datetime
from typing import NewType

ArticleId = NewType("ArticleId", str)
AnnotationId = NewType("AnnotationId", str)
TagId = NewType("TagId", str)
EventId = NewType("EventId", str)


def new_id() -> str:
    """A fresh random UUID, as text."""
    return str(uuid.uuid4())


def now() -> str:
    """The current UTC time as ISO 8601 with milliseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
