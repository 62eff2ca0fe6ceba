"""The command line: help with examples, exit codes, standard input, unreadable files, filters.

Most tests call :func:`drift.cli.main` in-process with their own streams; a few run ``python -m
drift`` in a subprocess to check the real entry point. New CLI behaviour gets a test here and a line
in docs/cli.md (tests/test_docs.py checks the latter).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from drift.cli import main
from drift.timeref import TimeRef

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
COMMANDS = ["extract", "analyze", "findings"]

GERMAN_ARTICLE = """---
title: Demo
published: 2025-03-15
outlet: Testblatt
lang: de
---
Nach Angaben der Polizei nahmen am Samstag rund 8000 Menschen an der Demonstration teil.
"""

ENGLISH_ARTICLE = """---
title: Quake
published: 2025-02-03
outlet: Test Times
lang: en
---
At least 30 people were killed in the earthquake, the regional civil protection agency said on Monday.
"""


class TTY(io.StringIO):
    """A text stream that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


def run(*argv: str, stdin: Any = None, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=stdin)
    return code, out.getvalue(), err.getvalue()


def jsonl(text: str) -> list[dict[str, Any]]:
    """Parse JSON lines."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    """A folder with one German and one English article."""
    (tmp_path / "de.txt").write_text(GERMAN_ARTICLE, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH_ARTICLE, encoding="utf-8")
    return tmp_path


# --------------------------------------------------------------------------------------------
# help
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_shows_examples_and_exit_codes(command: str) -> None:
    """`drift COMMAND --help` exits 0 and shows runnable examples of that command and the exit codes."""
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "examples:" in out
    assert f"drift {command} " in out.split("examples:")[1]
    assert "exit codes:" in out and "--fail-on" in out


def test_top_level_help_lists_commands_and_examples() -> None:
    """`drift --help` names every command and shows examples."""
    code, out, _ = run("--help")
    assert code == 0
    for command in COMMANDS:
        assert command in out
    assert "examples:" in out and "drift analyze examples/corpus" in out


def test_python_m_drift_runs_the_cli() -> None:
    """`python -m drift --help` is the same command line."""
    proc = subprocess.run([sys.executable, "-m", "drift", "extract", "--help"], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0
    assert "drift extract examples/corpus" in proc.stdout


# --------------------------------------------------------------------------------------------
# exit codes
# --------------------------------------------------------------------------------------------

USAGE_ERRORS = [
    pytest.param(["extract"], id="missing PATH"),
    pytest.param(["extract", "x.txt", "--format", "xml"], id="unknown format"),
    pytest.param(["analyze", "x.txt", "--since", "last tuesday"], id="bad date"),
    pytest.param(["findings", "x.txt", "--fail-on", "panic"], id="unknown finding kind"),
    pytest.param(["compare", "x.txt"], id="unknown command"),
    pytest.param([], id="no command"),
]


@pytest.mark.parametrize("argv", USAGE_ERRORS)
def test_usage_errors_exit_2_with_a_message(argv: list[str]) -> None:
    """Usage errors exit 2 and say what is wrong on stderr, printing nothing on stdout."""
    code, out, err = run(*argv)
    assert code == 2
    assert out == ""
    assert "usage:" in err and "error:" in err


def test_success_exits_0(articles: Path) -> None:
    """A run over readable files with no --fail-on exits 0 and writes nothing to stderr."""
    code, out, err = run("extract", str(articles), "--format", "jsonl")
    assert code == 0
    assert err == ""
    assert {r["doc"] for r in jsonl(out)} == {"de.txt", "en.txt"}


def test_fail_on_a_present_kind_exits_1() -> None:
    """--fail-on KIND exits 1 when the corpus has such a finding, and still prints the findings."""
    code, out, _ = run("findings", str(CORPUS), "--format", "jsonl", "--fail-on", "escalation")
    assert code == 1
    assert any(f["kind"] == "escalation" for f in jsonl(out))


def test_fail_on_an_absent_kind_exits_0(articles: Path) -> None:
    """--fail-on KIND exits 0 when no finding of that kind exists."""
    code, _, _ = run("findings", str(articles), "--format", "jsonl", "--fail-on", "divergence")
    assert code == 0


# --------------------------------------------------------------------------------------------
# input
# --------------------------------------------------------------------------------------------

def test_dash_reads_a_text_document_from_stdin() -> None:
    """`-` reads one text document (with front matter) from standard input."""
    code, out, _ = run("extract", "-", "--format", "jsonl", stdin=io.StringIO(GERMAN_ARTICLE))
    assert code == 0
    records = jsonl(out)
    assert [(r["doc"], r["value"], r["qualifier"], r["lang"]) for r in records] == \
        [("<stdin>", 8000, "approx", "de")]


def test_dash_reads_json_lines_from_stdin() -> None:
    """`-` reads JSON lines when standard input starts with '{'."""
    lines = "\n".join(json.dumps({"id": f"d{i}", "text": t, "published": "2025-03-15", "lang": "de"})
                      for i, t in enumerate(["Die Polizei zählte 8000 Demonstranten.",
                                             "Die Veranstalter sprachen von 25.000 Teilnehmern."]))
    code, out, _ = run("extract", "-", "--format", "jsonl", stdin=io.StringIO(lines + "\n"))
    assert code == 0
    assert [(r["doc"], r["value"]) for r in jsonl(out)] == [("d0", 8000), ("d1", 25000)]


def test_unreadable_file_is_named_with_reason_and_others_still_produce_output(articles: Path) -> None:
    """A file that is not UTF-8 and a missing path are named with the reason on stderr, exit 2,
    and the readable files' assertions are still printed."""
    (articles / "broken.txt").write_bytes(b"Die Polizei z\xe4hlte 8000 Menschen.\n")
    missing = articles / "nowhere.txt"
    code, out, err = run("extract", str(articles), str(missing), "--format", "jsonl")
    assert code == 2
    assert "broken.txt" in err and "not UTF-8" in err and "offset 13" in err
    assert "nowhere.txt" in err and "no such file" in err
    assert {r["doc"] for r in jsonl(out)} == {"de.txt", "en.txt"}


