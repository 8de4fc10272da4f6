"""Reading news articles: plain text, Markdown or HTML, with optional front matter.

Every reader here is meant for hostile input.  A bad file never stops the others:
:func:`read_article` raises :class:`~claimcheck.errors.ArticleError` with a one-line
reason, and :func:`iter_articles` turns that into a :class:`~claimcheck.models.SkippedInput`
and goes on.  All the work is linear in the size of the input (no regular expression
here can backtrack over a long line).

Decoding
    A byte-order mark wins (UTF-8, UTF-16, UTF-32); then strict UTF-8; then a guess by
    charset-normalizer.  Guesses in the Latin single-byte family (Windows-1250, Latin-1,
    Mac Roman, ...) are read as Windows-1252: on short English text detection often
    confuses these code pages, and Windows-1252 is what such files nearly always are.
    Bytes that are not even Windows-1252 are read as Latin-1.  ``Article.encoding``
    records the codec used.

Front matter (text and Markdown)
    An optional block at the very top::

        ---
        title: Agents fire on a car in Minneapolis
        outlet: The Example Times
        date: 2026-01-08
        url: https://example.com/story
        ---

    Each line is ``key: value`` (value optionally in matching quotes); the keys
    ``title``, ``outlet``, ``date`` and ``url`` are recorded, other keys, blank lines,
    ``#`` comments and indented continuation lines are ignored.  If any other line
    appears, or the block is not closed by ``---`` (or ``...``) within 200 lines, the
    block is not front matter: it stays part of the body and nothing is recorded.
    ``Article.text`` is always the whole decoded text; ``Article.body_start`` is where
    the body begins.

HTML (``.html``, ``.htm``)
    ``Article.text`` is the visible text only (scripts, styles, ``<head>`` and the like
    dropped, entities decoded, whitespace collapsed, one blank line between blocks), so
    claim offsets of an HTML article refer to that extracted text, not to the markup.
    Title, outlet, date and url come from ``<title>``, ``og:site_name``,
    ``article:published_time`` and the canonical link.  The tokenizer is a small one
    of our own rather than :mod:`html.parser`, whose handling of unclosed constructs
    (an unterminated attribute quote, say) takes time quadratic in the input.
"""

from __future__ import annotations

import codecs
import errno
import html
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import ArticleError, ClaimcheckError
from claimcheck.models import Article, SkippedInput

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm")

#: Largest article read by default, in bytes (decimal megabytes: 20 MB).
DEFAULT_MAX_BYTES = 20_000_000
#: Environment variable that overrides DEFAULT_MAX_BYTES, e.g. ``50000000`` or ``50MB``.
MAX_BYTES_ENV = "CLAIMCHECK_MAX_ARTICLE_BYTES"

FRONT_MATTER_KEYS: tuple[str, ...] = ("title", "outlet", "date", "url")
_FRONT_MATTER_MAX_LINES = 200
_FRONT_MATTER_MAX_CHARS = 64_000

#: Share of control characters above which decoded text is taken for binary data.
_CONTROL_SHARE = 0.10
#: Characters whose share of control characters is measured.
_CONTROL_SAMPLE = 200_000
#: Bytes given to charset detection.
_GUESS_SAMPLE = 1_000_000


# --------------------------------------------------------------------------- finding files


def _os_reason(exc: OSError) -> str:
    """A short lower-case reason for an OS error ("permission denied")."""
    if exc.errno is not None and exc.errno == errno.ELOOP:
        return "symbolic link loop"
    text = exc.strerror or exc.__class__.__name__
    return text[:1].lower() + text[1:]


def _posix(path: Path | str) -> str:
    return Path(path).as_posix()


