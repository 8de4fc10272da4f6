"""Article readers against hostile input: every case asserts its own result or message."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import articles
from claimcheck.articles import (
    DEFAULT_MAX_BYTES,
    MAX_BYTES_ENV,
    decode_bytes,
    html_to_text,
    iter_article_paths,
    iter_articles,
    parse_front_matter,
    parse_size,
    read_article,
    read_articles,
)
from claimcheck.errors import ArticleError
from claimcheck.models import Article, SkippedInput

HOSTILE = Path(__file__).parent / "data" / "hostile" / "articles"


def _rel(p: Path | str) -> str:
    return Path(p).as_posix()


# --------------------------------------------------------------------------- the corpus

# file -> (encoding, exact decoded text)
READABLE = [
    ("utf8-bom.txt", "utf-8-sig", "The sheriff said the deputy \u201cacted within policy.\u201d\n"),
    ("utf16-le-bom.txt", "utf-16-le", "The mayor said the video \u201cspeaks for itself.\u201d\n"),
    (
        "cp1252-curly-quotes.txt",
        "cp1252",
        "A spokesperson said the agent \u201cfeared for his life\u201d \u2014 a claim the "
        "family\u2019s lawyer rejected.\n",
    ),
    # Printable Latin-1 is a subset of Windows-1252: same characters either way.
    ("latin1.txt", "cp1252", "Le pr\u00e9fet a d\u00e9clar\u00e9 que l'agent \u00e9tait menac\u00e9.\n"),
    ("name with spaces \u00e9t\u00e9.txt", "utf-8", "The governor said the clinic \u201cwill stay open.\u201d\n"),
]


@pytest.mark.parametrize(("name", "encoding", "text"), READABLE)
def test_readable_corpus_files(name: str, encoding: str, text: str) -> None:
    article = read_article(HOSTILE / name)
    assert article.encoding == encoding
    assert article.text == text
    assert article.id == name.rsplit(".", 1)[0]
    assert article.path == _rel(HOSTILE / name)
    assert article.body_start == 0


UNREADABLE = [
    ("empty.txt", "empty file"),
    ("binary.txt", "binary file (contains NUL bytes), not text"),
    ("control-characters.txt", "binary file (89% control characters), not text"),
    ("whitespace-only.txt", "no text (only whitespace or front matter)"),
]


@pytest.mark.parametrize(("name", "message"), UNREADABLE)
def test_unreadable_corpus_files(name: str, message: str) -> None:
    with pytest.raises(ArticleError) as info:
        read_article(HOSTILE / name)
    assert info.value.message == message
    assert str(info.value) == f"{_rel(HOSTILE / name)}: {message}"


def test_html_visible_text_and_metadata() -> None:
    article = read_article(HOSTILE / "script-style.html")
    assert article.text == (
        "Officer cleared\n\n"
        "The chief said the officer \u201cfollowed procedure\u201d \u2014 according to a statement.\n\n"
        "Witnesses disputed that account!"
    )
    assert article.title == "Officer cleared & case closed"
    assert article.outlet == "The Example Ledger"
    assert article.date == "2026-01-09T08:00:00Z"
    assert article.url == "https://example.com/news/officer-cleared"


def test_front_matter_with_windows_line_endings() -> None:
    article = read_article(HOSTILE / "front-matter.md")
    assert article.title == "Police: the driver accelerated"
    assert article.outlet == "The Example Ledger"
    assert article.date == "2026-01-08"
    assert article.url == "https://example.com/a"
    # The text is kept as read; the body starts after the closing line.
    assert article.text.startswith("---\r\ntitle:")
    assert article.text[article.body_start:] == "The police chief said the driver accelerated.\r\n"


def test_broken_front_matter_stays_in_the_body() -> None:
    article = read_article(HOSTILE / "broken-front-matter.md")
    assert article.body_start == 0
    assert article.title is None
    assert article.text.startswith("---\ntitle: An unclosed block\n")


# --------------------------------------------------------------------------- front matter


@pytest.mark.parametrize(
    ("text", "meta", "body"),
    [
        ("---\ntitle: A\n---\nBody", {"title": "A"}, "Body"),
        ("---\ntitle: 'Quoted: yes'\nDATE: 2026-01-02\n---\nBody", {"title": "Quoted: yes", "date": "2026-01-02"}, "Body"),
        ("---\nlayout: post\ntags:\n  - a\n  - b\n# note\n\n...\nBody", {}, "Body"),
        ("---\ntitle:\n---\nBody", {}, "Body"),
        ("---   \nurl: https://x.example/a?b=c:d\n---", {"url": "https://x.example/a?b=c:d"}, ""),
    ],
)
def test_front_matter_accepted(text: str, meta: dict[str, str], body: str) -> None:
    found, start = parse_front_matter(text)
    assert found == meta
    assert text[start:] == body


@pytest.mark.parametrize(
    "text",
    [
        "No front matter\n---\ntitle: x\n---\n",
        "---\ntitle: never closed\nmore: lines\n",
        "---\nOfficials said: he ran\n---\nBody",  # a key cannot hold spaces
        "---\nhttps://example.com\n---\nBody",  # no space after the colon
        "---\n  indented first line\n---\nBody",  # a continuation needs a key above it
        "----\ntitle: x\n----\nBody",
        "---title: x\n---\n",
        "---\n" + "a: b\n" * 300 + "---\nBody",  # longer than 200 lines
        "---\ntitle: " + "x" * 70_000 + "\n---\nBody",  # longer than 64 kB
    ],
)
def test_front_matter_rejected(text: str) -> None:
    assert parse_front_matter(text) == ({}, 0)


# --------------------------------------------------------------------------- decoding


def test_utf16_without_bom_is_recognised() -> None:
    text, encoding = decode_bytes("Officials said the road was closed.\n".encode("utf-16-le"))
    assert (text, encoding) == ("Officials said the road was closed.\n", "utf-16-le")
    text, encoding = decode_bytes("Officials said so.".encode("utf-16-be"))
    assert (text, encoding) == ("Officials said so.", "utf-16-be")


def test_utf32_with_bom() -> None:
    assert decode_bytes("\ufeffHe said so.".encode("utf-32-le")) == ("He said so.", "utf-32-le")


def test_bom_with_invalid_bytes_is_an_error() -> None:
    with pytest.raises(ArticleError) as info:
        decode_bytes(b"\xef\xbb\xbfGood start \xff\xfe bad")
    assert info.value.message == (
        "not valid UTF-8-SIG despite its byte-order mark (invalid start byte at byte 11)"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file: a PDF document, not text: convert it to text first"),
        (b"PK\x03\x04\x14\x00", "binary file: a ZIP archive (a .docx or .epub?), not text: convert it to text first"),
        (b"\x1f\x8b\x08\x00", "binary file: gzip-compressed, not text: decompress it first"),
    ],
)
def test_known_binary_formats_are_named(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError) as info:
        decode_bytes(data)
    assert info.value.message == message


def test_bytes_outside_windows_1252_fall_back_to_latin_1() -> None:
    # 0x81 and 0x8D are undefined in Windows-1252; Latin-1 reads every byte.
    text, encoding = decode_bytes(b"Caf\xe9 \x81 owner said \x8dno\x8d.")
    assert encoding == "latin-1"
    assert text == "Caf\u00e9 \x81 owner said \x8dno\x8d."


def test_a_few_control_characters_do_not_make_text_binary() -> None:
    text, _ = decode_bytes(b"A line with an escape \x1b[1m and a form feed \x0c and EOF\x1a\n")
    assert text.endswith("EOF\x1a\n")


def test_declared_charset_is_used_for_html(tmp_path: Path) -> None:
    page = '<meta charset="koi8-r"><p>Мэр сказал</p>'.encode("koi8-r")
    path = tmp_path / "page.html"
    path.write_bytes(page)
    article = read_article(path)
    assert article.encoding == "koi8-r"
    assert article.text == "Мэр сказал"


# --------------------------------------------------------------------------- HTML


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("<div>a<br>b</div>", "a\n\nb"),
        ("<p>in<b>line</b> <i>tags</i></p>", "inline tags"),
        ("<p>5 &lt; 6 &amp;&amp; 7 &gt; 6</p>", "5 < 6 && 7 > 6"),
        ("<P CLASS='x'>Upper</P><SCRIPT>hidden()</SCRIPT>", "Upper"),
        ("<head><title>T</title></head><p>body</p>", "body"),
        ("<head><title>T</title><p>no closing head</p>", "no closing head"),
        ('<a title="a > b">link</a> text', "link text"),
        ("<p>unclosed <a href='x", "unclosed"),
        ("<!-- unclosed comment <p>hidden</p>", ""),
        # Outside SVG and MathML a CDATA section is a bogus comment: up to the first '>'.
        ("<![CDATA[x > y]]> after", "y]]> after"),
        ("a < b and c <3", "a < b and c <3"),
        ("<svg><text>chart</text></svg><p>after</p>", "after"),
        ("<template><p>t</p></template>shown", "shown"),
        ("<svg/><p>after an empty svg</p>", "after an empty svg"),
        ("<script src='x.js'/>var hidden = 1;</script><p>shown</p>", "shown"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html).text == text


def test_html_title_falls_back_to_og_title() -> None:
    meta = html_to_text('<meta property="og:title" content="Headline &amp; more"><p>x</p>').meta
    assert meta == {"title": "Headline & more"}


@pytest.mark.parametrize(
    "unit",
    ['<a b="', "<![CDATA[", "</a", "<?x", "<a ", "<!--", "<", "&", "<p>", "<script>"],
)
def test_html_is_linear_on_pathological_input(unit: str) -> None:
    # html.parser needs minutes for 240 kB of '<a b="'; this must take well under a second.
    payload = unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    result = html_to_text(payload)
    assert time.perf_counter() - started < 5
    assert isinstance(result.text, str)


def test_html_without_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "scripts.html"
    path.write_text("<html><head><script>x()</script></head><body> </body></html>")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.message == "no visible text in the HTML"


# --------------------------------------------------------------------------- size limits


def test_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MAX_BYTES_ENV, raising=False)
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 1_500)
    with pytest.raises(ArticleError) as info:
        read_article(path, max_bytes=1_000)
    assert info.value.message == (
        "file is 1.5 kB, over the 1 kB limit for one article; raise max_bytes to read it"
    )


def test_size_limit_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2_000)
    monkeypatch.setenv(MAX_BYTES_ENV, "1kB")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.message == (
        f"file is 2 kB, over the 1 kB limit for one article; set {MAX_BYTES_ENV} "
        f"(e.g. {MAX_BYTES_ENV}=50MB) to raise it"
    )
    monkeypatch.setenv(MAX_BYTES_ENV, "3000")
    assert read_article(path).text == "x" * 2_000
    monkeypatch.setenv(MAX_BYTES_ENV, "lots")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.message == f"{MAX_BYTES_ENV} must be a size such as 50000000 or 50MB, not 'lots'"


def test_default_limit_is_20_mb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MAX_BYTES_ENV, raising=False)
    assert DEFAULT_MAX_BYTES == 20_000_000
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: no 20 MB written to disk
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.message.startswith("file is 20 MB, over the 20 MB limit for one article; set ")


def test_character_limit(tmp_path: Path) -> None:
    path = _touch(tmp_path / "long.txt", "word " * 300)  # 1,500 characters
    assert len(read_article(path, max_chars=1_500).text) == 1_500
    found, skipped = read_articles([path], max_chars=1_000)
    assert found == []
    assert skipped == [SkippedInput(
        path=_rel(path),
        reason="text is 1,500 characters, over the 1,000 the language model takes in one piece; split the article",
    )]


@pytest.mark.parametrize(
    ("text", "size"),
    [("20000000", 20_000_000), ("50MB", 50_000_000), ("512k", 512_000), ("1_000", 1_000), ("2 GB", 2 * 10**9)],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "MB", "-5", "1.5MB", "5TB", "9" * 20])
def test_parse_size_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


def test_several_megabyte_single_line(tmp_path: Path) -> None:
    line = "The spokesman said the officer acted lawfully. " * 100_000  # ~4.7 MB, no newline
    path = tmp_path / "one-line.md"
    path.write_text("---\n" + line, encoding="utf-8")
    started = time.perf_counter()
    article = read_article(path)
    assert time.perf_counter() - started < 10
    assert article.body_start == 0  # an unclosed "---" block is body
    assert len(article.text) == 4 + len(line)


# --------------------------------------------------------------------------- finding files


def _touch(path: Path, text: str = "The mayor said so.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_walked_in_sorted_order(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.md", "sub/c.html", "sub/z.htm", "d.markdown", "notes.pdf",
                "data.json", ".hidden.txt", ".git/x.txt", "A.TXT"]:
        _touch(tmp_path / rel)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_paths([tmp_path])]
    assert found == ["A.TXT", "a.md", "b.txt", "d.markdown", "sub/c.html", "sub/z.htm"]


def test_explicit_files_are_read_whatever_their_suffix(tmp_path: Path) -> None:
    odd = _touch(tmp_path / "story.article", "The chief said it.\n")
    assert list(iter_article_paths([odd])) == [odd]
    assert read_article(odd).text == "The chief said it.\n"


def test_missing_path_is_skipped(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert list(iter_article_paths([missing])) == [
        SkippedInput(path=_rel(missing), reason="no such file or folder")
    ]


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    a = _touch(tmp_path / "a.txt")
    assert list(iter_article_paths([a, tmp_path, a])) == [a]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loops_are_reported_not_followed(tmp_path: Path) -> None:
    _touch(tmp_path / "top" / "a.txt")
    _touch(tmp_path / "top" / "sub" / "b.txt")
    os.symlink(tmp_path / "top", tmp_path / "top" / "sub" / "loop")
    os.symlink("self.txt", tmp_path / "top" / "self.txt")  # points at itself
    os.symlink("gone.txt", tmp_path / "top" / "dangling.txt")
    os.symlink("gone", tmp_path / "top" / "dangling-folder")  # no suffix: ignored
    top = tmp_path / "top"
    assert list(iter_article_paths([top])) == [
        top / "a.txt",
        SkippedInput(path=_rel(top / "dangling.txt"), reason="broken symbolic link"),
        SkippedInput(path=_rel(top / "self.txt"), reason="symbolic link loop"),
        top / "sub" / "b.txt",
        SkippedInput(path=_rel(top / "sub" / "loop"), reason=f"symbolic link loop (leads back to {_rel(top)})"),
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_skipped_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert list(iter_article_paths([tmp_path])) == [
        SkippedInput(path=_rel(tmp_path / "pipe.txt"), reason="not a regular file (a device, socket or pipe)")
    ]
    with pytest.raises(ArticleError) as info:
        read_article(tmp_path / "pipe.txt")
    assert info.value.message == "not a regular file (a device, socket or pipe)"


def test_a_folder_named_as_an_article_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as info:
        read_article(tmp_path)
    assert info.value.message == "is a folder, not a file"


def test_unreadable_folder_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: permissions do not stop the superuser, who may run the tests.
    _touch(tmp_path / "ok" / "a.txt")
    _touch(tmp_path / "secret" / "b.txt")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path).name == "secret":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(articles.os, "scandir", scandir)
    assert list(iter_article_paths([tmp_path])) == [
        tmp_path / "ok" / "a.txt",
        SkippedInput(path=_rel(tmp_path / "secret"), reason="cannot list folder: permission denied"),
    ]


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _touch(tmp_path / "a.txt")
    _touch(tmp_path / "b.txt")
    real_open = os.open

    def deny(path, flags, *args):  # type: ignore[no-untyped-def]
        if Path(path).name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(articles.os, "open", deny)
    items = list(iter_articles([tmp_path]))
    assert items[0] == SkippedInput(path=_rel(tmp_path / "a.txt"), reason="cannot read: permission denied")
    assert isinstance(items[1], Article) and items[1].id == "b"


def test_one_bad_file_does_not_stop_the_others() -> None:
    found, skipped = read_articles([HOSTILE])
    assert sorted(a.id for a in found) == sorted(
        ["broken-front-matter", "cp1252-curly-quotes", "front-matter", "latin1",
         "name with spaces \u00e9t\u00e9", "script-style", "utf16-le-bom", "utf8-bom"]
    )
    assert [(Path(s.path).name, s.reason) for s in skipped] == [
        ("binary.txt", "binary file (contains NUL bytes), not text"),
        ("control-characters.txt", "binary file (89% control characters), not text"),
        ("empty.txt", "empty file"),
        ("whitespace-only.txt", "no text (only whitespace or front matter)"),
    ]


def test_duplicate_stems_get_unique_ids(tmp_path: Path) -> None:
    _touch(tmp_path / "one" / "report.txt")
    _touch(tmp_path / "two" / "report.md")
    _touch(tmp_path / "two" / "Report.html", "<p>The mayor said so.</p>")
    _touch(tmp_path / "two" / "report-2.txt")
    found, skipped = read_articles([tmp_path])
    assert skipped == []
    # Walk order: one/report.txt, two/Report.html, two/report-2.txt, two/report.md
    assert [(Path(a.path).relative_to(tmp_path).as_posix(), a.id) for a in found] == [
        ("one/report.txt", "report"),
        ("two/Report.html", "Report-2"),
        ("two/report-2.txt", "report-2-2"),
        ("two/report.md", "report-3"),
    ]


def test_iter_articles_streams(tmp_path: Path) -> None:
    _touch(tmp_path / "a.txt")
    stream = iter_articles([tmp_path / "missing", tmp_path / "a.txt"])
    first = next(stream)
    assert first == SkippedInput(path=_rel(tmp_path / "missing"), reason="no such file or folder")
    assert next(stream).id == "a"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- properties


@pytest.fixture(scope="module")
def scratch() -> Path:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2_000), suffix=st.sampled_from([".txt", ".md", ".html", ".weird"]))
def test_any_bytes_give_an_article_or_an_article_error(scratch: Path, data: bytes, suffix: str) -> None:
    path = scratch / f"sample{suffix}"
    path.write_bytes(data)
    try:
        article = read_article(path)
    except ArticleError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert isinstance(article.text, str)
    assert 0 <= article.body_start <= len(article.text)
    assert article.text[article.body_start:].strip()


_TOKENS = [*"-:#'\" \t\r\nabcxyz<>/!?&;=", "title: ", "url:", "---\n", "...", "  - ", "<p>", "</p>",
           "</", "<!--", "-->", "<script>", "</script>", "<head>", "<title>", "&amp;", "&#", "='", '="']
_TEXTISH = st.lists(st.sampled_from(_TOKENS), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTISH)
def test_front_matter_offsets_are_in_range(text: str) -> None:
    meta, start = parse_front_matter(text)
    assert 0 <= start <= len(text)
    assert set(meta) <= {"title", "outlet", "date", "url"}
    if start == 0:
        assert meta == {}


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(_TEXTISH, st.text(max_size=300)))
def test_html_to_text_never_fails(text: str) -> None:
    result = html_to_text(text)
    assert isinstance(result.text, str)
    assert result.text == result.text.strip()
    assert "\n\n\n" not in result.text
