"""Fixtures shared by every test layer: temporary notebooks and article drafts."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.ingest.draft import ArticleDraft
from desktop.store.notebook import Notebook

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_draft(
    text: str,
    *,
    title: str = "An article",
    original: bytes | None = None,
    language: str = "en",
    direction: str = "ltr",
    **csl: object,
) -> ArticleDraft:
    """A draft as a reader would return it."""
    meta: dict[str, object] = {"type": "article-newspaper", "title": title, **csl}
    return ArticleDraft(
        text=text,
        csl=meta,
        original=original if original is not None else text.encode("utf-8"),
        filename=f"{title[:20]}.txt",
        media_type="text/plain",
        language=language,
        direction=direction,
    )


@pytest.fixture
def draft() -> Callable[..., ArticleDraft]:
    return make_draft


@pytest.fixture
def notebook(tmp_path: Path) -> Iterator[Notebook]:
    """An empty, unencrypted notebook (fast: no key derivation)."""
    nb = Notebook.create(tmp_path / "test.fieldnotes", None)
    yield nb
    nb.close()


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """FIELDNOTES_HOME in a temp folder, so no test touches the user's real notebook."""
    home = tmp_path / "home"
    monkeypatch.setenv("FIELDNOTES_HOME", str(home))
    monkeypatch.delenv("FIELDNOTES_PASSPHRASE", raising=False)
    return home