def iter_files(
    paths: Iterable[Path | str],
    suffixes: Sequence[str],
    *,
    skip_names: Iterable[str] = (),
) -> Iterator[Path | SkippedInput]:
    """Files named in ``paths`` and files with one of ``suffixes`` inside named folders.

    Explicit files are yielded whatever their suffix, in the order given; folders are
    walked recursively in sorted name order, ignoring hidden entries (names starting
    with ".") and names in ``skip_names``.  A file reached twice (named twice, or
    through a symbolic link) is yielded once.  Problems become SkippedInput: a missing
    path, an unreadable folder, a symbolic link loop, a broken link with a wanted
    suffix, a device or pipe.
    """
    wanted = tuple(s.lower() for s in suffixes)
    skip = frozenset(skip_names)
    seen_files: set[str] = set()
    seen_dirs: set[str] = set()
    for given in paths:
        given = Path(given)
        try:
            st = os.stat(given)
        except OSError as exc:
            reason = (
                "no such file or folder"
                if isinstance(exc, FileNotFoundError) and not os.path.islink(given)
                else ("broken symbolic link" if isinstance(exc, FileNotFoundError) else _os_reason(exc))
            )
            yield SkippedInput(path=_posix(given), reason=reason)
            continue
        except ValueError as exc:  # embedded NUL in the name
            yield SkippedInput(path=_posix(given), reason=f"invalid path ({exc})")
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(given, wanted, skip, seen_files, seen_dirs)
        elif stat.S_ISREG(st.st_mode):
            key = os.path.realpath(given)
            if key not in seen_files:
                seen_files.add(key)
                yield given
        else:
            yield SkippedInput(path=_posix(given), reason="not a regular file (a device, socket or pipe)")


def _walk(
    top: Path,
    wanted: tuple[str, ...],
    skip: frozenset[str],
    seen_files: set[str],
    seen_dirs: set[str],
) -> Iterator[Path | SkippedInput]:
    """Depth-first walk in sorted order with an explicit stack (no recursion limit)."""
    top_real = os.path.realpath(top)
    if top_real in seen_dirs:
        return
    seen_dirs.add(top_real)
    listing = _list_dir(top)
    if isinstance(listing, SkippedInput):
        yield listing
        return
    # Each frame: (folder path, its real path, iterator over its sorted entries).
    stack: list[tuple[str, str, Iterator[os.DirEntry[str]]]] = [(str(top), top_real, iter(listing))]
    while stack:
        _, _, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        name = entry.name
        if name.startswith(".") or name in skip:
            continue
        path = entry.path
        has_suffix = os.path.splitext(name)[1].lower() in wanted
        try:
            st = os.stat(path)
        except OSError as exc:
            is_loop = exc.errno == errno.ELOOP
            if is_loop or has_suffix:
                reason = _os_reason(exc)
                if isinstance(exc, FileNotFoundError) and os.path.islink(path):
                    reason = "broken symbolic link"
                yield SkippedInput(path=_posix(path), reason=reason)
            continue
        if stat.S_ISDIR(st.st_mode):
            real = os.path.realpath(path)
            ancestors = [frame[1] for frame in stack]
            if real in ancestors:
                back_to = stack[ancestors.index(real)][0]
                yield SkippedInput(
                    path=_posix(path), reason=f"symbolic link loop (leads back to {_posix(back_to)})"
                )
                continue
            if real in seen_dirs:
                continue  # already walked through another path
            seen_dirs.add(real)
            listing = _list_dir(Path(path))
            if isinstance(listing, SkippedInput):
                yield listing
                continue
            stack.append((path, real, iter(listing)))
        elif has_suffix:
            if not stat.S_ISREG(st.st_mode):
                yield SkippedInput(path=_posix(path), reason="not a regular file (a device, socket or pipe)")
                continue
            key = os.path.realpath(path)
            if key in seen_files:
                continue
            seen_files.add(key)
            yield Path(path)


def _list_dir(folder: Path) -> list[os.DirEntry[str]] | SkippedInput:
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError as exc:
        return SkippedInput(path=_posix(folder), reason=f"cannot list folder: {_os_reason(exc)}")
    entries.sort(key=lambda e: e.name)
    return entries


def iter_article_paths(paths: Sequence[Path | str]) -> Iterator[Path | SkippedInput]:
    """Article files named in ``paths`` or found in folders named there.

    In folders only ``.txt .md .markdown .html .htm`` files are taken (others are
    ignored silently); a file named explicitly is read whatever its suffix.
    """
    return iter_files(paths, ARTICLE_SUFFIXES)


# --------------------------------------------------------------------------- reading bytes


def parse_size(text: str) -> int:
    """A byte count like ``20000000``, ``20MB``, ``512k`` (decimal units). Raises ValueError."""
    raw = text.strip().lower().replace("_", "").replace(" ", "")
    units = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9}
    digits = len(raw) - len(raw.lstrip("0123456789"))
    number, unit = raw[:digits], raw[digits:]
    if not number or unit not in units or len(number) > 15:
        raise ValueError(f"not a size: {text!r}")
    return int(number) * units[unit]


