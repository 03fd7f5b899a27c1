"""The document catalogue: every string in both languages, every key used exists."""

from __future__ import annotations

import re
import string

import pytest

from socialstrategy.export import DOCUMENTS, PLAN_FILES
from socialstrategy.export.documents.sections.measures import ATTENTION
from socialstrategy.export.texts import T
from socialstrategy.vocab import Severity
from tests.conftest import ROOT

EXPORT = ROOT / "src" / "socialstrategy" / "export"
#: The modules that look strings up in this catalogue.
USERS = [
    *sorted((EXPORT / "documents").rglob("*.py")),
    *(EXPORT / name for name in ("markdown.py", "names.py", "calendar.py", "workbook.py")),
]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(T.entries))
def test_every_string_has_both_languages_with_the_same_placeholders(key: str) -> None:
    text = T.entries[key]
    assert text.nl.strip()
    assert text.en.strip()
    assert _fields(text.nl) == _fields(text.en)


def test_keys_are_prefixed_by_their_document() -> None:
    prefixes = {key.split(".")[0] for key in T.entries}
    documents = {"common", "report", "board", "guideline", "pocket", "drills", "consent"}
    documents |= {"progress", "trend"}  # the progress report, and its score trend
    assert prefixes == documents | {"calendar", "workbook"}  # the plan files


def test_every_key_the_builders_use_exists() -> None:
    """Scan for t("...") and T("...") calls; dynamic keys are checked by family."""
    used: set[str] = set()
    for path in USERS:
        used |= set(re.findall(r"\b[tT]\(\s*\"([a-z_]+\.[a-z_.0-9]+)\"", path.read_text()))
    assert len(used) > 100, "the scan found too few keys"
    assert sorted(used - set(T.entries)) == []
    dynamic = [f"common.file.{kind}" for kind in [*DOCUMENTS, *PLAN_FILES]]
    dynamic += [f"progress.course.{course}" for course in ATTENTION]  # the measures' courses
    dynamic += [
        f"pocket.tier.{level.code}"
        for level in (Severity.INCIDENT, Severity.CALAMITY, Severity.CRISIS)
    ]
    assert sorted(set(dynamic) - set(T.entries)) == []
