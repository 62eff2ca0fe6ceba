"""Report.plot(): a timeline per quantity rendered with matplotlib (the optional ``plot`` extra).

The tests render real PNGs under the Agg backend and look at the pixels: a plot that silently drew
nothing would be one colour. They skip when matplotlib is not installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from drift.report import analyze  # noqa: E402
from drift.documents import load  # noqa: E402
from drift.plot import plot  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def report() -> Any:
    """The report on the example corpus."""
    return analyze(load([CORPUS]))


def _pixels(path: Path) -> Any:
    from matplotlib import image

    return image.imread(str(path))


def _render(fig: Any, path: Path) -> Any:
    fig.savefig(path, dpi=60)
    return _pixels(path)


def test_plot_renders_a_non_trivial_png(report: Any, tmp_path: Path) -> None:
    """The default plot is a sizeable PNG with real variation in its pixels, one panel per quantity
    with findings."""
    fig = report.plot()
    path = tmp_path / "timeline.png"
    pixels = _render(fig, path)
    assert path.stat().st_size > 10_000
    assert pixels.shape[0] > 200 and pixels.shape[1] > 400
    assert float(pixels[..., :3].var()) > 0.005
    with_findings = {f.quantity for f in report.findings}
    assert len(fig.axes) == min(6, len(with_findings))


def test_plot_draws_one_marker_style_per_source(report: Any) -> None:
    """Each source in a panel gets its own marker and appears in the legend."""
    key = next(f.quantity for f in report.findings if str(f.kind) == "escalation")
    fig = plot(report, quantity=key)
    (ax,) = fig.axes
    sources = {a.source for a in report.quantities[key].assertions}
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert sources <= set(legend)
    markers = {line.get_marker() for line in ax.get_legend().legend_handles[:len(sources)]}
    assert len(markers) == min(len(sources), 12)


def test_plot_annotates_findings(report: Any) -> None:
    """An escalation is labelled with its factor and a divergence is named on its panel."""
    esc = next(f for f in report.findings if str(f.kind) == "escalation")
    ax = plot(report, quantity=esc.quantity).axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert any(t.startswith("escalation") and "×" in t for t in texts)
    div = next(f for f in report.findings if str(f.kind) == "divergence")
    ax = plot(report, quantity=div.quantity).axes[0]
    assert any(t.get_text().startswith("divergence") for t in ax.texts)


def test_plot_into_a_given_axes(report: Any, tmp_path: Path) -> None:
    """With ax=, the quantity is drawn into that Axes and its Figure is returned."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 3))
    ax = fig.add_subplot(1, 1, 1)
    key = report.findings[0].quantity
    assert plot(report, quantity=key, ax=ax) is fig
    pixels = _render(fig, tmp_path / "one.png")
    assert float(pixels[..., :3].var()) > 0.005


def test_plot_draws_bounds_as_arrows_and_ranges_as_bars(report: Any) -> None:
    """One-sided figures get arrows (annotations with arrows) and ranges get vertical bars."""
    keys = [k for k, s in report.quantities.items()
            if {a.quantity.qualifier.value for a in s.assertions} & {"up_to", "more_than", "at_least"}]
    assert keys
    ax = plot(report, quantity=keys[0]).axes[0]
    arrows = [t for t in ax.texts if getattr(t, "arrow_patch", None) is not None]
    assert arrows
    ranged = [k for k, s in report.quantities.items()
              if any(a.quantity.qualifier.value == "range" for a in s.assertions)]
    if ranged:
        ax = plot(report, quantity=ranged[0]).axes[0]
        assert ax.collections  # the vertical bars


def test_unknown_quantity_names_close_keys(report: Any) -> None:
    """An unknown key raises KeyError suggesting the closest existing keys."""
    key = report.findings[0].quantity
    with pytest.raises(KeyError, match="did you mean"):
        plot(report, quantity=key + "x")


def test_plot_of_an_empty_report_says_so(tmp_path: Path) -> None:
    """A report without figures still gives a Figure, saying there is nothing to plot."""
    empty = analyze([])
    fig = plot(empty)
    assert any("no figures" in t.get_text() for ax in fig.axes for t in ax.texts)


def test_missing_matplotlib_says_what_to_install(report: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without matplotlib, plot raises ImportError naming the extra to install."""
    import drift.plot

    def no_matplotlib(name: str) -> Any:
        raise ImportError(f"No module named {name!r}")

    monkeypatch.setattr(drift.plot.importlib, "import_module", no_matplotlib)
    with pytest.raises(ImportError, match=r"pip install 'drift-figures\[plot\]'"):
        plot(report)