def _limit(max_bytes: int | None) -> tuple[int, str]:
    """The size limit and a hint saying how to change it."""
    if max_bytes is not None:
        return max_bytes, "raise max_bytes to read it"
    env = os.environ.get(MAX_BYTES_ENV)
    hint = f"set {MAX_BYTES_ENV} (e.g. {MAX_BYTES_ENV}=50MB) to raise it"
    if env:
        try:
            return parse_size(env), hint
        except ValueError:
            raise ArticleError(
                f"{MAX_BYTES_ENV} must be a size such as 50000000 or 50MB, not {env!r}"
            ) from None
    return DEFAULT_MAX_BYTES, hint


def format_size(n: int) -> str:
    """Decimal units, as people read file sizes: 20 MB, 1.5 kB, 12 bytes."""
    if n >= 10**6:
        return f"{n / 10**6:.1f}".rstrip("0").rstrip(".") + " MB"
    if n >= 10**3:
        return f"{n / 10**3:.1f}".rstrip("0").rstrip(".") + " kB"
    return f"{n} bytes"


def read_limited(
    path: Path, limit: int, hint: str, what: str, error: type[ClaimcheckError]
) -> bytes:
    """The bytes of a regular file, refusing anything over ``limit`` without reading it all.

    Opening does not block on a named pipe; devices, sockets, pipes and folders are refused.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise error(f"cannot read: {_os_reason(exc)}", path=_posix(path)) from None
    except ValueError as exc:
        raise error(f"invalid path ({exc})", path=_posix(path)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise error("is a folder, not a file", path=_posix(path))
        if not stat.S_ISREG(st.st_mode):
            raise error("not a regular file (a device, socket or pipe)", path=_posix(path))
        too_big = (
            f"file is {{size}}, over the {format_size(limit)} limit for {what}; {hint}"
        )
        if st.st_size > limit:
            raise error(too_big.format(size=format_size(st.st_size)), path=_posix(path))
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise error(too_big.format(size=f"more than {format_size(limit)}"), path=_posix(path))
        return b"".join(chunks)
    except OSError as exc:
        raise error(f"cannot read: {_os_reason(exc)}", path=_posix(path)) from None
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

# Single-byte Latin code pages that detection mixes up on English text: read as cp1252.
_LATIN_FAMILY = frozenset(
    codecs.lookup(name).name
    for name in (
        "cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "latin-1", "iso8859-2", "iso8859-3",
        "iso8859-4", "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
        "iso8859-16", "mac-roman", "mac-latin2", "mac-iceland", "mac-turkish", "cp437", "cp850",
        "cp858", "ascii",
    )
)

# Code pages of other scripts worth trusting a guess of (when most bytes are non-ASCII).
_OTHER_SCRIPTS = frozenset(
    codecs.lookup(name).name
    for name in (
        "cp1251", "koi8-r", "koi8-u", "iso8859-5", "mac-cyrillic", "cp866", "cp1253", "iso8859-7",
        "cp1255", "iso8859-8", "cp1256", "iso8859-6", "cp874", "tis-620", "big5", "big5hkscs",
        "gb2312", "gbk", "gb18030", "hz", "shift_jis", "cp932", "euc-jp", "iso2022-jp", "euc-kr",
        "cp949", "iso2022-kr", "johab",
    )
)
_HIGH_BYTES = bytes(range(0x80, 0x100))

# C0 and C1 control characters other than tab, newline, vertical tab, form feed, return.
_CONTROL_TABLE = {c: None for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)]}

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document, not text: convert it to text first"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .epub?), not text: convert it to text first"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\x1f\x8b", "gzip-compressed, not text: decompress it first"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit only at odd/even offsets (ASCII in UTF-16)."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    if even_nuls == 0 and odd_nuls > half * 0.3:
        return "utf-16-le"
    if odd_nuls == 0 and even_nuls > half * 0.3:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """(text, codec name) for the bytes of a text file. Raises ArticleError (no path set)."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleError(
                    f"not valid {label.upper()} despite its byte-order mark "
                    f"({exc.reason} at byte {exc.start})"
                ) from None
            return _check_text(text), label
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise ArticleError(f"binary file: {what}")
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is not None:
            try:
                return _check_text(data.decode(codec)), codec
            except UnicodeDecodeError:
                pass
        raise ArticleError("binary file (contains NUL bytes), not text")
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = _guess_codec(data, declared)
    try:
        return _check_text(data.decode(codec)), codec
    except UnicodeDecodeError:
        pass
    try:
        return _check_text(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        return _check_text(data.decode("latin-1")), "latin-1"


def _canonical_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _guess_codec(data: bytes, declared: str | None) -> str:
    """The codec to try for bytes that are not UTF-8."""
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    try:
        import charset_normalizer

        # A sample is enough to tell code pages apart and keeps the guess fast on big files.
        best = charset_normalizer.from_bytes(data[:_GUESS_SAMPLE]).best()
        if best is not None:
            candidates.append(best.encoding)
    except Exception:  # noqa: BLE001 - detection is a hint; any failure falls back to cp1252
        pass
    for i, name in enumerate(candidates):
        canonical = _canonical_codec(name)
        if canonical is None or canonical in _LATIN_FAMILY or canonical.startswith("utf"):
            continue
        declared_here = bool(declared) and i == 0
        if declared_here or (canonical in _OTHER_SCRIPTS and _mostly_high_bytes(data)):
            return canonical
    return "cp1252"


def _mostly_high_bytes(data: bytes) -> bool:
    """True when over 30% of the non-space bytes are >= 0x80 (text mostly in another script).

    English text with a few accented names or curly quotes stays well under that, so a
    detector's guess of, say, a Baltic DOS code page for it is not taken.
    """
    sample = data[:_GUESS_SAMPLE]
    ascii_count = len(sample.translate(None, _HIGH_BYTES))
    high = len(sample) - ascii_count
    visible = len(sample.translate(None, b" \t\r\n"))
    return visible > 0 and high > 0.3 * visible


def _check_text(text: str) -> str:
    """Refuse decoded text that is mostly control characters (binary data).

    NUL is looked for everywhere; the share of control characters is measured on the
    first :data:`_CONTROL_SAMPLE` characters (str.translate is slow on huge texts).
    """
    if "\x00" in text:
        raise ArticleError("binary file (contains NUL characters), not text")
    sample = text[:_CONTROL_SAMPLE]
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE))
    if controls and controls > max(8, len(sample) * _CONTROL_SHARE):
        raise ArticleError(
            f"binary file ({controls * 100 // max(len(sample), 1)}% control characters), not text"
        )
    return text