def test_bad_json_line_is_named_with_file_and_line(tmp_path: Path) -> None:
    """A broken JSON line is named as FILE:LINE; the good lines of the same file still count."""
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": "Die Polizei zählte 8000 Demonstranten.", "lang": "de"})
                    + "\n{not json\n", encoding="utf-8")
    code, out, err = run("extract", str(path), "--format", "jsonl")
    assert code == 2
    assert "docs.jsonl:2" in err and "not valid JSON" in err
    assert [r["doc"] for r in jsonl(out)] == ["ok"]


# --------------------------------------------------------------------------------------------
# filters
# --------------------------------------------------------------------------------------------

def test_lang_applies_to_documents_that_do_not_say() -> None:
    """--lang sets the language of documents without one: '1.500' is fifteen hundred in German."""
    text = "Polizei: 1.500 Demonstranten, Veranstalter: 4.000 Demonstranten."
    _, out_de, _ = run("extract", "-", "--format", "jsonl", "--lang", "de", stdin=io.StringIO(text))
    assert [(r["lang"], r["value"]) for r in jsonl(out_de)] == [("de", 1500), ("de", 4000)]


def test_lang_never_overrides_a_documents_own_language(articles: Path) -> None:
    """A document's front-matter language wins over --lang."""
    _, out, _ = run("extract", str(articles / "en.txt"), "--format", "jsonl", "--lang", "de")
    assert {r["lang"] for r in jsonl(out)} == {"en"}


def _ref(r: dict[str, Any]) -> TimeRef | None:
    """The reference interval the filters use: refers_to, else the publication date."""
    if r["refers_to_start"]:
        return TimeRef(dt.date.fromisoformat(r["refers_to_start"]), dt.date.fromisoformat(r["refers_to_end"]))
    return TimeRef.parse(r["published"])


def _ref_start(r: dict[str, Any]) -> str:
    ref = _ref(r)
    return ref.start.isoformat() if ref else ""


def _ref_end(r: dict[str, Any]) -> str:
    ref = _ref(r)
    return ref.end.isoformat() if ref else ""


