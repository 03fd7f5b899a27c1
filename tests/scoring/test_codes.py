"""The named rule codes the scoring branches on belong to the rules they name."""

from __future__ import annotations

from socialstrategy.scoring import RULES, codes


def _named() -> dict[str, str]:
    return {name: value for name, value in vars(codes).items() if name.isupper()}


def test_every_named_code_is_a_registered_rule_with_that_symbol() -> None:
    """``codes.NO_GUIDELINE`` is GUID001, whose symbol is ``no-guideline``: each name is
    the symbol in capitals, maybe with the part it belongs to in front."""
    named = _named()
    assert len(named) == 23
    for name, code in named.items():
        assert code in RULES, name
        assert name.lower().replace("_", "-").endswith(RULES[code].symbol), (name, code)


def test_codes_are_named_once() -> None:
    """No two names for one rule, so a decision and its rule cannot drift apart."""
    named = _named()
    assert len(set(named.values())) == len(named)
