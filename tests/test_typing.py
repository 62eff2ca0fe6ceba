"""The package type-checks under mypy --strict (configured in setup.cfg)."""
from __future__ import annotations

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_mypy_strict_passes() -> None:
    api = pytest.importorskip("mypy.api")
    out, err, status = api.run(["--config-file", str(ROOT / "setup.cfg"), str(ROOT / "drift")])
    assert status == 0, out + err
