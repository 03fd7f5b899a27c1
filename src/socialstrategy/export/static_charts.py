"""Charts as pictures: a Vega-Lite spec as SVG (for HTML) or PNG (for PDF and Word).

vl-convert draws the same specs the planner shows, so the exports look the same. Each
spec is laid out once, as SVG; the PNG is rasterised from that SVG. Pictures are cached
per spec (keyed on its JSON text): the report and the board pack of one strategy share
the radar, and a download page asks for the same pictures again.

A spec vl-convert cannot draw gives ``None``; renderers then print a placeholder that
says which chart is missing (:func:`missing`), so one bad chart never costs the document.
An SVG that carries anything active (a script, an event handler, an external link) is
refused the same way: it goes into HTML unescaped, and it contains user text.
"""

from __future__ import annotations

import functools
import io
import json
import re
import struct
import threading
import xml.etree.ElementTree as ET
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

import vl_convert
from PIL import Image, ImageChops

from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from socialstrategy.i18n import Language

#: PNG pixels per CSS pixel: about 200 dpi for a chart printed 15 cm wide.
PNG_SCALE: Final = 2.0
#: The smallest text a printed chart may have, in points: what a reader of a printed
#: page still reads without a magnifier. Printed charts are set at least as wide as
#: this asks (:func:`readable_mm`), and never shrunk below it to fit.
MIN_POINTS: Final = 7.0
MM_PER_POINT: Final = 25.4 / 72
#: The keys of a Vega-Lite spec that size text, in its marks and its config.
_FONT_SIZES: Final = frozenset({"fontSize", "labelFontSize", "titleFontSize", "subtitleFontSize"})

#: The SVG elements a Vega chart is drawn with; anything else (a script, a foreign
#: object, an embedded document) does not belong in a chart.
_DRAWING: Final = frozenset(
    {
        "svg",
        "g",
        "path",
        "line",
        "rect",
        "circle",
        "ellipse",
        "polygon",
        "polyline",
        "text",
        "tspan",
        "defs",
        "clippath",
        "lineargradient",
        "radialgradient",
        "stop",
        "pattern",
        "title",
        "desc",
    }
)

#: The fonts vl-convert lays out text with (Liberation Sans), and their metric twins.
MEASURED_FONTS: Final = "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif"
_FONT_FAMILY: Final = re.compile(r'font-family="[^"]*"')

#: A CSS ``url(...)`` that points anywhere but into the document itself.
_EXTERNAL_URL: Final = re.compile(r"url\(\s*(?![\"']?#)", re.IGNORECASE)

_FONTS_LOCK = threading.Lock()
_fonts_registered = False


def _register_fonts() -> None:
    """Tell vl-convert about the shipped DejaVu fonts, once per process."""
    global _fonts_registered  # noqa: PLW0603 - a process-wide, one-time registration
    with _FONTS_LOCK:
        if not _fonts_registered:
            fonts = resources.files("socialstrategy.export") / "fonts"
            with resources.as_file(fonts) as folder:
                vl_convert.register_font_directory(str(folder))
            _fonts_registered = True


def _key(spec: dict[str, Any]) -> str:
    return json.dumps(spec, sort_keys=True, ensure_ascii=False)


def svg(spec: dict[str, Any]) -> str | None:
    """*spec* as SVG text, or None when it cannot be drawn safely."""
    return _svg(_key(spec))


def png(spec: dict[str, Any]) -> bytes | None:
    """*spec* as PNG bytes at :data:`PNG_SCALE`, or None when it cannot be drawn."""
    return _png(_key(spec))


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels of PNG *data* (read from its header)."""
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def smallest_text(spec: dict[str, Any]) -> float:
    """The smallest font size (in CSS pixels) anything in *spec* is set in: its marks'
    and its theme's (axis and legend labels, titles, text marks)."""
    sizes: list[float] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _FONT_SIZES and isinstance(value, int | float):
                    sizes.append(float(value))
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(spec)
    return min(sizes, default=12.0)


def printed_points(spec: dict[str, Any], width_mm: float) -> float | None:
    """The size in points of the smallest text of *spec* when its picture is printed
    *width_mm* wide; None when it cannot be drawn."""
    data = png(spec)
    if data is None:
        return None
    css_width = png_size(data)[0] / PNG_SCALE
    return smallest_text(spec) * width_mm / css_width / MM_PER_POINT


def readable_mm(spec: dict[str, Any]) -> float:
    """How wide (mm) the picture of *spec* must be printed for its smallest text to be
    :data:`MIN_POINTS`; 0 when it cannot be drawn."""
    data = png(spec)
    if data is None:
        return 0.0
    css_width = png_size(data)[0] / PNG_SCALE
    return MIN_POINTS * MM_PER_POINT * css_width / smallest_text(spec)


