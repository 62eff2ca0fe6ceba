"""Documents and loaders: front matter, JSON lines, directories, standard input, language detection,
bad bytes and empty documents.

New input formats or metadata fields get a case here; the error messages are part of the contract
(they name the file and the line or byte offset), so tests check them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from drift.documents import Document, detect_language, load, load_jsonl, load_text, parse_document
from drift.exceptions import DriftError, InputError, UnsupportedLanguageError
from drift.extract import extract
from drift.timeref import Precision

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"

FRONT = """---
title: Demo in Brakenstedt
published: 2025-03-15
outlet: Testblatt
url: https://example.org/a
lang: de
---
Rund 8000 Menschen demonstrierten am Samstag, teilte die Polizei mit.
"""


# --------------------------------------------------------------------------------------------
# Document
# --------------------------------------------------------------------------------------------

PUBLISHED = [
    ("2024-10-28", dt.date(2024, 10, 28), dt.date(2024, 10, 28), Precision.DAY),
    ("2024-10", dt.date(2024, 10, 1), dt.date(2024, 10, 31), Precision.MONTH),
    ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), Precision.YEAR),
    ("2024-10-28T09:41:00+02:00", dt.date(2024, 10, 28), dt.date(2024, 10, 28), Precision.DAY),
]


@pytest.mark.parametrize("value,start,end,precision", PUBLISHED, ids=[p[0] for p in PUBLISHED])
def test_published_precision(value: str, start: dt.date, end: dt.date, precision: Precision) -> None:
    """A publication date may be a day, a month or a year, and keeps that precision."""
    doc = Document("Text.", published=value)
    assert doc.published is not None
    assert (doc.published.start, doc.published.end, doc.published.precision) == (start, end, precision)


def test_published_unknown() -> None:
    """No publication date is allowed and stays None."""
    assert Document("Text.").published is None
    assert Document("Text.", published="").published is None


@pytest.mark.parametrize("value", ["2024-02-30", "28.10.2024", "yesterday", "2024-13"])
def test_impossible_published_date_is_an_input_error(value: str) -> None:
    """An impossible or unreadable date raises InputError naming the field."""
    with pytest.raises(InputError, match="published"):
        Document("Text.", published=value)


def test_unsupported_language() -> None:
    """A language drift has no tables for is refused when the document is made."""
    with pytest.raises(UnsupportedLanguageError):
        Document("Texte.", lang="fr")


def test_default_id_is_stable_hash() -> None:
    """Without an id a document gets one from its text, the same for the same text."""
    a, b = Document("Gleicher Text."), Document("Gleicher Text.")
    assert a.id == b.id and a.id.startswith("doc-")
    assert Document("Anderer Text.").id != a.id


# --------------------------------------------------------------------------------------------
# Front matter and .txt files
# --------------------------------------------------------------------------------------------

def test_front_matter_fields_and_body_offset() -> None:
    """Front matter sets the metadata; offsets stay into the whole text, front matter included."""
    doc = parse_document(FRONT)
    assert (doc.title, doc.outlet, doc.url, doc.lang) == ("Demo in Brakenstedt", "Testblatt", "https://example.org/a", "de")
    assert doc.published is not None and doc.published.start == dt.date(2025, 3, 15)
    assert FRONT[doc.body_start:].startswith("Rund 8000")
    [a] = extract(doc)
    assert FRONT[a.number_start:a.number_end] == "8000"


def test_front_matter_source_is_outlet_and_keywords_win() -> None:
    """'source:' in front matter names the outlet; keyword arguments override the front matter."""
    doc = parse_document("---\nsource: Blatt\nlang: en\n---\nText.", lang="de")
    assert doc.outlet == "Blatt" and doc.lang == "de"


def test_text_without_front_matter() -> None:
    """A text without front matter is all body."""
    doc = parse_document("Kein Vorspann.\n---\nkey: value\n---\n")
    assert doc.body_start == 0 and doc.title is None


def test_load_text_uses_file_name_as_id(tmp_path: Path) -> None:
    """A .txt file's id is its file name unless the front matter gives one."""
    p = tmp_path / "artikel.txt"
    p.write_text(FRONT, encoding="utf-8")
    assert load_text(p).id == "artikel.txt"
    q = tmp_path / "mit-id.txt"
    q.write_text("---\nid: x-1\n---\nText.", encoding="utf-8")
    assert load_text(q).id == "x-1"


