"""Static charts: the planner's specs as SVG and PNG, cached, inert, never a crash."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from socialstrategy.export import static_charts
from socialstrategy.export.static_charts import MEASURED_FONTS, is_inert, png, png_size, svg
from tests.export.outlines import chart_specs


@pytest.fixture(scope="module", params=sorted(chart_specs()))
def spec(request: pytest.FixtureRequest) -> dict[str, object]:
    """Every chart of the package, for a strategy with a goal titled <script>..."""
    return chart_specs()[request.param]


def test_every_chart_draws_as_svg_and_png(spec: dict[str, object]) -> None:
    drawing = svg(spec)
    picture = png(spec)
    assert drawing is not None
    assert drawing.startswith("<svg")
    assert is_inert(drawing)
    assert picture is not None
    assert picture.startswith(b"\x89PNG")


def test_pictures_are_cached_per_spec(spec: dict[str, object]) -> None:
    """An equal spec (a fresh dict with the same content) gets the same picture."""
    assert svg(dict(spec)) is svg(spec)
    assert png(dict(spec)) is png(spec)


def test_the_png_is_print_sharp_small_and_trimmed(spec: dict[str, object]) -> None:
    """Twice the CSS pixels, 256 colours, no white border wider than the padding."""
    picture = png(spec)
    assert picture is not None
    with Image.open(io.BytesIO(picture)) as image:
        assert image.mode == "P"
        assert image.size == png_size(picture)
        assert min(image.size) > 200
        corner = image.convert("RGB").getpixel((0, 0))
        assert corner == (255, 255, 255)


def test_the_svg_asks_for_the_fonts_its_labels_were_measured_with(
    spec: dict[str, object],
) -> None:
    drawing = svg(spec)
    assert drawing is not None
    assert f'font-family="{MEASURED_FONTS}"' in drawing
    assert "Source Sans Pro" not in drawing


def test_a_script_in_a_label_stays_text() -> None:
    """vl-convert escapes the labels it draws: the goal titled <script> is text."""
    drawing = svg(chart_specs()["traceability"])
    assert drawing is not None
    assert "&lt;script&gt;alert(1)" in drawing
    assert "<script" not in drawing


@pytest.mark.parametrize(
    "bad",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<image xlink:href="http://example.org/x.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg">'
        '<a href="javascript:alert(1)"><text>x</text></a></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(http://x/y)"/></svg>',
        "<svg><unclosed>",
    ],
)
def test_anything_active_is_refused(bad: str) -> None:
    """The second line of defence: only drawing elements, no handlers, no links out."""
    assert not is_inert(bad)


def test_user_text_that_looks_like_code_is_still_inert() -> None:
    """Text and labels may say anything; only elements and attributes are judged."""
    good = (
        '<svg xmlns="http://www.w3.org/2000/svg"><g clip-path="url(#c1)">'
        '<text aria-label="url(http://x) onload=1">&lt;script&gt; onload="x"</text></g></svg>'
    )
    assert is_inert(good)


def test_a_broken_spec_gives_no_picture_and_a_placeholder_text() -> None:
    broken = {"mark": 42, "data": {"values": []}}
    assert svg(broken) is None
    assert png(broken) is None
    assert "Kapot" in static_charts.missing("Kapot", "nl")
    assert static_charts.missing("X", "nl") != static_charts.missing("X", "en")
