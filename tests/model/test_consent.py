"""The consent register: records that round-trip, dates in order, channels that exist."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss


def _record(**changes: object) -> ss.ConsentRecord:
    fields: dict[str, object] = {
        "id": "zomerfeest",
        "what": "Fotoserie zomerfeest",
        "pseudonym": "Bewoner K.",
        "signatories": (ss.Signatory.CLIENT,),
        "reach": ss.ConsentReach.BOTH,
        "channels": ("fb",),
        "given": dt.date(2026, 6, 1),
        "expires": dt.date(2027, 6, 1),
        "published_on": ("fb",),
    }
    return ss.ConsentRecord(**(fields | changes))  # type: ignore[arg-type]


def test_a_register_survives_a_save(rich: ss.Strategy) -> None:
    strategy = attrs.evolve(rich, consents=(_record(), _record(id="video", reach=None)))
    text = ss.dumps(strategy)
    assert "[[consents]]" in text
    assert ss.loads(text) == strategy


def test_a_new_record_is_for_an_adult_without_representative() -> None:
    record = ss.ConsentRecord(id="r1")
    assert record.situation is ss.ClientSituation.ADULT
    assert not record.represented
    assert record.signatories == ()


@pytest.mark.parametrize("field", ["expires", "withdrawn"])
def test_an_end_before_the_consent_was_given_is_refused(field: str) -> None:
    with pytest.raises(ValueError, match="before the date consent was given"):
        _record(**{field: dt.date(2026, 5, 31)})


def test_an_expiry_date_is_read_back_with_its_path() -> None:
    text = ss.dumps(ss.Strategy(consents=(_record(channels=(), published_on=()),)))
    broken = text.replace("expires = 2027-06-01", "expires = 2026-01-01")
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(broken)
    assert [p.path for p in info.value.problems] == ["consents[0].expires"]


def test_channels_of_a_record_must_exist(rich: ss.Strategy) -> None:
    broken = attrs.evolve(
        rich, consents=(_record(channels=("fb", "insta"), published_on=("youtub",)),)
    )
    assert [p.path for p in ss.validate(broken)] == [
        "consents[0].channels[1]",
        "consents[0].published_on[0]",
    ]


def test_a_record_id_used_twice_is_a_problem(rich: ss.Strategy) -> None:
    broken = attrs.evolve(rich, consents=(_record(), _record()))
    (problem,) = ss.validate(broken)
    assert problem.path == "consents[1].id"
    assert "toestemmingsregister" in problem.text.nl