def test_bom_is_accepted(tmp_path: Path) -> None:
    """A UTF-8 byte order mark before the front matter is no obstacle."""
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeff".encode() + FRONT.encode("utf-8"))
    assert load_text(p).outlet == "Testblatt"


def test_bad_bytes_name_file_and_offset(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 raise InputError naming the file and the byte offset."""
    p = tmp_path / "latin1.txt"
    data = "Übergriffe: 30 Menschen".encode("latin-1")
    p.write_bytes(data)
    with pytest.raises(InputError) as info:
        load_text(p)
    message = str(info.value)
    assert "latin1.txt" in message and "offset 0" in message and "0xdc" in message


def test_bad_bytes_in_directory_are_reported_and_others_still_load(tmp_path: Path) -> None:
    """In a directory, an unreadable file is reported through on_error and the rest still loads."""
    (tmp_path / "a.txt").write_text("Erster Text.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"Zweiter \xff Text.")
    errors: list[InputError] = []
    docs = list(load([tmp_path], on_error=errors.append))
    assert [d.id for d in docs] == ["a.txt"]
    assert len(errors) == 1 and "b.txt" in str(errors[0]) and "offset 8" in str(errors[0])


def test_missing_path_is_reported(tmp_path: Path) -> None:
    """A path that does not exist is an InputError naming it."""
    with pytest.raises(InputError, match="no such file"):
        list(load([tmp_path / "nope.txt"]))


# --------------------------------------------------------------------------------------------
# JSON lines
# --------------------------------------------------------------------------------------------

def test_jsonl_fields(tmp_path: Path) -> None:
    """A JSON line gives id, text, published, source (as outlet), url and lang."""
    p = tmp_path / "docs.jsonl"
    rows = [{"id": "a", "text": "Rund 8000 Menschen.", "published": "2025-03-15", "source": "Blatt",
             "url": "https://example.org", "lang": "de"},
            {"text": "About 8,000 people.", "outlet": "Paper"}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    a, b = load_jsonl(p)
    assert (a.id, a.outlet, a.url, a.lang) == ("a", "Blatt", "https://example.org", "de")
    assert a.published is not None and a.published.start == dt.date(2025, 3, 15)
    assert b.id == "docs.jsonl:2" and b.outlet == "Paper" and b.language == "en"


JSONL_ERRORS = [
    ('{"text": "a", "published": NaN}', "NaN"),
    ('{"text": "a", "published": Infinity}', "Infinity"),
    ('{"text": 12}', "'text' must be a string"),
    ('["not", "an", "object"]', "must be a JSON object"),
    ('{"text": "a"', "not valid JSON"),
    ('{"text": "a", "published": "2024-02-30"}', "published"),
    ('{"text": "a", "lang": "fr"}', "unsupported language"),
]


@pytest.mark.parametrize("line,reason", JSONL_ERRORS, ids=[e[0] for e in JSONL_ERRORS])
def test_jsonl_errors_name_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    """A bad JSON line is an InputError naming FILE:LINE and the reason; NaN and Infinity are refused."""
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "ok"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(load_jsonl(p))
    assert f"{p}:2" in str(info.value) and reason in str(info.value)


def test_jsonl_errors_collected_while_good_lines_load(tmp_path: Path) -> None:
    """With on_error, bad lines are reported and the good lines still load, in order."""
    p = tmp_path / "mixed.jsonl"
    p.write_text('{"text": "eins"}\n{"text": NaN}\nnicht json\n{"text": "vier"}\n', encoding="utf-8")
    errors: list[InputError] = []
    docs = list(load_jsonl(p, on_error=errors.append))
    assert [d.text for d in docs] == ["eins", "vier"]
    assert [str(e).split(":")[1] for e in errors] == ["2", "3"]


# --------------------------------------------------------------------------------------------
# Directories and standard input
# --------------------------------------------------------------------------------------------

def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    """A directory yields its .txt and .jsonl files recursively, sorted, skipping hidden and other files."""
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": "a1", "text": "A."}\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("C.", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("D.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("E.", encoding="utf-8")
    assert [d.id for d in load([tmp_path])] == ["a1", "b.txt", "c.txt"]


def test_example_corpus_loads() -> None:
    """Every example article loads with a publication date and an outlet."""
    docs = list(load([CORPUS]))
    assert len(docs) >= 12
    assert all(d.published is not None and d.outlet for d in docs)


def test_stdin_text() -> None:
    """'-' reads standard input as one text document (with front matter)."""
    [doc] = load(["-"], stdin=io.StringIO(FRONT))
    assert doc.outlet == "Testblatt" and doc.id == "<stdin>"


def test_stdin_jsonl_bytes() -> None:
    """'-' reads JSON lines when standard input starts with '{', from the byte buffer when there is one."""
    raw = '{"id": "x", "text": "Rund 8000 Menschen."}\n{"id": "y", "text": "About 8,000 people."}\n'
    stream = io.TextIOWrapper(io.BytesIO(raw.encode("utf-8")), encoding="utf-8")
    assert [d.id for d in load(["-"], stdin=stream)] == ["x", "y"]


def test_stdin_bad_bytes_reported() -> None:
    """Bytes on standard input that are not UTF-8 are an InputError naming <stdin> and the offset."""
    stream = io.TextIOWrapper(io.BytesIO(b"ab\xffcd"), encoding="utf-8")
    with pytest.raises(InputError, match=r"<stdin>.*offset 2"):
        list(load(["-"], stdin=stream))


# --------------------------------------------------------------------------------------------
# Language detection
# --------------------------------------------------------------------------------------------

LANGUAGES = [
    ("de", "Die Polizei sprach von etwa 8000 Teilnehmern, die Veranstalter von 25.000."),
    ("de", "Nach Angaben des Landkreises stehen inzwischen rund 300 Hektar in Flammen."),
    ("de", "Über 600 Einsatzkräfte sind vor Ort."),
    ("en", "The police put the turnout at 8,000 people, while the organisers said 25,000."),
    ("en", "At least 11 people have died and 23 are missing, the agency said on Monday."),
    ("en", "12,000 troops"),
]


@pytest.mark.parametrize("lang,text", LANGUAGES, ids=[t for _, t in LANGUAGES])
def test_detect_language(lang: str, text: str) -> None:
    """German and English are told apart by their function words (and umlauts)."""
    assert detect_language(text) == lang


def test_documents_without_lang_are_detected() -> None:
    """Example articles without a lang field are detected correctly and extracted."""
    for name, lang in (("02_us-up-to-3000.txt", "en"), ("10_demo-polizei-korrigiert.txt", "de")):
        doc = load_text(CORPUS / name)
        assert doc.lang is None and doc.language == lang
        assert extract(doc)


# --------------------------------------------------------------------------------------------
# Empty and odd documents
# --------------------------------------------------------------------------------------------

EMPTY = ["", " ", "\n\n\n", "---\ntitle: only front matter\n---\n", "\u200b\u200e", "<p></p>"]


@pytest.mark.parametrize("text", EMPTY, ids=[repr(t) for t in EMPTY])
def test_empty_documents_give_no_assertions(text: str) -> None:
    """Empty, blank and front-matter-only documents extract to an empty list without error."""
    assert extract(parse_document(text, lang="de")) == []
    assert extract(parse_document(text)) == []


def test_extract_refuses_non_documents() -> None:
    """extract() wants a Document and says so with a DriftError."""
    with pytest.raises(DriftError, match="Document"):
        extract("Rund 8000 Menschen.")  # type: ignore[arg-type]