# --------------------------------------------------------------------------- front matter

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def parse_front_matter(text: str) -> tuple[dict[str, str], int]:
    """(recorded keys, body offset) for text that may open with a front-matter block.

    Returns ``({}, 0)`` when there is no well-formed block (see the module docstring).
    """
    first = text.find("\n", 0, 16)
    if first < 0 or text[:first].rstrip() != "---":
        return {}, 0
    meta: dict[str, str] = {}
    pos = first + 1
    have_key = False
    for _ in range(_FRONT_MATTER_MAX_LINES):
        if pos >= len(text) or pos > _FRONT_MATTER_MAX_CHARS:
            return {}, 0
        end = text.find("\n", pos, pos + _FRONT_MATTER_MAX_CHARS)
        if end < 0:
            if len(text) - pos > _FRONT_MATTER_MAX_CHARS:
                return {}, 0
            line, next_pos = text[pos:], len(text)
        else:
            line, next_pos = text[pos:end], end + 1
        if line.endswith("\r"):
            line = line[:-1]
        stripped = line.strip()
        if stripped in ("---", "..."):
            return meta, next_pos
        if not stripped or stripped.startswith("#"):
            pass
        elif line[0] in " \t" or stripped.startswith("- "):
            if not have_key:  # a continuation line needs a key above it
                return {}, 0
        else:
            key, sep, value = line.partition(":")
            key = key.strip()
            if not sep or not _KEY.fullmatch(key) or (value and value[0] not in " \t"):
                return {}, 0
            have_key = True
            key = key.lower()
            value = _unquote(value.strip())
            if key in FRONT_MATTER_KEYS and value:
                meta[key] = value
        pos = next_pos
    return {}, 0


# --------------------------------------------------------------------------- HTML

# Elements whose content is never visible text; skipped up to their end tag.
_RAW_SKIP = frozenset(
    {"script", "style", "noscript", "template", "textarea", "xmp", "iframe", "noembed",
     "noframes", "svg", "math", "object"}
)
# Elements that may stay in <head>; any other start tag ends an unclosed head.
_HEAD_ELEMENTS = frozenset({"title", "meta", "link", "base", "style", "script", "noscript", "template"})
# Elements that start a new block of text.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
     "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
     "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav",
     "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
     "ul", "img", "video", "audio", "picture", "option", "select", "button", "label", "legend"}
)

