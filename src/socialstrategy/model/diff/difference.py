"""One change between two versions of a plan: where, what kind, and in words."""

from __future__ import annotations

from typing import Final, Literal, get_args

import attrs

from socialstrategy.i18n import Language, Text

Kind = Literal["added", "removed", "changed"]
KINDS: Final[tuple[Kind, ...]] = get_args(Kind)


@attrs.frozen
class Difference:
    """A change: a part added or removed, or a field changed.

    *path* addresses it in the file (``goals[2].indicators[0].target``; a list for a
    part added or removed); *label* names it in words ("Doel ‘X’ › Indicator ‘Y’ ›
    Streefwaarde"); *old* and *new* are its values in words (empty for an added or
    removed part, which *label* names); *sentence* tells it. Several changes told as one
    ("Drie acties afgerond") have the path of their list and each one's in *paths*.
    """

    path: str
    kind: Kind
    label: Text
    old: Text
    new: Text
    sentence: Text
    paths: tuple[str, ...] = ()

    def as_dict(self, language: Language) -> dict[str, object]:
        """The change as plain data in *language* (the JSON output's objects)."""
        out: dict[str, object] = {
            "path": self.path,
            "kind": self.kind,
            "part": self.label.get(language),
            "old": self.old.get(language),
            "new": self.new.get(language),
            "sentence": self.sentence.get(language),
        }
        if self.paths:
            out["paths"] = list(self.paths)
        return out


__all__ = ["KINDS", "Difference", "Kind"]
