"""Documents and the loaders that read them from ``.txt`` files, JSON lines and directories.

A :class:`Document` is the text plus what the reader knows about it. ``.txt`` files may open with
front matter (``key: value`` lines between two ``---`` lines); offsets drift reports are always into
the whole text as read, front matter included, so they point into the file on disk.

Input policy (documented in docs/cli.md and docs/robustness.md): bytes that are not UTF-8 are an
:class:`InputError` naming the file and the byte offset; a JSON line that is not an object, lacks
``text``, holds NaN/Infinity or a lone surrogate (a broken ``\\ud83d`` escape) is an error naming the
file and line; an impossible date is an error naming the field.
Loaders take an ``on_error`` callback: given one, they report the error and go on with the next
file or line; without one, they raise.
"""

from __future__ import annotations

import collections
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import regex

from drift import lang as _lang
from drift.exceptions import DriftError, InputError
from drift.timeref import TimeRef

__all__ = ["Document", "detect_language", "load", "load_jsonl", "load_text", "parse_document"]

ErrorHandler = Callable[[InputError], None]

_FRONT = regex.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>(?:[^\n]*\n)*?)---[ \t]*(?:\r?\n|\Z)")
_FIELD = regex.compile(r"^(?P<k>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<v>.*?)[ \t]*\r?$", regex.M)


def _to_timeref(value: object) -> TimeRef | None:
    try:
        return TimeRef.parse(value)
    except DriftError as e:
        raise InputError(f"published: {e}") from None


