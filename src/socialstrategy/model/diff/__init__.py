"""What changed between two versions of a plan, in a manager's words.

:func:`diff` compares an older and a newer plan part by part (parts with ids by id, so
a renamed goal is renamed, not removed and added) and tells each change as a sentence:
"Doel ‘Meer mantelzorgers bereiken’ toegevoegd", "Streefwaarde van indicator ‘…’
verhoogd van 20 naar 25", "Drie acties afgerond". :mod:`.formats` writes the list as
text, JSON or Markdown.
"""

from socialstrategy.model.diff.difference import KINDS, Difference, Kind
from socialstrategy.model.diff.formats import FORMATS, render
from socialstrategy.model.diff.walk import diff

__all__ = ["FORMATS", "KINDS", "Difference", "Kind", "diff", "render"]
