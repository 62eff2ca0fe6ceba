"""Hostile and malformed input: drift either reads it or says clearly what it cannot read.

The policies pinned here are written up in docs/robustness.md:

- bytes that are not UTF-8, JSON lines holding NaN/Infinity or a lone surrogate, impossible or
  non-ISO dates: an :class:`~drift.exceptions.InputError` naming the file (and line, field, byte
  offset); the command line reports it on stderr, exits 2, and still prints every other document;
- empty documents give no assertions and no error; an unknown publication date leaves relative
  time words unresolved but absolute dates still count;
- text is never rewritten (offsets point into the text as given): zero-width and direction marks,
  HTML tags and entities stay where they are, and may hide a figure, but never break an offset;
- numbers beyond float range are exact integers in the output and take no part in comparison;
  digit or number-word runs longer than 1,000 characters are no figure at all.

The hypothesis tests at the end fuzz ``extract`` and ``analyze`` with arbitrary text (raw and built
from news-like fragments) and arbitrary metadata: they raise nothing but DriftError subclasses, and
every offset they return is inside the text and slices out the surface it claims. New hostile
inputs go in the case tables (``HOSTILE_TEXTS`` for text, ``BAD_JSON_LINES`` for loader input).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import drift
from drift.assertions import Assertion
from drift.cli import main
from drift.documents import Document, load, load_jsonl
from drift.exceptions import DriftError, InputError
from drift.extract import extract
from drift.records import assertion_record

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def check_offsets(text: str, assertions: Sequence[Assertion]) -> None:
    """Every offset is inside ``text`` and every surface is the slice of ``text`` it claims."""
    n = len(text)
    for a in assertions:
        q = a.quantity
        assert 0 <= a.start <= a.end <= n, (a.start, a.end, n)
        assert 0 <= q.start <= q.end <= n and text[q.start:q.end] == q.surface
        assert 0 <= q.number_start <= q.number_end <= n
        for num in q.numbers:
            assert text[num.start:num.end] == num.surface
        assert text[a.sentence_start:a.sentence_start + len(a.sentence)] == a.sentence
        assert a.sentence_start <= a.start and a.end <= a.sentence_start + len(a.sentence)
        assert a.text == text[a.start:a.end]
        record = assertion_record(a)
        json.dumps(record, ensure_ascii=False, allow_nan=False).encode("utf-8")
        assert text[record["number_start"]:record["number_end"]] == text[q.number_start:q.number_end]


def run_cli(*argv: str, stdin: Any = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=stdin)
    return code, out.getvalue(), err.getvalue()


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


GOOD = {"id": "good", "text": "Nach Angaben der Polizei kamen rund 8000 Menschen.", "published": "2025-03-15",
        "lang": "de"}

# --------------------------------------------------------------------------------------------
# encodings and broken JSON lines
# --------------------------------------------------------------------------------------------

# (name, the raw bytes of one JSON line, what the error message must say)
BAD_JSON_LINES: list[tuple[str, bytes, str]] = [
    ("NaN published", b'{"text": "8000 Menschen", "published": NaN}', "NaN is not a valid JSON number"),
    ("Infinity id", b'{"text": "8000 Menschen", "id": Infinity}', "Infinity is not a valid JSON number"),
    ("-Infinity", b'{"text": "8000 Menschen", "title": -Infinity}', "-Infinity is not a valid JSON number"),
    ("1e400 as text", b'{"text": 1e400}', "'text' must be a string"),
    ("1e400 as published", b'{"text": "8000 Menschen", "published": 1e400}', "'published' must be a string"),
    ("lone surrogate", b'{"text": "8000 Menschen \\ud800 kamen"}', "lone surrogate U+D800 at character 14"),
    ("surrogate in outlet", b'{"text": "8000 Menschen", "outlet": "Blatt \\udc00"}', "'outlet' is not valid Unicode"),
    ("impossible date", b'{"text": "8000 Menschen", "published": "2024-13-45"}', "month must be in 1..12"),
    ("relative date", b'{"text": "8000 Menschen", "published": "yesterday"}', "got 'yesterday'"),
    ("unknown language", b'{"text": "8000 Menschen", "lang": "fr"}', "unsupported language 'fr'"),
    ("not an object", b'[8000, "Menschen"]', "must be a JSON object"),
]


@pytest.mark.parametrize("name,line,message", BAD_JSON_LINES, ids=[c[0] for c in BAD_JSON_LINES])
def test_bad_json_line_is_named_and_the_good_lines_still_count(tmp_path: Path, name: str, line: bytes,
                                                              message: str) -> None:
    """A broken JSON line is an error naming the file and the reason; the CLI exits 2 and still
    prints the good line's assertions."""
    path = tmp_path / "docs.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + line + b"\n")
    code, out, err = run_cli("extract", str(path), "--format", "jsonl")
    assert code == 2
    assert "docs.jsonl" in err and message in err, err
    assert [r["doc"] for r in records(out)] == ["good"]


