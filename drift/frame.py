"""A report as a pandas DataFrame (the optional ``frame`` extra).

``to_frame(report)`` has one row per assertion with the JSON-lines fields of docs/schema.md as
columns, typed for analysis: bounds as floats, dates as ``datetime64``, the small vocabularies as
categories, plus ``ref_date`` (the middle day of the reference interval) for plotting and sorting.
``to_frame(report, what="findings")`` has one row per finding.

pandas is imported only when a frame is asked for; without it the call raises :class:`ImportError`
saying what to install.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any, Literal

__all__ = ["FRAME_INSTALL_HINT", "to_frame"]

#: what to install when pandas is missing
FRAME_INSTALL_HINT = "pip install 'drift-figures[frame]'"

_NUMERIC = ("value", "low", "high")
_DATES = ("refers_to_start", "refers_to_end", "published")
_CATEGORIES = ("qualifier", "modality", "kind", "refers_to_precision", "lang")
_FINDING_CATEGORIES = ("kind",)


def _pandas() -> Any:
    try:
        # imported by name so that type-checking drift never needs pandas or its stubs
        pandas = importlib.import_module("pandas")
    except ImportError as e:  # pragma: no cover - exercised where pandas is absent
        raise ImportError(f"to_frame() needs pandas: {FRAME_INSTALL_HINT}") from e
    return pandas


def _number(v: object) -> float | None:
    """A record's number (int, float or exact decimal text) as a float; None stays None."""
    if v is None:
        return None
    try:
        return float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _assertion_frame(pd: Any, rows: Sequence[dict[str, Any]]) -> Any:
    df = pd.DataFrame(list(rows))
    if df.empty:
        return df
    for col in _NUMERIC:
        if col in df:
            df[col] = pd.to_numeric(df[col].map(_number), errors="coerce").astype("float64")
    for col in _DATES:
        if col in df:
            df[col] = pd.to_datetime(df[col], errors="coerce", format="mixed")
    if "refers_to_start" in df and "refers_to_end" in df:
        df["ref_date"] = df["refers_to_start"] + (df["refers_to_end"] - df["refers_to_start"]) / 2
        df["ref_date"] = df["ref_date"].dt.floor("D")
    for col in _CATEGORIES:
        if col in df:
            df[col] = df[col].astype("category")
    for col in ("start", "end", "number_start", "number_end"):
        if col in df:
            df[col] = df[col].astype("int64")
    return df


def _finding_frame(pd: Any, rows: Sequence[dict[str, Any]]) -> Any:
    df = pd.DataFrame(list(rows))
    if df.empty:
        return df
    for col in ("ratio", "absolute"):
        if col in df:
            df[col] = pd.to_numeric(df[col].map(_number), errors="coerce").astype("float64")
    if "days" in df:
        df["days"] = pd.to_numeric(df["days"], errors="coerce").astype("Int64")
    for col in _FINDING_CATEGORIES:
        if col in df:
            df[col] = df[col].astype("category")
    return df


def to_frame(report: Any, *, what: Literal["assertions", "findings"] = "assertions") -> Any:
    """The report's assertions (or, with ``what="findings"``, its findings) as a DataFrame.

    Assertion columns are the JSON-lines fields (docs/schema.md) plus ``ref_date``; ``value``,
    ``low`` and ``high`` are ``float64`` with NaN for "unbounded"; ``published``,
    ``refers_to_start``, ``refers_to_end`` and ``ref_date`` are ``datetime64``; ``qualifier``,
    ``modality``, ``kind``, ``refers_to_precision`` and ``lang`` are categories. Exact values are
    in the records (``report.to_records()``); the frame trades exactness for convenience.
    """
    pd = _pandas()
    if what == "assertions":
        return _assertion_frame(pd, report.to_records())
    if what == "findings":
        return _finding_frame(pd, report.finding_records())
    raise ValueError(f"what must be 'assertions' or 'findings', got {what!r}")
