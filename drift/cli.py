"""The command line: a thin layer over the library.

    drift extract PATH...   assertions (jsonl, csv or a table)
    drift analyze PATH...   the report: quantities, series, findings (text, markdown, json, jsonl, csv)
    drift findings PATH...  findings only (jsonl, csv or a table)

PATH is a ``.txt`` file (optional front matter), a ``.jsonl`` file, a directory of them, or ``-``
for standard input. Exit codes: 0 ok; 2 usage or input error (an unreadable file is named with the
reason on stderr while the other files' results are still produced); 1 when ``--fail-on KIND``
finds a finding of that kind.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from drift import __version__
from drift.assertions import Assertion
from drift.documents import Document, load
from drift.exceptions import DriftError, InputError
from drift.extract import extract
from drift.timeref import TimeRef

__all__ = ["main"]

FINDING_KINDS = ("divergence", "escalation", "de-escalation", "revision", "corroboration")

_EXAMPLES = {
    "extract": """examples:
  drift extract examples/corpus --format table
  drift extract article.txt --format jsonl > assertions.jsonl
  cat docs.jsonl | drift extract - --lang de --since 2024-10-01""",
    "analyze": """examples:
  drift analyze examples/corpus
  drift analyze examples/corpus --format markdown > report.md
  drift analyze docs.jsonl --quantity 'soldier|north-korea|actual' --fail-on divergence""",
    "findings": """examples:
  drift findings examples/corpus --format jsonl
  drift findings examples/corpus --format table --fail-on escalation""",
}

_TOP_EXAMPLES = """examples:
  drift analyze examples/corpus
  drift extract examples/corpus --format jsonl > assertions.jsonl
  drift findings examples/corpus --format jsonl --fail-on divergence"""

_EXIT_CODES = """exit codes:
  0  ok
  1  a finding of a --fail-on KIND was found
  2  usage or input error (unreadable files are named on stderr; the others still produce output)"""


class _Errors:
    """Collects input errors: each is printed to stderr at once and sets exit status 2."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def __call__(self, err: InputError) -> None:
        self.count += 1
        print(f"drift: {err}", file=self.stream)


def _date(value: str) -> TimeRef:
    try:
        ref = TimeRef.parse(value)
    except DriftError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    if ref is None:
        raise argparse.ArgumentTypeError("a date is needed, like 2024-10-28")
    return ref


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="drift", description="Find, attribute, date and compare numeric "
                                "assertions in German and English news.",
                                epilog=_TOP_EXAMPLES + "\n\n" + _EXIT_CODES
                                + "\n\nRun 'drift COMMAND --help' for a command's options and examples.",
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"drift {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    helps = {"extract": "list the numeric assertions in the documents",
             "analyze": "group assertions into quantities and report their series and findings",
             "findings": "list the findings (divergence, escalation, revision, corroboration)"}
    formats = {"extract": ("jsonl", "csv", "table"), "analyze": ("text", "markdown", "json", "jsonl", "csv"),
               "findings": ("jsonl", "csv", "table")}
    defaults = {"extract": "table", "analyze": "text", "findings": "table"}
    for name in ("extract", "analyze", "findings"):
        sp = sub.add_parser(name, help=helps[name], description=helps[name].capitalize() + ".",
                            epilog=_EXAMPLES[name] + "\n\n" + _EXIT_CODES,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
        sp.add_argument("paths", nargs="+", metavar="PATH",
                        help="a .txt or .jsonl file, a directory of them, or - for standard input")
        sp.add_argument("--format", choices=formats[name], default=defaults[name],
                        help=f"output format (default: {defaults[name]})")
        sp.add_argument("--lang", choices=("de", "en", "auto"), default=None,
                        help="language of documents that do not say (default: auto-detect)")
        sp.add_argument("--since", type=_date, default=None, metavar="DATE",
                        help="keep assertions that refer to this date or later (ISO date)")
        sp.add_argument("--until", type=_date, default=None, metavar="DATE",
                        help="keep assertions that refer to this date or earlier (ISO date)")
        sp.add_argument("--quantity", action="append", default=None, metavar="KEY",
                        help="keep only this quantity key, with its #story and @episode variants "
                             "(repeatable); 'drift analyze' prints the keys")
        sp.add_argument("--fail-on", action="append", default=None, choices=FINDING_KINDS, metavar="KIND",
                        help="exit 1 when a finding of this kind is found (repeatable): "
                             + ", ".join(FINDING_KINDS))
        sp.add_argument("--no-progress", action="store_true",
                        help="no progress bar on stderr (it only shows on a terminal anyway)")
    return p


def _progress(docs: Iterable[Document], enabled: bool, stream: TextIO) -> Iterator[Document]:
    """Documents, with a counter on stderr when it is a terminal."""
    show = enabled and hasattr(stream, "isatty") and stream.isatty()
    n = 0
    for doc in docs:
        n += 1
        if show and n % 10 == 0:
            print(f"\rdrift: {n} documents read", end="", file=stream, flush=True)
        yield doc
    if show and n >= 10:
        print(f"\rdrift: {n} documents read", file=stream, flush=True)


def _with_lang(doc: Document, lang: str | None) -> Document:
    if lang and lang != "auto" and not doc.lang:
        import attrs

        return attrs.evolve(doc, lang=lang)
    return doc


def _keep(a: Assertion, args: argparse.Namespace) -> bool:
    ref = a.refers_to or a.published
    if args.since is not None and (ref is None or ref.end < args.since.start):
        return False
    if args.until is not None and (ref is None or ref.start > args.until.end):
        return False
    return True


def _assertions(args: argparse.Namespace, errors: _Errors, stdin: Any, progress: TextIO) -> list[Assertion]:
    out: list[Assertion] = []
    docs = load(args.paths, on_error=errors, stdin=stdin)
    for doc in _progress(docs, not args.no_progress, progress):
        try:
            out.extend(a for a in extract(_with_lang(doc, args.lang)) if _keep(a, args))
        except DriftError as e:
            errors(InputError(f"{doc.id}: {e}"))
    return out


def _write_csv(rows: Sequence[dict[str, Any]], out: TextIO) -> None:
    if not rows:
        return
    fields = list(rows[0])
    w = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in r.items()})