def _check_lang(instance: Document, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and value != "auto":
        _lang.get(value)


def _str_or_none(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


@attrs.frozen
class Document:
    """A news text and what is known about it.

    ``published`` takes a date, ``"2024-10-28"``, ``"2024-10"`` or None; ``lang`` ``"de"``, ``"en"``
    or None/``"auto"`` to detect; ``id`` defaults to a hash of the text. ``body_start`` is where the
    text after any front matter begins.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    published: TimeRef | None = attrs.field(default=None, converter=_to_timeref)
    outlet: str | None = attrs.field(default=None, converter=_str_or_none)
    url: str | None = attrs.field(default=None, converter=_str_or_none)
    lang: str | None = attrs.field(default=None, validator=_check_lang)
    id: str = attrs.field(default="", converter=str)
    title: str | None = attrs.field(default=None, converter=_str_or_none)
    body_start: int = 0

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", "doc-" + hashlib.sha1(self.text.encode("utf-8", "surrogatepass"))
                               .hexdigest()[:12])

    @property
    def language(self) -> str:
        """The document's language: as given, else detected from the text."""
        if self.lang and self.lang != "auto":
            return _lang.get(self.lang).code
        return detect_language(self.text[self.body_start:])


def parse_document(text: str, **meta: Any) -> Document:
    """A Document from text that may open with front matter; keyword arguments win over it."""
    fields: dict[str, Any] = {}
    body_start = 0
    m = _FRONT.match(text)
    if m:
        for f in _FIELD.finditer(m.group("body")):
            fields[f.group("k").lower()] = f.group("v").strip().strip("\"'")
        body_start = m.end()
    if "source" in fields and "outlet" not in fields:
        fields["outlet"] = fields.pop("source")
    for k, v in meta.items():
        if v is not None:
            fields[k] = v
    known = {"published": fields.get("published") or fields.get("date"), "outlet": fields.get("outlet"),
             "url": fields.get("url"), "lang": fields.get("lang") or fields.get("language"),
             "id": fields.get("id", ""), "title": fields.get("title")}
    if known["lang"] is not None:
        known["lang"] = str(known["lang"]).lower()
        if known["lang"] == "auto":
            known["lang"] = None
    return Document(text, body_start=body_start, **known)


# --------------------------------------------------------------------------------------------
# Language detection
# --------------------------------------------------------------------------------------------

_DE_WORDS = frozenset("der die das und ist nicht mit von zu den dem des ein eine einen sich auf für "
                      "im auch es sie wird wurde nach bei aus dass wie hat oder noch über sind".split())
_EN_WORDS = frozenset("the and of to is that with was for on are as by from at it this have has "
                      "were said which be an their its not but been would will".split())
_WORD = regex.compile(r"[^\W\d_]+")
_EN_ONLY = _EN_WORDS - _DE_WORDS  # a word of both lists counts for German


def detect_language(text: str) -> str:
    """``"de"`` or ``"en"`` from the share of each language's commonest function words.

    A small, honest detector: it counts words such as der/die/und against the/and/of over the
    first 20,000 characters and adds a point per umlaut or ß. Mixed texts get the majority;
    texts with neither signal (numbers only, empty) default to ``"en"``. See docs/decisions.md for
    why no detection library is a dependency.
    """
    sample = text[:20_000]
    counts = collections.Counter(_WORD.findall(sample.lower()))
    de = sum(counts[w] for w in _DE_WORDS if w in counts)
    en = sum(counts[w] for w in _EN_ONLY if w in counts)
    de += sum(sample.count(c) for c in "äöüß") // 3
    return "de" if de > en else "en"


# --------------------------------------------------------------------------------------------
# Loaders
# --------------------------------------------------------------------------------------------

def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not UTF-8 text: byte 0x{data[e.start]:02x} at offset {e.start} "
                         f"({e.reason}); convert the file to UTF-8") from None


def _raise(err: InputError) -> None:
    raise err


def load_text(path: str | Path, *, text: str | None = None, **meta: Any) -> Document:
    """A Document from a ``.txt`` file (or from ``text`` already read, named ``path``).

    The id is the front matter's ``id`` or else the file's name.
    """
    p = Path(path)
    if text is None:
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError(f"{p}: cannot read: {e.strerror or e}") from None
        text = _decode(data, str(p))
    try:
        doc = parse_document(text, **meta)
    except InputError as e:
        raise InputError(f"{p}: {e}") from None
    if not doc.id or doc.id.startswith("doc-"):
        doc = attrs.evolve(doc, id=p.name)
    return doc


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid JSON number here")


_SURROGATE = regex.compile("[\ud800-\udfff]")


def _jsonl_document(row: object, where: str) -> Document:
    if not isinstance(row, dict):
        raise InputError(f"{where}: a line must be a JSON object, got {type(row).__name__}")
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' must be a string, got {type(text).__name__}")
    for key, value in row.items():
        bad = _SURROGATE.search(value) if isinstance(value, str) else None
        if bad is not None:  # a broken "\ud83d" escape: text that no output could encode
            raise InputError(f"{where}: {key!r} is not valid Unicode: a lone surrogate "
                             f"U+{ord(bad.group()):04X} at character {bad.start()}")
    meta: dict[str, Any] = {}
    for key in ("published", "url", "lang", "id", "title"):
        if row.get(key) is not None:
            value = row[key]
            if not isinstance(value, (str, int)) or isinstance(value, bool):
                raise InputError(f"{where}: {key!r} must be a string, got {value!r}")
            meta[key] = str(value)
    outlet = row.get("outlet", row.get("source"))
    if outlet is not None:
        meta["outlet"] = str(outlet)
    try:
        return parse_document(text, **meta)
    except DriftError as e:
        raise InputError(f"{where}: {e}") from None


def load_jsonl(path: str | Path, *, text: str | None = None,
               on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """Documents from a JSON-lines file: one object per line with ``text`` and optionally ``id``,
    ``published``, ``source`` or ``outlet``, ``url``, ``lang``, ``title``. Lines without an id get
    ``FILE:LINE``."""
    p = Path(path)
    report = on_error or _raise
    if text is None:
        try:
            text = _decode(p.read_bytes(), str(p))
        except OSError as e:
            report(InputError(f"{p}: cannot read: {e.strerror or e}"))
            return
        except InputError as e:
            report(e)
            return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{p}:{n}"
        try:
            row = json.loads(line, parse_constant=_reject_constant)
        except (ValueError, RecursionError) as e:
            report(InputError(f"{where}: not valid JSON: {e}"))
            continue
        try:
            doc = _jsonl_document(row, where)
        except InputError as e:
            report(e)
            continue
        if doc.id.startswith("doc-") and not (isinstance(row, dict) and row.get("id")):
            doc = attrs.evolve(doc, id=f"{p.name}:{n}")
        yield doc


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(q for q in path.rglob("*") if q.is_file() and q.suffix.lower() in (".txt", ".jsonl")
                      and not any(part.startswith(".") for part in q.relative_to(path).parts))
    return [path]


def load(paths: Iterable[str | Path], *, on_error: ErrorHandler | None = None,
         stdin: Any = None) -> Iterator[Document]:
    """Documents from files and directories (``.txt`` and ``.jsonl``, directories recursively, in
    sorted order); ``-`` reads standard input (JSON lines when its first character is ``{``)."""
    report = on_error or _raise
    for raw in paths:
        if str(raw) == "-":
            stream = stdin if stdin is not None else sys.stdin
            data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
            try:
                text = _decode(data, "<stdin>") if isinstance(data, bytes) else data
            except InputError as e:
                report(e)
                continue
            if text.lstrip().startswith("{"):
                yield from load_jsonl("<stdin>", text=text, on_error=report)
            else:
                try:
                    yield load_text("<stdin>", text=text)
                except InputError as e:
                    report(e)
            continue
        path = Path(raw)
        if not path.exists():
            report(InputError(f"{path}: no such file or directory"))
            continue
        for f in _files(path):
            if f.suffix.lower() == ".jsonl":
                yield from load_jsonl(f, on_error=report)
            else:
                try:
                    yield load_text(f)
                except InputError as e:
                    report(e)
