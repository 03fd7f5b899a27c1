"""Text a manager typed, a file held or a URL carried, made inert for Streamlit's Markdown.

Streamlit renders Markdown in far more places than ``st.markdown``: captions, alerts,
titles, and the labels of expanders, widgets, tabs and page links. A plan's goal named
``[Sessie verlopen](http://…)`` would be a link in the planner's own voice, ``![x](…)``
would load a remote image. :func:`inert` is the one way such text enters Markdown.

Backslash escapes alone are not enough: Streamlit turns bare URLs, ``www.`` addresses,
e-mail addresses, ``:emoji:`` and ``:material/icon:`` shortcodes and ``:red[…]`` into
elements *after* the escapes are read, on the text itself. There an invisible word
joiner (U+2060) after the colon, the ``www`` or the ``@`` breaks the pattern while the
text still looks the same.
"""

from __future__ import annotations

import re
from typing import Final

#: Every character Markdown (with GFM, math and Streamlit's directives) may read as
#: syntax; escaping one that needs no escape is harmless.
_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:@&=^%\"'])")
_JOINER: Final = "\u2060"
#: Patterns recognised on the unescaped text: ``http://``, ``www.``, ``a@b.c``, ``:x:``.
_AFTER_COLON: Final = re.compile(r":(?=[\w/+-])")
_WWW: Final = re.compile(r"(?i)(?<=www)(?=\.)")
_AT: Final = re.compile(r"@(?=\w)")


def inert(text: object) -> str:
    """*text* shown as written: no link, image, icon, formula, code or heading made of it.

    Line breaks stay line breaks; everything else Markdown could read is escaped.
    """
    plain = str(text)
    plain = _AFTER_COLON.sub(":" + _JOINER, plain)
    plain = _WWW.sub(_JOINER, plain)
    plain = _AT.sub("@" + _JOINER, plain)
    return _SPECIAL.sub(r"\\\1", plain)


__all__ = ["inert"]
