"""A report as a timeline plot (the optional ``plot`` extra).

``plot(report)`` draws one panel per quantity: x is the reference date (the middle day of the
reference interval), y the figure. Each source has its own marker and colour. How the wording
bounds a figure is drawn, not hidden:

- exact figures are filled markers; ``approx`` ones carry a small cap (a reminder that "rund" has
  some width, not the tolerance the rules use);
- one-sided figures are arrows from the bound: up for lower bounds (``more_than``, ``at_least``,
  ``vague``), down for upper bounds (``up_to``, ``at_most``, ``less_than``, ``almost``); hollow
  markers mark open bounds (the value itself excluded);
- ranges are vertical bars from low to high.

Findings are annotated on their panel: an arc from the first to the last figure labelled with the
factor for escalation and de-escalation ("6.7×"), a bracket between the two figures for a
divergence, a dotted link for a revision and a dashed one for a corroboration.

matplotlib is imported only when a plot is asked for, and only its object-oriented API is used (no
``pyplot`` state), so this works under the non-interactive ``Agg`` backend in tests and servers.
Without matplotlib the call raises :class:`ImportError` saying what to install.
"""

from __future__ import annotations

import datetime as dt
import difflib
import importlib
from collections.abc import Sequence
from typing import Any

from drift.assertions import Assertion

# matplotlib is imported by name, lazily, so that drift type-checks and imports without it
Axes = Any
Figure = Any

__all__ = ["PLOT_INSTALL_HINT", "plot"]

#: what to install when matplotlib is missing
PLOT_INSTALL_HINT = "pip install 'drift-figures[plot]'"

_MARKERS = ("o", "s", "D", "^", "v", "P", "X", "h", "<", ">", "*", "p")
_LOWER = frozenset({"more_than", "at_least", "vague"})
_UPPER = frozenset({"up_to", "at_most", "less_than", "almost"})
_OPEN = frozenset({"more_than", "less_than", "almost"})
_FINDING_COLOURS = {"escalation": "#c0392b", "de-escalation": "#2471a3", "divergence": "#d68910",
                    "revision": "#7d3c98", "corroboration": "#1e8449"}
#: half-height of the approx cap, as a share of the value (drawing only; rules use their own tolerance)
_APPROX_CAP = 0.04