def test_since_and_until_keep_assertions_in_the_window() -> None:
    """--since/--until keep exactly the assertions whose reference time meets the window."""
    _, everything, _ = run("extract", str(CORPUS), "--format", "jsonl")
    _, window, _ = run("extract", str(CORPUS), "--format", "jsonl", "--since", "2024-11-01",
                       "--until", "2025-02-28")
    kept, all_records = jsonl(window), jsonl(everything)
    assert 0 < len(kept) < len(all_records)
    assert all(_ref_end(r) >= "2024-11-01" and _ref_start(r) <= "2025-02-28" for r in kept)
    expected = [r for r in all_records if _ref(r) and _ref_end(r) >= "2024-11-01" and _ref_start(r) <= "2025-02-28"]
    assert [(r["doc"], r["number_start"]) for r in kept] == [(r["doc"], r["number_start"]) for r in expected]


def test_until_with_a_month_keeps_the_whole_month() -> None:
    """--until 2024-10 keeps assertions about 31 October and drops November."""
    _, out, _ = run("extract", str(CORPUS), "--format", "jsonl", "--until", "2024-10")
    kept = jsonl(out)
    assert kept and all(_ref_start(r) <= "2024-10-31" for r in kept)


def test_quantity_without_story_suffix_selects_its_stories() -> None:
    """--quantity KEY also keeps KEY#story and KEY@episode variants, and nothing else."""
    _, out, _ = run("extract", str(CORPUS), "--format", "jsonl")
    keys = {r["quantity"] for r in jsonl(out)}
    suffixed = sorted(k for k in keys if "#" in k)
    assert suffixed
    base = suffixed[0].partition("#")[0]
    _, kept, _ = run("extract", str(CORPUS), "--format", "jsonl", "--quantity", base)
    assert {r["quantity"] for r in jsonl(kept)} == {k for k in keys if k == base or k.startswith(base + "#")
                                                     or k.startswith(base + "@")}


def test_quantity_keeps_one_quantity_in_assertions_and_findings() -> None:
    """--quantity KEY keeps only that quantity's assertions, and findings only about it."""
    _, out, _ = run("findings", str(CORPUS), "--format", "jsonl")
    key = jsonl(out)[0]["quantity"]
    _, extracted, _ = run("extract", str(CORPUS), "--format", "jsonl", "--quantity", key)
    _, found, _ = run("findings", str(CORPUS), "--format", "jsonl", "--quantity", key)
    assert jsonl(extracted) and {r["quantity"] for r in jsonl(extracted)} == {key}
    assert jsonl(found) and {f["quantity"] for f in jsonl(found)} == {key}


# --------------------------------------------------------------------------------------------
# output and progress
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command,fmt,needle", [
    pytest.param("extract", "csv", "doc,start,end,number_start,number_end", id="extract csv header"),
    pytest.param("extract", "table", "qualifier", id="extract table header"),
    pytest.param("findings", "table", "explanation", id="findings table header"),
    pytest.param("analyze", "markdown", "#", id="analyze markdown heading"),
])
def test_formats_print_their_header(command: str, fmt: str, needle: str) -> None:
    """Each format prints its header or heading first."""
    code, out, _ = run(command, str(CORPUS), "--format", fmt)
    assert code in (0, 1)
    assert needle in out.splitlines()[0]


def test_analyze_json_is_one_object() -> None:
    """`drift analyze --format json` prints one JSON object with the findings in it."""
    _, out, _ = run("analyze", str(CORPUS), "--format", "json")
    report = json.loads(out)
    assert isinstance(report, dict) and report["findings"]


def test_progress_shows_only_on_a_terminal() -> None:
    """The progress counter goes to stderr when it is a terminal, never to a pipe or file."""
    tty = TTY()
    run("extract", str(CORPUS), "--format", "jsonl", stderr=tty)
    assert "documents read" in tty.getvalue()
    _, _, piped = run("extract", str(CORPUS), "--format", "jsonl")
    assert "documents read" not in piped
    quiet = TTY()
    run("extract", str(CORPUS), "--format", "jsonl", "--no-progress", stderr=quiet)
    assert quiet.getvalue() == ""


def test_subprocess_stdin_and_exit_code() -> None:
    """`python -m drift extract -` reads a piped document; a missing file makes it exit 2."""
    ok = subprocess.run([sys.executable, "-m", "drift", "extract", "-", "--format", "jsonl"],
                        input=ENGLISH_ARTICLE, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert [(r["value"], r["qualifier"]) for r in jsonl(ok.stdout)] == [(30, "at_least")]
    bad = subprocess.run([sys.executable, "-m", "drift", "extract", "no-such-file.txt"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert bad.returncode == 2
    assert "no-such-file.txt" in bad.stderr
