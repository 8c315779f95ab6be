"""Charts drawn on the server as SVG: no chart library, no script, nothing from outside.

Each chart is a picture (``role="img"`` with a label) and the page puts the same numbers in a table
behind it. Time runs left to right, as on a clock's axis in Arabic news graphics.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT, PAD = 720, 260, 24


def _nums(*values: float) -> tuple[str, ...]:
    """Coordinates as text with one decimal (format_html escapes its arguments before formatting)."""
    return tuple(f"{v:.1f}" for v in values)


def _scale(values: Sequence[int]) -> float:
    top = max([1, *values])
    return (HEIGHT - PAD) / top


def bars(values: Sequence[int], before: Sequence[int] | None, label: str,
         ticks: Sequence[tuple[int, str]] = ()) -> SafeString:
    """Bars for ``values`` and, if given, a dashed line for the same buckets a week earlier.
    ``ticks`` are (index, text) pairs written under the axis."""
    count = max(1, len(values))
    step = WIDTH / count
    scale = _scale([*values, *(before or [])])
    rects = format_html_join("", '<rect class="dash-bar" x="{}" y="{}" width="{}" height="{}"></rect>', (
        _nums(i * step + step * 0.15, HEIGHT - v * scale, step * 0.7, v * scale) for i, v in enumerate(values)))
    line = SafeString("")
    if before:
        points = " ".join(f"{i * step + step / 2:.1f},{HEIGHT - v * scale:.1f}" for i, v in enumerate(before))
        line = format_html('<polyline class="dash-before" points="{}"></polyline>', points)
    labels = format_html_join("", '<text x="{}" y="{}" text-anchor="middle">{}</text>', (
        (*_nums(i * step + step / 2), HEIGHT + 30, text) for i, text in ticks))
    return format_html(
        '<svg class="dash-chart" viewBox="0 0 {} {}" role="img" aria-label="{}">'
        '<line class="dash-axis" x1="0" y1="{}" x2="{}" y2="{}"></line>{}{}{}</svg>',
        WIDTH, HEIGHT + 38, label, HEIGHT, WIDTH, HEIGHT, rects, line, labels)


def stacked(pairs: Sequence[tuple[int, int]], label: str, ticks: Sequence[tuple[int, str]] = ()) -> SafeString:
    """Two-part bars (approved below, rejected above) — the moderation panel's hours."""
    count = max(1, len(pairs))
    step = WIDTH / count
    scale = _scale([a + b for a, b in pairs])
    parts = []
    for i, (low, high) in enumerate(pairs):
        x, width = i * step + step * 0.15, step * 0.7
        parts.append(format_html('<rect class="dash-bar" x="{}" y="{}" width="{}" height="{}"></rect>',
                                 *_nums(x, HEIGHT - low * scale, width, low * scale)))
        parts.append(format_html('<rect class="dash-bar-alt" x="{}" y="{}" width="{}" height="{}"></rect>',
                                 *_nums(x, HEIGHT - (low + high) * scale, width, high * scale)))
    labels = format_html_join("", '<text x="{}" y="{}" text-anchor="middle">{}</text>', (
        (*_nums(i * step + step / 2), HEIGHT + 30, text) for i, text in ticks))
    return format_html(
        '<svg class="dash-chart" viewBox="0 0 {} {}" role="img" aria-label="{}">'
        '<line class="dash-axis" x1="0" y1="{}" x2="{}" y2="{}"></line>{}{}</svg>',
        WIDTH, HEIGHT + 38, label, HEIGHT, WIDTH, HEIGHT, mark_safe("".join(parts)), labels)


def sparkline(values: Sequence[int], label: str) -> SafeString:
    """A story's curve in a table cell."""
    width, height = 120, 28
    if not values:
        return SafeString("")
    step = width / max(1, len(values) - 1)
    top = max([1, *values])
    points = " ".join(f"{i * step:.1f},{height - 2 - v * (height - 4) / top:.1f}" for i, v in enumerate(values))
    return format_html('<svg class="dash-spark" viewBox="0 0 {} {}" role="img" aria-label="{}">'
                       '<polyline points="{}"></polyline></svg>', width, height, label, points)