def test_non_utf8_jsonl_file_is_refused_whole(tmp_path: Path) -> None:
    """A JSON-lines file is decoded as a whole: one latin-1 byte makes the file an error naming its
    byte offset (counted from the start of the file), and the CLI goes on with the next file."""
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(json.dumps(GOOD).encode() + b"\n" + '{"text": "Die Polizei zählte 8000"}'.encode("latin-1"))
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({**GOOD, "id": "other"}) + "\n", encoding="utf-8")
    code, out, err = run_cli("extract", str(bad), str(good), "--format", "jsonl")
    offset = len(json.dumps(GOOD).encode()) + 1 + len('{"text": "Die Polizei z')
    assert code == 2 and "bad.jsonl" in err and f"offset {offset}" in err, err
    assert [r["doc"] for r in records(out)] == ["other"]


def test_surrogate_pairs_are_fine() -> None:
    """A correctly escaped pair ("\\ud83d\\ude00", an emoji) is one character, not an error."""
    line = '{"id": "e", "lang": "de", "text": "Rund 8000 Menschen \\ud83d\\ude00 kamen."}'
    docs = list(load_jsonl("x.jsonl", text=line))
    assert len(docs) == 1 and "\U0001F600" in docs[0].text
    check_offsets(docs[0].text, extract(docs[0]))


def test_non_utf8_stdin_names_stdin_and_offset() -> None:
    """Bytes on standard input that are not UTF-8 are named as <stdin> with the byte offset."""

    class Stdin:
        buffer = io.BytesIO("Die Polizei zählte 8000 Menschen.".encode("cp1252"))

    code, out, err = run_cli("extract", "-", "--format", "jsonl", stdin=Stdin())
    assert code == 2 and out == ""
    assert "<stdin>" in err and "offset 13" in err and "0xe4" in err


def test_non_utf8_text_file_error_names_file_and_offset(tmp_path: Path) -> None:
    """A .txt file in another encoding is an InputError with the file name and the byte offset;
    with on_error the loader goes on with the next file."""
    (tmp_path / "a.txt").write_bytes("Rund 8000 Menschen kamen, sagte die Polizei.".encode())
    (tmp_path / "b.txt").write_bytes("Die Polizei zählte 8000 Menschen.".encode("utf-16"))
    errors: list[InputError] = []
    docs = list(load([tmp_path], on_error=errors.append))
    assert [d.id for d in docs] == ["a.txt"]
    assert len(errors) == 1 and "b.txt" in str(errors[0]) and "offset 0" in str(errors[0])

# --------------------------------------------------------------------------------------------
# empty documents and dates
# --------------------------------------------------------------------------------------------


EMPTY = ["", " ", "\n\n\n", "---\ntitle: Nur Kopf\npublished: 2024-10-28\n---\n", "\ufeff", "\u200b\u200b",
         ". , ; : ! ?", "„“ »« () []"]


@pytest.mark.parametrize("text", EMPTY, ids=[repr(t) for t in EMPTY])
def test_empty_documents_analyze_to_an_empty_report(text: str) -> None:
    """A document with nothing to read gives no assertions, and analyze gives an empty report."""
    doc = Document(text, lang="de")
    assert extract(doc) == []
    report = drift.analyze([doc, Document(text, lang="en", id="other")])
    assert report.assertions == () and report.findings == ()
    json.loads(report.to_json())


IMPOSSIBLE_DATES = ["2024-13-45", "2024-02-30", "0000-01-01", "yesterday", "gestern", "28.10.2024",
                    "2024-1", float("nan"), float("inf"), 20241028, True]


@pytest.mark.parametrize("value", IMPOSSIBLE_DATES, ids=[repr(v) for v in IMPOSSIBLE_DATES])
def test_impossible_or_non_iso_published_is_an_input_error_naming_the_field(value: object) -> None:
    """A publication date that is impossible, relative or not ISO is an InputError naming 'published'."""
    with pytest.raises(InputError, match="published"):
        Document("Rund 8000 Menschen kamen gestern.", published=value, lang="de")