def _mpl(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as e:  # pragma: no cover - exercised where matplotlib is absent
        raise ImportError(f"plot() needs matplotlib: {PLOT_INSTALL_HINT}") from e


def _when(a: Assertion) -> dt.date | None:
    ref = a.refers_to or a.published
    return ref.midpoint if ref is not None else None


def _num(d: dt.date) -> float:
    """A date in matplotlib's date units (days since its epoch)."""
    return float(_mpl("matplotlib.dates").date2num(d))


def _y(a: Assertion) -> float | None:
    try:
        return float(a.quantity.point)
    except (TypeError, ValueError, OverflowError, AttributeError):
        return None


def _series(report: Any, key: str) -> list[Assertion]:
    series = report.quantities[key]
    members = getattr(series, "assertions", series)
    return [a for a in members if _when(a) is not None and _y(a) is not None]


def _label(report: Any, key: str) -> str:
    label = getattr(report.quantities[key], "label", None)
    return str(label) if label else key


def _findings(report: Any, key: str) -> list[Any]:
    return [f for f in report.findings if f.quantity == key]


def _choose(report: Any, quantity: str | Sequence[str] | None, limit: int) -> list[str]:
    """The quantity keys to draw: the ones asked for, else those with findings (most first), else
    those with the most figures."""
    keys = list(report.quantities)
    if quantity is not None:
        wanted = [quantity] if isinstance(quantity, str) else list(quantity)
        for k in wanted:
            if k not in report.quantities:
                close = difflib.get_close_matches(k, keys, n=3, cutoff=0.4)
                hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
                raise KeyError(f"no quantity {k!r} in the report{hint}")
        return wanted
    counts = {k: len(_findings(report, k)) for k in keys}
    plotted = [k for k in keys if len(_series(report, k)) >= 1]
    with_findings = sorted((k for k in plotted if counts[k]), key=lambda k: (-counts[k], k))
    chosen = with_findings or sorted(plotted, key=lambda k: (-len(_series(report, k)), k))
    return chosen[:limit]


def _styles(assertions: Sequence[Assertion], colours: Sequence[str]) -> dict[str, tuple[str, str]]:
    styles: dict[str, tuple[str, str]] = {}
    for a in assertions:
        if a.source not in styles:
            n = len(styles)
            styles[a.source] = (_MARKERS[n % len(_MARKERS)], colours[n % len(colours)])
    return styles


def _interval(a: Assertion) -> tuple[float, float]:
    """The reference interval in date units (the publication date when there is none)."""
    ref = a.refers_to or a.published
    assert ref is not None
    return _num(ref.start), _num(ref.end)


def _draw_assertion(ax: Axes, a: Assertion, style: tuple[str, str], arrow_pts: float) -> None:
    x, y = _point(a)
    marker, colour = style
    start, end = _interval(a)
    if end > start:  # a week, a month or a period: the whole interval, faintly
        ax.hlines(y, start - 0.4, end + 0.4, colors=colour, linewidth=5, alpha=0.18, zorder=1)
    q = a.quantity.qualifier.value
    hollow = q in _OPEN
    face = "white" if hollow else colour
    if q == "range" and a.quantity.low is not None and a.quantity.high is not None:
        lo, hi = float(a.quantity.low.value), float(a.quantity.high.value)
        ax.vlines(x, lo, hi, colors=colour, linewidth=3, alpha=0.55, zorder=2)
        ax.plot([x, x], [lo, hi], linestyle="none", marker="_", markersize=12, color=colour, zorder=3)
    elif q == "approx":
        ax.errorbar([x], [y], yerr=[[abs(y) * _APPROX_CAP], [abs(y) * _APPROX_CAP]], fmt="none",
                    ecolor=colour, elinewidth=1.2, capsize=4, zorder=2)
    elif q in _LOWER or q in _UPPER:
        up = q in _LOWER
        ax.annotate("", xy=(x, y), xytext=(0, arrow_pts if up else -arrow_pts), textcoords="offset points",
                    arrowprops={"arrowstyle": "<|-", "color": colour, "lw": 1.6, "shrinkA": 0, "shrinkB": 4},
                    zorder=2)
    ax.plot([x], [y], linestyle="none", marker=marker, markersize=8, markerfacecolor=face,
            markeredgecolor=colour, markeredgewidth=1.6, zorder=4)


def _fmt_ratio(f: Any) -> str:
    ratio = getattr(f, "ratio", None)
    if ratio is None:
        return ""
    r = float(ratio)
    return f"{r:.1f}×" if r < 10 else f"{r:.0f}×"


def _point(a: Assertion) -> tuple[float, float]:
    """(x, y): the reference midpoint in matplotlib date units, and the figure."""
    x, y = _when(a), _y(a)
    assert x is not None and y is not None
    return _num(x), y


def _short(text: str, width: int = 42) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _legend_rows(report: Any, key: str) -> int:
    members = _series(report, key)
    return len({a.source for a in members}) + 6


def _kind(f: Any) -> str:
    return str(getattr(f.kind, "value", f.kind))


def _annotate_finding(ax: Axes, f: Any, dx: float) -> None:
    members = [a for a in f.assertions if _when(a) is not None and _y(a) is not None]
    if len(members) < 2:
        return
    kind = _kind(f)
    colour = _FINDING_COLOURS.get(kind, "black")
    members.sort(key=_point)
    (x0, y0), (x1, y1) = _point(members[0]), _point(members[-1])
    if kind in ("escalation", "de-escalation"):
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0),
                    arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.4, "alpha": 0.8,
                                "connectionstyle": "arc3,rad=-0.2" if kind == "escalation" else "arc3,rad=0.2",
                                "shrinkA": 7, "shrinkB": 7}, zorder=1)
        xm = x0 + (x1 - x0) / 2
        label = f"{kind} {_fmt_ratio(f)}".strip()
        ax.annotate(label, xy=(xm, (y0 + y1) / 2), xytext=(-8, 10 if kind == "escalation" else -14),
                    textcoords="offset points", ha="right", color=colour, fontsize=9, fontweight="bold")
    elif kind == "divergence":
        lo, hi = sorted((y0, y1))
        xb = max(x0, x1) + dx
        ax.annotate("", xy=(xb, lo), xytext=(xb, hi),
                    arrowprops={"arrowstyle": "|-|,widthA=0.4,widthB=0.4", "color": colour, "lw": 1.4}, zorder=1)
        ax.annotate(f"divergence {_fmt_ratio(f)}".strip(), xy=(xb, (lo + hi) / 2), xytext=(6, 0),
                    textcoords="offset points", va="center", color=colour, fontsize=9, fontweight="bold")
    else:
        style = ":" if kind == "revision" else "--"
        xs = [_point(a)[0] for a in members]
        ys = [_point(a)[1] for a in members]
        ax.plot(xs, ys, linestyle=style, color=colour, lw=1.3, alpha=0.9, zorder=1)
        ax.annotate(kind, xy=(xs[-1], ys[-1]), xytext=(8, -12 if kind == "revision" else 8),
                    textcoords="offset points", color=colour, fontsize=9, fontweight="bold")


