"""Report.to_frame(): assertions and findings as pandas DataFrames (the optional ``frame`` extra).

They skip when pandas is not installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")

from drift.report import analyze  # noqa: E402
from drift.documents import load  # noqa: E402
from drift.frame import to_frame  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
STABLE = ["doc", "start", "end", "number_start", "number_end", "text", "value", "low", "high",
          "qualifier", "unit", "quantity", "source", "modality", "refers_to"]


@pytest.fixture(scope="module")
def report() -> Any:
    """The report on the example corpus."""
    return analyze(load([CORPUS]))


def test_one_row_per_assertion_with_the_schema_columns(report: Any) -> None:
    """The frame has a row per assertion and every stable JSON-lines field as a column."""
    df = report.to_frame()
    assert len(df) == len(report.to_records())
    assert set(STABLE) <= set(df.columns)
    assert list(df["text"]) == [r["text"] for r in report.to_records()]


def test_column_dtypes(report: Any) -> None:
    """Bounds are floats, dates are datetimes, offsets are integers, vocabularies are categories."""
    df = to_frame(report)
    for col in ("value", "low", "high"):
        assert df[col].dtype == "float64", col
    for col in ("published", "refers_to_start", "refers_to_end", "ref_date"):
        assert pd.api.types.is_datetime64_any_dtype(df[col]), col
    for col in ("start", "end", "number_start", "number_end"):
        assert df[col].dtype == "int64", col
    for col in ("qualifier", "modality", "kind", "lang"):
        assert isinstance(df[col].dtype, pd.CategoricalDtype), col


def test_unbounded_sides_are_nan(report: Any) -> None:
    """A lower-bound-only figure has NaN as its high bound, and its low bound equals the value."""
    df = to_frame(report)
    lower_only = df[df["qualifier"].isin(["more_than", "at_least"])]
    assert len(lower_only)
    assert lower_only["high"].isna().all()
    assert (lower_only["low"] == lower_only["value"]).all()


def test_ref_date_lies_in_the_reference_interval(report: Any) -> None:
    """ref_date is a day inside [refers_to_start, refers_to_end] wherever there is a reference."""
    df = to_frame(report).dropna(subset=["refers_to_start"])
    assert ((df["ref_date"] >= df["refers_to_start"]) & (df["ref_date"] <= df["refers_to_end"])).all()


def test_findings_frame(report: Any) -> None:
    """what='findings' gives a row per finding with kind, quantity, assertions and a float ratio."""
    df = to_frame(report, what="findings")
    assert len(df) == len(report.findings)
    assert {"kind", "quantity", "assertions", "explanation", "ratio"} <= set(df.columns)
    assert df["ratio"].dtype == "float64"
    assert set(df["kind"].astype(str)) <= {"divergence", "escalation", "de-escalation", "revision",
                                            "corroboration"}


def test_bad_what_is_rejected(report: Any) -> None:
    """An unknown table name raises ValueError naming what came."""
    with pytest.raises(ValueError, match="'quantities'"):
        to_frame(report, what="quantities")  # type: ignore[arg-type]


def test_empty_report_gives_an_empty_frame() -> None:
    """A report without assertions gives an empty DataFrame, not an error."""
    assert to_frame(analyze([])).empty


def test_missing_pandas_says_what_to_install(report: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, to_frame raises ImportError naming the extra to install."""
    import drift.frame

    def no_pandas(name: str) -> Any:
        raise ImportError(f"No module named {name!r}")

    monkeypatch.setattr(drift.frame.importlib, "import_module", no_pandas)
    with pytest.raises(ImportError, match=r"pip install 'drift-figures\[frame\]'"):
        to_frame(report)