def test_unknown_published_date_leaves_relative_words_unresolved() -> None:
    """Without a publication date "gestern" resolves to nothing, while "am 18. Oktober 2024" still counts."""
    text = "Gestern kamen 8000 Menschen. Am 18. Oktober 2024 waren es 6000 Menschen."
    got = {a.quantity.value: a.refers_to for a in extract(Document(text, lang="de"))}
    assert got[8000] is None
    assert got[6000] is not None and got[6000].start == dt.date(2024, 10, 18)

# --------------------------------------------------------------------------------------------
# text drift does not rewrite
# --------------------------------------------------------------------------------------------


# (name, text, language)
HOSTILE_TEXTS: list[tuple[str, str, str]] = [
    ("zero-width space in a number", "Rund 3.\u200b000 Soldaten kamen, sagte die Polizei.", "de"),
    ("zero-width space before the noun", "Rund 3.000 \u200bSoldaten kamen.", "de"),
    ("byte order mark inside", "\ufeffRund 3.000 Soldaten kamen.\ufeff Dann 4.000 Soldaten.", "de"),
    ("direction marks around a number", "Laut Polizei kamen \u200e3.000\u200e Menschen.", "de"),
    ("bidi override", "Die Polizei zählte \u202e000.3\u202c Teilnehmer und \u200f4.500\u200e Menschen.", "de"),
    ("bidi isolates", "\u2067Rund 3.000\u2069 Soldaten, \u2066about 3,000\u2069 troops.", "en"),
    ("soft hyphens", "Die Bundes\u00adregierung zählte 3.000 Sol\u00addaten.", "de"),
    ("html tags", "<p>Die Polizei zählte <b>rund 3.000</b> Teilnehmer.</p><br/>Laut <i>Veranstaltern</i> 10.000.", "de"),
    ("html entities", "Rund&nbsp;3.000 Teilnehmer &amp; 4&#160;500 Menschen, &gt;&nbsp;200 Verletzte &#8211; sagte er.", "de"),
    ("nul and control characters", "Rund\x003.000\x0bSoldaten\x0c kamen\x1c, \u2028 4.000 Menschen\u2029.", "de"),
    ("line separators", "Rund 3.000 Soldaten\r\nkamen.\r4.000 Menschen\u0085waren es.", "de"),
    ("mixed languages", "Rund 3.000 Soldaten were sent, the Pentagon said about 10,000 troops. Laut Kyjiw 12.000.", "de"),
    ("mixed languages en", "About 3,000 troops, sagte das Ministerium: rund 10.000 Soldaten.", "en"),
    ("400-digit figure", "Es kamen " + "9" * 400 + " Menschen, sagte die Polizei.", "de"),
    ("400-digit decimal", "Es waren 0," + "0" * 400 + "1 Prozent der Menschen.", "de"),
    ("10^400 and 1e400", "Some 10^400 people and 1e400 troops, or 1E+400 troops.", "en"),
    ("5000-digit run", "Es kamen " + "1" * 5000 + " Menschen.", "de"),
    ("grouped beyond the limit", "It was " + "1" + ",000" * 400 + " people.", "en"),
    ("scale on a huge figure", "Es waren " + "9" * 390 + " Milliarden Menschen.", "de"),
    ("arabic-indic digits", "Rund ٣٠٠٠ Soldaten kamen.", "de"),
    ("fullwidth digits", "Rund ３０００ Soldaten kamen.", "de"),
    ("deep nesting", "„" * 200 + "(" * 200 + "rund 3.000 Soldaten" + ")" * 200 + "“" * 200, "de"),
]


@pytest.mark.parametrize("name,text,lang", HOSTILE_TEXTS, ids=[c[0] for c in HOSTILE_TEXTS])
def test_hostile_text_keeps_every_offset_valid(name: str, text: str, lang: str) -> None:
    """Hostile text never raises, and every offset and surface of every assertion is true to it;
    analyze on the same documents gives JSON without NaN or Infinity."""
    docs = [Document(text, lang=lang, published="2024-10-28", outlet=o, id=f"{name}-{o}") for o in ("A", "B")]
    for doc in docs:
        check_offsets(text, extract(doc))
    report = drift.analyze(docs)
    json.loads(report.to_json())
    for row in [*report.to_records(), *report.finding_records()]:
        json.dumps(row, allow_nan=False)
    report.to_text()
    report.to_markdown()


