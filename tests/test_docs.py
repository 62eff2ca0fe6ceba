"""The documentation keeps up with the code: every CLI command and option is in docs/cli.md, every
public name is somewhere in docs/, every relative link resolves, and the README keeps its two commands.

When you add an option or a public name, document it; these tests say where it is missing.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

import drift
from drift.cli import _parser

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _cli_items() -> list[tuple[str, str]]:
    """(command, option string or choice) for every command, option and option choice."""
    items: list[tuple[str, str]] = []
    top = _parser()
    for action in top._actions:
        items += [("drift", s) for s in action.option_strings if s.startswith("--")]
    for name, sub in _subparsers(top).items():
        items.append((name, name))
        for action in sub._actions:
            items += [(name, s) for s in action.option_strings if s.startswith("--") and s != "--help"]
            if action.option_strings and action.choices:
                items += [(name, str(c)) for c in action.choices]
    return items


def _words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][\w-]*", text))


@pytest.mark.parametrize("command,item", _cli_items(), ids=lambda v: str(v))
def test_every_cli_command_option_and_choice_is_in_cli_md(command: str, item: str) -> None:
    """Each command, option and option value of the argparse parser appears in docs/cli.md."""
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    found = re.search(rf"(?<![\w-]){re.escape(item)}(?![\w-])", text)
    assert found, f"{command} {item} is not documented in docs/cli.md"


def test_every_command_has_its_own_section() -> None:
    """docs/cli.md has a section per command with an example invocation."""
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in _subparsers(_parser()):
        assert f"## `drift {name}`" in text
        assert f"\ndrift {name} " in text


@pytest.mark.parametrize("name", sorted(drift.__all__))
def test_every_public_name_is_documented(name: str) -> None:
    """Each name in drift.__all__ is mentioned somewhere in docs/."""
    words: set[str] = set()
    for page in DOCS.glob("*.md"):
        words |= _words(page.read_text(encoding="utf-8").replace("drift.", " "))
    assert name in words, f"drift.{name} is not mentioned in docs/"


def _pages() -> list[Path]:
    return [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.name)
def test_relative_links_resolve(page: Path) -> None:
    """Every relative Markdown link in README.md and docs/ points to a file that exists."""
    text = page.read_text(encoding="utf-8")
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = (page.parent / target.split("#")[0]).resolve()
        if not path.exists():
            broken.append(target)
    assert not broken, f"{page.name} links to missing files: {broken}"


def test_index_links_every_docs_page() -> None:
    """docs/index.md links to every other page in docs/."""
    text = (DOCS / "index.md").read_text(encoding="utf-8")
    missing = [p.name for p in DOCS.glob("*.md") if p.name != "index.md" and f"]({p.name}" not in text]
    assert not missing, f"docs/index.md does not link {missing}"


def test_readme_test_command_is_what_ci_runs() -> None:
    """The README's second command is the one .ci/run runs, verbatim."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.S)
    assert len(blocks) >= 2
    assert "drift analyze examples/corpus" in blocks[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[1].strip() in ci.splitlines()