def _draw_panel(ax: Axes, report: Any, key: str) -> None:
    mpl = _mpl("matplotlib")
    mdates = _mpl("matplotlib.dates")
    Line2D = _mpl("matplotlib.lines").Line2D
    FuncFormatter = _mpl("matplotlib.ticker").FuncFormatter

    members = _series(report, key)
    colours = mpl.rcParams["axes.prop_cycle"].by_key().get("color", ["C0"])
    styles = _styles(members, colours)
    xs = [_point(a)[0] for a in members]
    lefts = [_interval(a)[0] for a in members]
    rights = [_interval(a)[1] for a in members]
    span = (max(rights) - min(lefts)) if xs else 0.0
    pad = max(span * 0.06, 1.0)
    for a in members:
        _draw_assertion(ax, a, styles[a.source], arrow_pts=22)
    for f in _findings(report, key):
        _annotate_finding(ax, f, dx=pad / 2)
    if xs:
        ax.set_xlim(min(lefts) - pad, max(rights) + pad * 3)
    tops = [float(a.quantity.high.value) if a.quantity.high is not None else _point(a)[1] for a in members]
    bottoms = [float(a.quantity.low.value) if a.quantity.low is not None else _point(a)[1] for a in members]
    if tops:
        lo = min(0.0, min(bottoms))
        ax.set_ylim(lo * 1.2 if lo < 0 else 0, max(tops) * 1.3 if max(tops) > 0 else 1)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    ax.grid(axis="y", alpha=0.3)
    ax.set_title(_label(report, key), loc="left", fontsize=11)
    ax.set_title(key, loc="right", fontsize=8, color="0.45")
    handles = [Line2D([], [], linestyle="none", marker=m, color=c, markerfacecolor=c, label=_short(s))
               for s, (m, c) in styles.items()]
    qualifiers = {a.quantity.qualifier.value for a in members}
    glyphs = []
    if qualifiers & _LOWER:
        glyphs.append(Line2D([], [], linestyle="none", marker="^", color="0.4", label="lower bound (more than, at least)"))
    if qualifiers & _UPPER:
        glyphs.append(Line2D([], [], linestyle="none", marker="v", color="0.4", label="upper bound (up to, under)"))
    if qualifiers & _OPEN:
        glyphs.append(Line2D([], [], linestyle="none", marker="o", color="0.4", markerfacecolor="white",
                             label="open bound (value excluded)"))
    if "range" in qualifiers:
        glyphs.append(Line2D([], [], color="0.4", lw=3, alpha=0.55, label="range"))
    if "approx" in qualifiers:
        glyphs.append(Line2D([], [], linestyle="none", marker="_", markersize=10, color="0.4", label="approximate"))
    if any(_interval(a)[1] > _interval(a)[0] for a in members):
        glyphs.append(Line2D([], [], color="0.4", lw=5, alpha=0.25, label="reference period (week, month, ...)"))
    ax.legend(handles=handles + glyphs, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0),
              frameon=False, title="source", title_fontsize=8, alignment="left")


def plot(report: Any, quantity: str | Sequence[str] | None = None, ax: Axes | None = None, *,
         max_panels: int = 6) -> Figure:
    """A timeline of the report's figures, one panel per quantity; returns the Figure.

    ``quantity``: a key (or keys) to draw; by default the quantities with findings, most first, at
    most ``max_panels``. ``ax``: draw one quantity into this Axes instead of a new Figure. An unknown
    key raises :class:`KeyError` naming the closest keys.
    """
    figure_cls = _mpl("matplotlib.figure").Figure
    keys = _choose(report, quantity, max_panels)
    if ax is not None:
        if len(keys) > 1:
            raise ValueError(f"one Axes holds one quantity; got {len(keys)}: {keys}")
        if keys:
            _draw_panel(ax, report, keys[0])
        return ax.get_figure(root=True)
    if not keys:
        fig = figure_cls(figsize=(9, 2.5))
        ax0 = fig.add_subplot(1, 1, 1)
        ax0.text(0.5, 0.5, "no figures to plot", ha="center", va="center", transform=ax0.transAxes)
        ax0.set_axis_off()
        return fig
    heights = [max(3.4, 0.2 * _legend_rows(report, k) + 0.6) for k in keys]
    fig = figure_cls(figsize=(11, sum(heights)), layout="constrained")
    axes = fig.subplots(len(keys), 1, squeeze=False, gridspec_kw={"height_ratios": heights})[:, 0]
    for panel, key in zip(axes, keys):
        _draw_panel(panel, report, key)
    return fig