def test_figures_beyond_float_range_are_exact() -> None:
    """A 400-digit figure is an exact integer in the record, and analyze leaves it out of comparison."""
    big = 10 ** 400 - 1
    text = f"Laut Polizei kamen {big} Menschen. Laut Veranstaltern kamen 3000 Menschen."
    found = extract(Document(text, lang="de", published="2024-10-28"))
    values = [assertion_record(a)["value"] for a in found]
    assert big in values and 3000 in values
    report = drift.analyze([Document(text, lang="de", published="2024-10-28")])
    assert all(big not in (f.absolute, f.ratio) for f in report.findings)


def test_digit_runs_over_a_thousand_characters_are_no_figure() -> None:
    """A 1,001-digit run yields no number (and no quadratic int()); 1,000 digits are still read."""
    assert list(drift.find_numbers("x " + "7" * 1001 + " y", lang="en")) == []
    (n,) = drift.find_numbers("x " + "7" * 1000 + " y", lang="en")
    assert n.value == int("7" * 1000)


def test_html_remnants_do_not_make_qualifiers_or_figures() -> None:
    """A tag's '>' is not 'more than', and the digits of '&#160;' are not a figure."""
    text = "Laut <b>Veranstaltern</b> 10.000 Menschen, 4&#160;500 Teilnehmer, über 200 Verletzte."
    got = {a.quantity.number.surface: a.quantity.qualifier.value for a in extract(Document(text, lang="de"))}
    assert got["10.000"] == "exact"
    assert "160" not in got
    assert got["200"] == "more_than"


def test_a_document_reads_numbers_by_its_own_language() -> None:
    """In a mixed-language document the document's language decides the decimal mark: '3.000' is
    three thousand in a German document, three in an English one."""
    text = "Rund 3.000 Soldaten, the Pentagon said."
    de = [a.quantity.value for a in extract(Document(text, lang="de"))]
    en = [n.value for n in drift.find_numbers(text, lang="en")]
    assert de == [3000] and en == [3]

# --------------------------------------------------------------------------------------------
# fuzzing: any text, any metadata
# --------------------------------------------------------------------------------------------


FRAGMENTS = ["Rund ", "rund ", "etwa ", "mehr als ", "bis zu ", "zwischen ", " und ", " bis ", "about ", "more than ",
             "up to ", "between ", " and ", "3.000", "10,000", "1.500", "12 %", "zwölftausend", "twenty-one",
             "eine Million", "3 Mio.", "2bn", "Tausende", "dozens of ", "29.10.2024", "07:04", "am Montag",
             "gestern", "last week", "Anfang Oktober", "1950er", "3.", "dritte", " Soldaten", " Menschen",
             " troops", " people", " killed", " Tote", "laut Pentagon", "according to police", " sagte ",
             " said ", "Pentagon-Sprecherin Sabrina Singh", "die Polizei", "„", "“", "\"", "»", "«", "(", ")",
             ", ", ". ", "! ", "? ", ": ", "; ", "-", "–", "\n", "\n\n", "---\n", "title: x\n", "published: 2024-10-28\n",
             "\u200b", "\u200e", "\u202e", "\u00ad", "\ufeff", "&nbsp;", "&#160;", "<p>", "</b>", ">", "<",
             "Dr. ", "U.S. ", "Nr. ", " ", "\t", "9" * 40, "1.1.1.1.1", "ein", "one", "Cookies ", "Lesezeit 3 Min"]