_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}  # length-preserving lower()
_TAG_OPEN = re.compile(r"<[A-Za-z/!?]")
_TAG_NAME = re.compile(r"[a-z][a-z0-9:_-]*")
_UNTIL_EQ_OR_GT = re.compile(r"[^>=]*")
_SPACES = re.compile(r"[ \t\n\r\f]*")
_ATTR = re.compile(r"""([^\s=/>"']+)(?:[ \t\n\r\f]*=[ \t\n\r\f]*("[^"]*"|'[^']*'|[^\s>]*))?""")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in its first 4 kB, if Python knows it."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    return _canonical_codec(m.group(1).decode("ascii", "replace"))


@dataclass
class HtmlText:
    text: str
    meta: dict[str, str] = field(default_factory=dict)


def _tag_end(src: str, pos: int) -> int:
    """Index of the '>' closing a tag whose attributes start at ``pos``, or -1."""
    n = len(src)
    while True:
        pos = _UNTIL_EQ_OR_GT.match(src, pos).end()  # type: ignore[union-attr]
        if pos >= n:
            return -1
        if src[pos] == ">":
            return pos
        pos = _SPACES.match(src, pos + 1).end()  # type: ignore[union-attr]
        if pos < n and src[pos] in "\"'":
            close = src.find(src[pos], pos + 1)
            if close < 0:
                return -1  # an unclosed quote runs to the end of the document
            pos = close + 1


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        name = m.group(1).lower()
        value = m.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        out.setdefault(name, html.unescape(value).strip())
    return out


def _clean(chunks: list[str]) -> str:
    return " ".join(html.unescape("".join(chunks)).split())


def html_to_text(src: str) -> HtmlText:
    """Visible text and metadata of an HTML document, in one linear pass."""
    low = src.translate(_ASCII_LOWER)
    n = len(src)
    blocks: list[str] = []
    chunks: list[str] = []
    meta: dict[str, str] = {}
    og_title = ""
    in_head = False
    i = 0

    def flush() -> None:
        if chunks:
            text = _clean(chunks)
            chunks.clear()
            if text:
                blocks.append(text)

    while i < n:
        m = _TAG_OPEN.search(src, i)
        if m is None:
            if not in_head:
                chunks.append(src[i:])
            break
        lt = m.start()
        if lt > i and not in_head:
            chunks.append(src[i:lt])
        kind = src[lt + 1]
        if kind == "!" and src.startswith("<!--", lt):
            end = src.find("-->", lt + 2)
            i = n if end < 0 else end + 3
            continue
        if kind in "!?":  # doctype, CDATA, processing instruction: up to the next '>'
            end = src.find(">", lt + 2)
            i = n if end < 0 else end + 1
            continue
        if kind == "/":
            name_m = _TAG_NAME.match(low, lt + 2)
            end = src.find(">", lt + 2)
            i = n if end < 0 else end + 1
            if name_m is None:
                continue  # "</ ...>" is a bogus comment
            name = name_m.group()
            if name == "head":
                in_head = False
            if name in _BLOCKS or name == "head":
                flush()
            continue
        name_m = _TAG_NAME.match(low, lt + 1)
        if name_m is None:  # cannot happen after _TAG_OPEN, kept for safety
            i = lt + 1
            continue
        name = name_m.group()
        end = _tag_end(src, name_m.end())
        if end < 0:
            break  # an unclosed tag swallows the rest of the document
        i = end + 1
        if name == "head":
            in_head = True
            flush()
            continue
        if in_head and name not in _HEAD_ELEMENTS:
            in_head = False
        if name in ("meta", "link"):
            attrs = _attrs(src[name_m.end():end])
            og_title = _read_meta(name, attrs, meta) or og_title
            continue
        if name == "title":
            close = low.find("</title", i)
            content = src[i:] if close < 0 else src[i:close]
            if "title" not in meta:
                title = _clean([content])
                if title:
                    meta["title"] = title
            i = n if close < 0 else _skip_end_tag(src, close)
            continue
        if name in _RAW_SKIP:
            if name in ("svg", "math") and src[end - 1] == "/":  # only foreign elements self-close
                continue
            close = low.find("</" + name, i)
            i = n if close < 0 else _skip_end_tag(src, close)
            if not in_head:
                flush()
            continue
        if name in _BLOCKS:
            flush()
    flush()
    if "title" not in meta and og_title:
        meta["title"] = og_title
    return HtmlText(text="\n\n".join(blocks), meta=meta)