def fitted(
    spec: dict[str, Any], planned: float, page: float, tallest: float, *, unit_mm: float = 1.0
) -> tuple[float, float] | None:
    """Width and height the picture of *spec* is printed at, in units of *unit_mm* mm (10
    for cm): as *planned*, but never so narrow that its text drops below the readable size,
    never wider than the *page*, and no taller than *tallest* unless that would make it
    unreadable. None when it cannot be drawn."""
    data = png(spec)
    if data is None:
        return None
    pixels_wide, pixels_high = png_size(data)
    readable = min(readable_mm(spec) / unit_mm, page)
    wide = min(max(planned, readable), page)
    ratio = pixels_high / pixels_wide
    if wide * ratio > tallest:
        wide = max(tallest / ratio, readable)
    return wide, wide * ratio


def clear_cache() -> None:
    """Forget every picture drawn (for benchmarks that time a first export)."""
    for cached in (_drawing, _svg, _png):
        cached.cache_clear()


def missing(title: str, language: Language) -> str:
    """The placeholder text for a chart that could not be drawn."""
    return T("common.chart.missing", language, title=title)


@functools.lru_cache(maxsize=64)
def _drawing(key: str) -> str | None:
    """vl-convert's SVG of the spec *key*: laid out once, for both pictures."""
    _register_fonts()
    try:
        text: str = vl_convert.vegalite_to_svg(key)
    except Exception:  # any failure of the renderer becomes a placeholder
        return None
    return text if is_inert(text) else None


@functools.lru_cache(maxsize=64)
def _svg(key: str) -> str | None:
    drawing = _drawing(key)
    if drawing is None:
        return None
    # vl-convert measures labels with Liberation Sans (its sans-serif): ask the browser
    # for that font or one with the same metrics, so labels fit where they were placed.
    return _FONT_FAMILY.sub(f'font-family="{MEASURED_FONTS}"', drawing)


@functools.lru_cache(maxsize=64)
def _png(key: str) -> bytes | None:
    drawing = _drawing(key)
    if drawing is None:
        return None
    try:
        data: bytes = vl_convert.svg_to_png(drawing, scale=PNG_SCALE)
    except Exception:  # any failure of the renderer becomes a placeholder
        return None
    return _palette(data)


def _palette(data: bytes) -> bytes:
    """*data* trimmed to its drawing, as a 256-colour PNG: a chart has a handful of
    colours and their anti-aliasing, so it looks the same at a seventh of the size, and
    PDF and Word files embed it several times faster."""
    with Image.open(io.BytesIO(data)) as image:
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A") if image.mode == "RGBA" else None)
    # Trim the white around the drawing (a radar is square, its labels are not), keeping
    # a margin as wide as the chart's own padding.
    box = ImageChops.difference(flat, Image.new("RGB", flat.size, "white")).getbbox()
    if box:
        margin = round(8 * PNG_SCALE)
        left, top, right, bottom = box
        flat = flat.crop(
            (
                max(0, left - margin),
                max(0, top - margin),
                min(flat.width, right + margin),
                min(flat.height, bottom + margin),
            )
        )
    reduced = flat.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    # The octree rounds white to a near-white that shows as a grey box on white paper.
    palette = reduced.getpalette() or []
    for start in range(0, len(palette) - 2, 3):
        if min(palette[start : start + 3]) >= 250:
            palette[start : start + 3] = [255, 255, 255]
    reduced.putpalette(palette)
    out = io.BytesIO()
    reduced.save(out, format="PNG")
    return out.getvalue()


def is_inert(text: str) -> bool:
    """Whether SVG *text* is well-formed and holds nothing that runs or loads.

    vl-convert escapes the labels it draws; this is the second line of defence for the
    one place user text reaches HTML without Jinja's escaping.
    """
    try:
        # The SVG comes from vl-convert, not from a user: no entity tricks to fear.
        root = ET.fromstring(text)
    except ET.ParseError:
        return False
    for element in root.iter():
        if _local(element.tag).lower() not in _DRAWING:
            return False
        for name, value in element.attrib.items():
            attribute = _local(name).lower()
            if attribute.startswith("on"):
                return False
            if attribute == "href" and not value.startswith("#"):
                return False
            if not attribute.startswith("aria-") and _EXTERNAL_URL.search(value):
                return False
    return True


def _local(name: str) -> str:
    """An XML name without its ``{namespace}``."""
    return name.rpartition("}")[2]


__all__ = [
    "MEASURED_FONTS",
    "MIN_POINTS",
    "MM_PER_POINT",
    "PNG_SCALE",
    "clear_cache",
    "is_inert",
    "missing",
    "png",
    "png_size",
    "printed_points",
    "readable_mm",
    "smallest_text",
    "svg",
]