# a news-like clause: [who] [qualifier] figure [noun] [tail], each part drawn from short lists
clause = st.tuples(
    st.sampled_from(["", "Laut Polizei kamen ", "Nach Angaben der Behörden wurden ", "The Pentagon said ",
                     "„Es waren ", "According to officials, ", "Die Veranstalter sprachen von "]),
    st.sampled_from(["", "rund ", "mehr als ", "bis zu ", "zwischen 3 und ", "about ", "up to ", "fewer than "]),
    st.sampled_from(["3.000", "10,000", "1.500", "12 %", "zwölftausend", "two thousand", "3 Mio.", "Tausende",
                     "1,5 Millionen", "10.000–12.000", "29.10.2024", "9" * 30, "0,5", "-40", "400"]),
    st.sampled_from(["", " Soldaten", " Menschen", " troops", " people", " nordkoreanische Soldaten", " Tote"]),
    st.sampled_from(["", ".", "“, sagte er.", " am Montag.", " last week, officials said.", ", ", "\n", " (AFP)"]),
).map("".join)
news_text = st.lists(st.one_of(clause, st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=30).map("".join)
any_text = st.one_of(news_text, st.text(max_size=300))
meta_value = st.one_of(st.none(), st.text(max_size=12), st.integers(), st.floats(), st.booleans(),
                       st.dates().map(str), st.dates(), st.sampled_from(["2024-10", "2024", "2024-10-28", ""]))
metadata = st.fixed_dictionaries({}, optional={
    "published": meta_value, "outlet": meta_value, "url": meta_value, "title": meta_value, "id": meta_value,
    "lang": st.one_of(meta_value, st.sampled_from(["de", "en", "auto", "DE", "fr", "de-DE"])),
})
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def make_document(text: str, meta: dict[str, Any]) -> Document | None:
    """A Document from ``text`` and ``meta``, or None when the metadata is refused with a DriftError."""
    try:
        return Document(text, **meta)
    except DriftError:
        return None


@FUZZ
@given(text=any_text, meta=metadata)
def test_fuzz_extract_raises_only_drift_errors_and_offsets_are_valid(text: str, meta: dict[str, Any]) -> None:
    """On any text and any metadata extract raises nothing but DriftError and every offset is valid."""
    doc = make_document(text, meta) or Document(text)  # refused metadata: the text still gets read
    try:
        found = extract(doc)
    except DriftError:
        return
    event("assertions found" if found else "no assertions")
    check_offsets(text, found)


@FUZZ
@given(texts=st.lists(any_text, min_size=1, max_size=4), meta=metadata,
       dates=st.lists(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)), min_size=4, max_size=4))
def test_fuzz_analyze_raises_only_drift_errors_and_offsets_are_valid(texts: list[str], meta: dict[str, Any],
                                                                     dates: list[dt.date]) -> None:
    """On any texts and metadata analyze raises nothing but DriftError, every assertion's offsets
    are valid in its own document, and the report serialises to strict JSON."""
    docs = []
    for i, text in enumerate(texts):
        doc = make_document(text, {**meta, "id": f"d{i}", "published": dates[i].isoformat(),
                                   "outlet": f"outlet {i % 2}"})
        if doc is not None:
            docs.append(doc)
    try:
        report = drift.analyze(docs)
    except DriftError:
        return
    event("findings" if report.findings else "assertions" if report.assertions else "empty report")
    by_id = {d.id: d.text for d in docs}
    for a in report.assertions:
        check_offsets(by_id[a.doc_id], [a])
    json.dumps(json.loads(report.to_json()), allow_nan=False)
    for row in report.finding_records():
        json.dumps(row, allow_nan=False)


@FUZZ
@given(lines=st.lists(st.one_of(st.binary(max_size=60), st.sampled_from([line for _, line, _ in BAD_JSON_LINES]),
                                st.just(json.dumps(GOOD).encode())), max_size=6))
def test_fuzz_jsonl_loader_reports_input_errors_only(tmp_path_factory: pytest.TempPathFactory,
                                                     lines: list[bytes]) -> None:
    """Any bytes in a JSON-lines file give documents or InputErrors through on_error, nothing else."""
    path = tmp_path_factory.mktemp("fuzz") / "docs.jsonl"
    path.write_bytes(b"\n".join(lines))
    errors: list[InputError] = []
    docs = list(load([path], on_error=errors.append))
    assert all(isinstance(e, InputError) for e in errors)
    for doc in docs:
        check_offsets(doc.text, extract(doc))


@FUZZ
@given(data=st.binary(max_size=200))
def test_fuzz_text_loader_reports_input_errors_only(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    """Any bytes in a .txt file give a document or an InputError, and extraction never raises."""
    path = tmp_path_factory.mktemp("fuzz") / "doc.txt"
    path.write_bytes(data)
    try:
        (doc,) = load([path])
    except InputError:
        return
    try:
        found = extract(doc)
    except DriftError:
        return
    check_offsets(doc.text, found)


def test_check_offsets_catches_a_wrong_offset() -> None:
    """The offset check used throughout this module fails on an assertion whose span is off by one."""
    import attrs

    text = "Rund 3.000 Soldaten kamen."
    (a,) = extract(Document(text, lang="de"))
    with pytest.raises(AssertionError):
        check_offsets(text, [attrs.evolve(a, end=len(text) + 1)])
    with pytest.raises(AssertionError):
        check_offsets("X" + text, [a])


def test_decimal_figures_round_trip_through_json() -> None:
    """A decimal figure too precise for a float is written as its exact decimal text."""
    text = "Es waren 0," + "0" * 30 + "1 Prozent der Menschen."
    (a,) = extract(Document(text, lang="de"))
    value = assertion_record(a)["value"]
    assert Decimal(str(value)) == Decimal("1e-31")