def _table(rows: Sequence[dict[str, Any]], cols: Sequence[str], out: TextIO) -> None:
    cells = [[("" if r.get(c) is None else str(r.get(c))).replace("\n", " ") for c in cols] for r in rows]
    # long cells are cut at 40 characters, except in the last column (the explanation of a finding)
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    widths = [w if i == len(cols) - 1 else min(40, w) for i, w in enumerate(widths)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip(), file=out)
    for row in cells:
        print("  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(row, widths)).rstrip(), file=out)


def _jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def _matching_keys(known: Iterable[str], wanted: Sequence[str]) -> set[str]:
    """The known keys each wanted key names: itself, or its stories and episodes (``KEY#story``,
    ``KEY@2025-03-15``), so that ``--quantity 'soldier|north-korea|actual'`` works on any corpus."""
    return {k for k in known for w in wanted if k == w or k.startswith((w + "#", w + "@"))}


def _report(assertions: list[Assertion]) -> Any:
    from drift.report import analyze_assertions

    return analyze_assertions(assertions)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None,
         stdin: Any = None) -> int:
    """Run the command line; returns the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _parser()
    try:
        # --help, --version and usage errors go to the streams the caller gave
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0) if isinstance(e.code, int) else 2
    errors = _Errors(err)
    try:
        assertions = _assertions(args, errors, stdin, err)
        report = _report(assertions)
        keys: set[str] = set()
        if args.quantity:
            keys = _matching_keys(report.quantities, args.quantity)
            report = report.only(keys)
        if args.command == "extract":
            rows = [r for r in report.to_records() if not args.quantity or r.get("quantity") in keys]
            if args.format == "jsonl":
                _jsonl(rows, out)
            elif args.format == "csv":
                _write_csv(rows, out)
            else:
                _table(rows, ("doc", "text", "value", "qualifier", "unit", "source", "modality", "refers_to",
                              "quantity"), out)
        elif args.command == "findings":
            rows = report.finding_records()
            if args.format == "jsonl":
                _jsonl(rows, out)
            elif args.format == "csv":
                _write_csv(rows, out)
            else:
                _table(rows, ("kind", "quantity", "explanation"), out)
        else:
            if args.format == "text":
                out.write(report.to_text())
            elif args.format == "markdown":
                out.write(report.to_markdown())
            elif args.format == "json":
                out.write(report.to_json() + "\n")
            elif args.format == "jsonl":
                _jsonl(report.finding_records(), out)
            else:
                buf = io.StringIO()
                _write_csv(report.finding_records(), buf)
                out.write(buf.getvalue())
    except BrokenPipeError:  # pragma: no cover - "drift ... | head"
        return 0
    except DriftError as e:
        print(f"drift: {e}", file=err)
        return 2
    if errors.count:
        return 2
    if args.fail_on:
        kinds = set(args.fail_on)
        if any(f.get("kind") in kinds for f in report.finding_records()):
            return 1
    return 0
