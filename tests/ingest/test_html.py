"""Saved web pages: the article's words and its citation, none of the page's furniture."""

from __future__ import annotations

from pathlib import Path

from desktop.ingest.reader import read_file

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Page title | Site</title>
<meta property="og:title" content="Taliban detain former soldiers in Takhar">
<meta property="og:site_name" content="Amu TV">
<meta name="author" content="Sara Ahmadi">
<meta property="article:published_time" content="2024-03-05T10:00:00+04:30">
<link rel="canonical" href="https://amu.tv/12345/">
<script>var tracking = "TRACKING-SCRIPT";</script>
<style>.x { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">NAVIGATION-MENU</a></nav>
<article>
<h1>Taliban detain former soldiers in Takhar</h1>
<p>The Taliban detained five former soldiers in Takhar province on Monday, relatives said.</p>
<p>The men had served in the national army for more than ten years before the collapse.</p>
<p>Local sources said the detainees were taken to an unknown location and beaten.</p>
</article>
<div class="comments"><p>COMMENT-SECTION great article!</p></div>
<footer>FOOTER-COPYRIGHT 2024</footer>
<img src="https://tracker.example/pixel.gif">
</body></html>"""

JSON_LD_ONLY = """<html><head>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Not this"},
  {"@type": "NewsArticle", "headline": "Deportations from Iran rise",
   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Rukhshana Media"}],
   "datePublished": "2023-11-02", "publisher": {"@type": "Organization", "name": "Rukhshana"},
   "url": "https://rukhshana.com/en/deportations"}
]}
</script></head>
<body><p>Short body text about deportations from Iran.</p></body></html>"""

PERSIAN_PAGE = """<html lang="fa" dir="rtl"><head><meta charset="utf-8">
<meta property="og:title" content="بازداشت سربازان پیشین در تخار">
</head><body><article>
<p>طالبان پنج سرباز پیشین را در ولایت تخار بازداشت کرده‌اند و خانواده‌های آنان
می‌گویند که از سرنوشت‌شان خبری ندارند.</p>
<p>منابع محلی می&zwnj;گویند که این افراد پس از بازداشت به مکان نامعلومی برده شده‌اند.</p>
</article></body></html>"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_page_metadata_becomes_a_newspaper_citation(tmp_path: Path) -> None:
    csl = read_file(write(tmp_path, "page.html", ARTICLE)).csl
    assert csl["type"] == "article-newspaper"
    assert csl["title"] == "Taliban detain former soldiers in Takhar"
    assert csl["container-title"] == "Amu TV"
    assert csl["author"] == [{"family": "Ahmadi", "given": "Sara"}]
    assert csl["issued"] == {"date-parts": [[2024, 3, 5]]}
    assert csl["URL"] == "https://amu.tv/12345/"
    assert csl["language"] == "en"


def test_scripts_navigation_comments_and_footer_are_dropped(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "page.htm", ARTICLE))
    assert "The Taliban detained five former soldiers in Takhar province" in draft.text
    assert "taken to an unknown location" in draft.text
    for furniture in ("TRACKING-SCRIPT", "NAVIGATION-MENU", "COMMENT-SECTION", "FOOTER-COPYRIGHT"):
        assert furniture not in draft.text
    assert "\n\n" in draft.text  # paragraphs stay apart
    assert draft.media_type == "text/html"


def test_json_ld_supplies_what_meta_tags_lack(tmp_path: Path) -> None:
    csl = read_file(write(tmp_path, "ld.html", JSON_LD_ONLY)).csl
    assert csl["title"] == "Deportations from Iran rise"
    assert csl["author"] == [{"family": "Doe", "given": "Jane"}, {"literal": "Rukhshana Media"}]
    assert csl["issued"] == {"date-parts": [[2023, 11, 2]]}
    assert csl["container-title"] == "Rukhshana"
    assert csl["URL"] == "https://rukhshana.com/en/deportations"


def test_body_text_is_kept_when_the_extractor_finds_no_article(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "ld.html", JSON_LD_ONLY))
    assert "Short body text about deportations from Iran." in draft.text


def test_persian_page_keeps_zero_width_non_joiners(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "fa.html", PERSIAN_PAGE))
    assert "کرده‌اند" in draft.text  # with U+200C, as typed
    assert "می‌گویند" in draft.text  # from the &zwnj; entity too
    assert "کردهاند" not in draft.text
    assert draft.csl["title"] == "بازداشت سربازان پیشین در تخار"
    assert (draft.language, draft.direction) == ("fa", "rtl")


def test_windows_1256_page_with_meta_charset(tmp_path: Path) -> None:
    page = PERSIAN_PAGE.replace('charset="utf-8"', 'charset="windows-1256"').replace("ی", "ي")
    draft = read_file(write(tmp_path, "old.html", page, encoding="cp1256"))
    assert "طالبان پنج سرباز پيشين" in draft.text


def test_page_nested_60000_levels_deep_imports_without_crashing(tmp_path: Path) -> None:
    page = "<html><body>" + "<div>" * 60_000 + "<p>deep witness statement</p>" + "</div>" * 60_000
    draft = read_file(write(tmp_path, "deep.html", page + "</body></html>"))
    assert draft.text == "deep witness statement"
    assert any("nested too deeply" in warning for warning in draft.warnings)


def test_nothing_is_fetched_while_reading_a_page(tmp_path: Path, monkeypatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the importer tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = ARTICLE.replace("</head>", '<link rel="stylesheet" href="https://cdn.example/s.css"></head>')
    assert "Takhar" in read_file(write(tmp_path, "page.html", page)).text


def test_rtl_override_in_page_title_is_removed(tmp_path: Path) -> None:
    page = ARTICLE.replace('Taliban detain former soldiers in Takhar">', '\u202eTaliban\u202c detain\u200f">')
    assert read_file(write(tmp_path, "page.html", page)).csl["title"] == "Taliban detain"