def _skip_end_tag(src: str, close: int) -> int:
    end = src.find(">", close)
    return len(src) if end < 0 else end + 1


def _read_meta(name: str, attrs: dict[str, str], meta: dict[str, str]) -> str:
    """Record outlet/date/url from a <meta> or <link>; returns an og:title if this is one."""
    if name == "link":
        if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
            meta["url"] = attrs["href"]
        return ""
    key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
    content = " ".join(attrs.get("content", "").split())
    if not content:
        return ""
    if key == "og:title":
        return content
    target = {
        "og:site_name": "outlet",
        "article:published_time": "date",
        "datepublished": "date",
        "date": "date",
        "og:url": "url",
    }.get(key)
    if target and target not in meta:
        meta[target] = content
    return ""


# --------------------------------------------------------------------------- articles


def read_article(
    path: Path | str, *, max_bytes: int | None = None, max_chars: int | None = None
) -> Article:
    """Read one article; raise ArticleError (with the path) on anything unreadable.

    ``max_bytes`` defaults to $CLAIMCHECK_MAX_ARTICLE_BYTES or DEFAULT_MAX_BYTES.
    ``max_chars``, when given, refuses longer texts (a spaCy pipeline's ``max_length``).
    """
    path = Path(path)
    where = _posix(path)
    limit, hint = _limit(max_bytes)
    data = read_limited(path, limit, hint, "one article", ArticleError)
    if not data:
        raise ArticleError("empty file", path=where)
    is_html = path.suffix.lower() in HTML_SUFFIXES
    try:
        text, encoding = decode_bytes(data, declared=declared_charset(data) if is_html else None)
        if is_html:
            extracted = html_to_text(text)
            text, meta, body_start = extracted.text, extracted.meta, 0
        else:
            meta, body_start = parse_front_matter(text)
    except ArticleError as exc:
        raise ArticleError(exc.message, path=where) from None
    except (ValueError, LookupError, RecursionError) as exc:  # last line of defence
        raise ArticleError(f"cannot read: {exc.__class__.__name__}: {exc}", path=where) from None
    if max_chars is not None and len(text) > max_chars:
        raise ArticleError(
            f"text is {len(text):,} characters, over the {max_chars:,} the language model "
            "takes in one piece; split the article",
            path=where,
        )
    if not text[body_start:].strip():
        raise ArticleError(
            "no visible text in the HTML" if is_html else "no text (only whitespace or front matter)",
            path=where,
        )
    return Article(
        id=path.stem,
        path=where,
        text=text,
        encoding=encoding,
        body_start=body_start,
        **{k: v for k, v in meta.items() if k in FRONT_MATTER_KEYS},
    )


def iter_articles(
    paths: Sequence[Path | str], *, max_bytes: int | None = None, max_chars: int | None = None
) -> Iterator[Article | SkippedInput]:
    """Articles in path order, one at a time; unreadable inputs come out as SkippedInput.

    Article ids are file stems made unique in order of appearance: a second
    ``report.txt`` (in another folder) becomes ``report-2``.  Ids are compared without
    regard to case, so they stay distinct as file names on any system.
    """
    used: set[str] = set()
    for item in iter_article_paths(paths):
        if isinstance(item, SkippedInput):
            yield item
            continue
        try:
            article = read_article(item, max_bytes=max_bytes, max_chars=max_chars)
        except ArticleError as exc:
            yield SkippedInput(path=_posix(item), reason=exc.message)
            continue
        unique = unique_id(article.id, used)
        if unique != article.id:
            article = article.model_copy(update={"id": unique})
        yield article


def unique_id(base: str, used: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is not in ``used`` (casefolded); records it."""
    candidate, n = base, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate.casefold())
    return candidate


def read_articles(
    paths: Sequence[Path | str], *, max_bytes: int | None = None, max_chars: int | None = None
) -> tuple[list[Article], list[SkippedInput]]:
    """Every readable article under ``paths``, and what was skipped and why."""
    articles: list[Article] = []
    skipped: list[SkippedInput] = []
    for item in iter_articles(paths, max_bytes=max_bytes, max_chars=max_chars):
        (skipped if isinstance(item, SkippedInput) else articles).append(item)  # type: ignore[arg-type]
    return articles, skipped
