"""The public API is one front door: a sorted, complete ``__all__``."""

from __future__ import annotations

import doctest
import types

import socialstrategy as ss


def _isort_style(name: str) -> tuple[int, str]:
    kind = 0 if name.isupper() else 1 if name[0].isupper() else 2
    return kind, name


def test_all_is_sorted_and_unique() -> None:
    """``__all__`` lists every name once, constants first, then classes, then functions."""
    assert len(set(ss.__all__)) == len(ss.__all__)
    assert ss.__all__ == sorted(ss.__all__, key=_isort_style)


def test_every_public_name_is_exported() -> None:
    """Everything importable from the package without an underscore is in ``__all__``."""
    public = {
        name
        for name, value in vars(ss).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name not in {"annotations"}
    }
    assert public == set(ss.__all__) - {"__version__"}


def test_exported_names_resolve() -> None:
    """Every name in ``__all__`` exists."""
    for name in ss.__all__:
        assert hasattr(ss, name), name


def test_the_package_docstring_example_runs() -> None:
    """The front-door example in ``socialstrategy.__doc__`` works as written."""
    result = doctest.testmod(ss)
    assert result.attempted >= 5
    assert result.failed == 0
