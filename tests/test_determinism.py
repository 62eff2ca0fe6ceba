"""Determinism: the same documents give byte-identical output, whatever the run, the order in which
the documents come, or the interpreter's hash seed.

The documents are the bundled example corpus and the held-out articles (both written for this
project). Order is varied by passing the files, or the lines of a JSON-lines file, in shuffled
orders (fixed seeds); the assertions of ``drift extract`` are compared after sorting them by
document, the output of ``drift analyze`` and ``drift findings`` byte for byte. Hash seeds are
varied by running ``python -m drift`` in subprocesses with different ``PYTHONHASHSEED`` values, so
that no set or dict iteration order leaks into the output.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import drift
from drift.cli import main
from drift.documents import load

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted([*(ROOT / "examples" / "corpus").glob("*.txt"), *(ROOT / "tests" / "data" / "heldout").glob("*.txt"),
                *(ROOT / "tests" / "data" / "heldout2").glob("*.txt")])
SEEDS = [1, 2]


def run(*argv: str) -> str:
    """The standard output of the drift command line called in-process (exit code 0 or 1)."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    assert code in (0, 1), err.getvalue()
    return out.getvalue()


def shuffled(items: list[Any], seed: int) -> list[Any]:
    out = list(items)
    random.Random(seed).shuffle(out)
    assert out != items
    return out


def by_document(jsonl: str) -> list[str]:
    """JSON lines sorted by document (stable within one document, so its own order counts)."""
    lines = [line for line in jsonl.splitlines() if line.strip()]
    return sorted(lines, key=lambda line: json.loads(line)["doc"])


def test_corpus_is_large_enough() -> None:
    """The documents these tests shuffle give assertions and findings of several kinds."""
    assert len(FILES) >= 20
    report = drift.analyze(list(load(FILES)))
    assert len(report.assertions) > 100
    assert len({f.kind for f in report.findings}) >= 3


def test_same_input_same_bytes_across_runs() -> None:
    """Two runs in one process give byte-identical extract, findings and analyze output."""
    paths = [str(p) for p in FILES]
    for argv in (["extract", *paths, "--format", "jsonl"], ["findings", *paths, "--format", "jsonl"],
                 ["analyze", *paths, "--format", "json"]):
        assert run(*argv) == run(*argv)


@pytest.mark.parametrize("seed", SEEDS)
def test_extract_does_not_depend_on_file_order(seed: int) -> None:
    """`drift extract --format jsonl` over the files in shuffled order gives the same lines per document."""
    paths = [str(p) for p in FILES]
    first = run("extract", *paths, "--format", "jsonl")
    again = run("extract", *shuffled(paths, seed), "--format", "jsonl")
    assert by_document(again) == by_document(first)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("command,fmt", [("findings", "jsonl"), ("analyze", "json"), ("analyze", "text")])
def test_findings_and_report_do_not_depend_on_file_order(command: str, fmt: str, seed: int) -> None:
    """`drift findings` and `drift analyze` print the same bytes whatever order the files come in."""
    paths = [str(p) for p in FILES]
    assert run(command, *shuffled(paths, seed), "--format", fmt) == run(command, *paths, "--format", fmt)


@pytest.mark.parametrize("seed", SEEDS)
def test_json_lines_input_order_does_not_matter(tmp_path: Path, seed: int) -> None:
    """The same documents as lines of one JSON-lines file, in another order, give the same output."""
    rows = [{"id": d.id, "text": d.text, "published": d.published.iso() if d.published else None,
             "outlet": d.outlet, "lang": d.lang} for d in load(FILES)]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    b.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in shuffled(rows, seed)), encoding="utf-8")
    assert by_document(run("extract", str(b), "--format", "jsonl")) == \
        by_document(run("extract", str(a), "--format", "jsonl"))
    assert run("analyze", str(b), "--format", "json") == run("analyze", str(a), "--format", "json")


def test_library_report_does_not_depend_on_document_order() -> None:
    """drift.analyze over the documents in reversed order gives the same JSON and findings."""
    docs = list(load(FILES))
    first, again = drift.analyze(docs), drift.analyze(list(reversed(docs)))
    assert again.to_json() == first.to_json()
    assert again.finding_records() == first.finding_records()


def _subprocess(seed: str, *argv: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run([sys.executable, "-m", "drift", *argv], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def test_output_does_not_depend_on_the_hash_seed() -> None:
    """Runs with PYTHONHASHSEED 0 and 4242 print byte-identical extract and analyze output."""
    paths = [str(p) for p in FILES]
    for argv in (["extract", *paths, "--format", "jsonl"], ["analyze", *paths, "--format", "json"]):
        outputs = {_subprocess(seed, *argv) for seed in ("0", "4242")}
        assert len(outputs) == 1 and next(iter(outputs)).strip()
