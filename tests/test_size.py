"""The library stays small enough to read: short modules and simple functions.

A module past 400 lines becomes a subpackage along its concepts (STYLE.md), and no
function reaches radon's grade D (cyclomatic complexity over 20): it is split into
named steps instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from radon.complexity import cc_rank, cc_visit

from tests.conftest import ROOT

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from radon.visitors import Function

SRC: Final = ROOT / "src"
MODULES: Final = sorted(SRC.rglob("*.py"))
MAX_LINES: Final = 400
#: Radon's grades from D down: a cyclomatic complexity of 21 or more.
TOO_COMPLEX: Final = ("D", "E", "F")


def test_there_are_modules_to_measure() -> None:
    assert len(MODULES) > 100


def test_no_module_is_over_400_lines() -> None:
    long = {
        str(path.relative_to(SRC)): lines
        for path in MODULES
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def _blocks(blocks: Sequence[Function]) -> Iterator[Function]:
    """Every function, method and class radon sees, and the functions nested in them."""
    for block in blocks:
        yield block
        yield from _blocks(getattr(block, "closures", ()))


def test_no_function_has_grade_d_or_worse() -> None:
    """As ``radon cc -n D src`` reports them, closures included."""
    complex_ = {
        f"{path.relative_to(SRC)}:{block.lineno} {block.name}": block.complexity
        for path in MODULES
        for block in _blocks(cc_visit(path.read_text(encoding="utf-8")))
        if cc_rank(block.complexity) in TOO_COMPLEX
    }
    assert complex_ == {}


def test_the_grade_check_catches_a_complex_function() -> None:
    """A function with 21 branches is grade D: the check above can fail."""
    branches = "".join(f"    if x == {n}:\n        return {n}\n" for n in range(20))
    (block,) = cc_visit(f"def f(x):\n{branches}    return -1\n")
    assert (block.complexity, cc_rank(block.complexity)) == (21, "D")
