"""Goals judged on what they serve and how they are measured, not only on being filled in."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.scoring import Finding, score
from socialstrategy.scoring.examples import EXAMPLE_BASE
from socialstrategy.vocab.goals import is_vanity
from tests.conftest import STRATEGIES

REFERENCE = EXAMPLE_BASE
TODAY = dt.date(2026, 11, 23)


def _with_first_goal(**changes: object) -> ss.Strategy:
    reference = ss.load(REFERENCE)
    first, *rest = reference.goals
    return attrs.evolve(reference, goals=(attrs.evolve(first, **changes), *rest))


def _found(strategy: ss.Strategy, code: str) -> list[Finding]:
    return [f for f in score(strategy, today=TODAY).findings if f.code == code]


def _indicator(
    kpi: str, unit: str = "", baseline: float = 800, target: float = 1500
) -> ss.Indicator:
    return ss.Indicator(kpi=kpi, unit=unit, baseline=baseline, target=target)


def test_a_goal_measured_in_followers_only_is_not_a_care_goal() -> None:
    """'Meer volgers op Instagram' with one primary process ticked passed every rule."""
    strategy = _with_first_goal(
        title="Meer volgers op Instagram",
        indicators=(_indicator("Volgers op Instagram", "volgers"),),
    )
    (finding,) = _found(strategy, "GOAL013")
    assert finding.path == "goals[0].indicators"
    assert "'Meer volgers op Instagram'" in finding.message.nl
    assert "niet of de zorg er beter van wordt" in finding.message.nl
    assert "minder telefoontjes over bezoektijden" in finding.fix.nl
    assert "fewer phone calls about visiting hours" in finding.fix.en


def test_a_count_of_attention_beside_a_measure_of_care_is_fine() -> None:
    strategy = _with_first_goal(
        indicators=(
            _indicator("Bereik van de berichten", "weergaven"),
            _indicator("Telefoontjes over bezoektijden", "per maand", 120, 60),
        )
    )
    assert not _found(strategy, "GOAL013")


@pytest.mark.parametrize(
    "text",
    [
        "Volgers op Instagram",
        "Instagramvolgers",
        "Instagram-volgers",
        "Aantal vind-ik-leuks per bericht",
        "Totaalbereik per maand",
        "Weergaven van de video",
        "Impressies op LinkedIn",
        "Instagram followers",
        "Page likes",
        "Monthly reach",
        "Video views",
    ],
)
def test_counts_of_attention_are_recognised_in_both_languages(text: str) -> None:
    assert is_vanity(text)


@pytest.mark.parametrize(
    "text",
    [
        "Telefoontjes over bezoektijden",
        "Bereikbaarheid van de afdeling",
        "Reviews op ZorgkaartNederland",
        "Sollicitaties via LinkedIn",
        "Cliënten die de informatie vinden",
        "",
    ],
)
def test_measures_of_care_are_not_counts_of_attention(text: str) -> None:
    assert not is_vanity(text)


def test_het_baken_is_told_its_awareness_goal_counts_followers() -> None:
    baken = ss.load(STRATEGIES / "stichting-het-baken.toml")
    paths = [f.path for f in _found(baken, "GOAL013")]
    assert paths == [f"goals[{[g.id for g in baken.goals].index('bekendheid')}].indicators"]


def test_a_recruitment_goal_is_told_it_serves_a_supporting_process() -> None:
    """Not the generic 'social media as a goal in itself': why, and how to tie it to care."""
    strategy = _with_first_goal(processes=("werving",))
    assert not _found(strategy, "GOAL002")
    (finding,) = _found(strategy, "GOAL012")
    assert finding.path == "goals[0].processes"
    assert "alleen een ondersteunend proces (Werving en selectie)" in finding.message.nl
    assert "doel op zich" not in finding.message.nl
    assert "vacatures op een afdeling" in finding.fix.nl
    assert "continuity" in finding.fix.en


def test_a_goal_without_any_process_keeps_the_generic_message() -> None:
    strategy = _with_first_goal(processes=())
    assert not _found(strategy, "GOAL012")
    (finding,) = _found(strategy, "GOAL002")
    assert "doel op zich" in finding.message.nl


@pytest.mark.parametrize(
    ("unit", "baseline", "target", "why"),
    [
        ("", 64, 7.5, "less than an eighth of the baseline"),
        ("rapportcijfer", 6.8, 75, "a mark above 10"),
        ("%", 80, 120, "a percentage outside 0 to 100"),
        ("per maand", 12, 200, "more than eight times the baseline"),
    ],
)
def test_a_target_on_another_scale_than_its_baseline(
    unit: str, baseline: float, target: float, why: str
) -> None:
    strategy = _with_first_goal(
        indicators=(_indicator("Tevredenheid verwanten", unit, baseline, target),)
    )
    (finding,) = _found(strategy, "GOAL014")
    assert finding.path == "goals[0].indicators[0].target"
    assert why in finding.message.en


def test_the_satisfaction_score_of_64_against_a_mark_of_7_5() -> None:
    strategy = _with_first_goal(indicators=(_indicator("tevredenheid", "", 64, 7.5),))
    (finding,) = _found(strategy, "GOAL014")
    assert "streefwaarde 7,5 past niet bij nulmeting 64" in finding.message.nl


@pytest.mark.parametrize(
    ("unit", "baseline", "target"),
    [
        ("rapportcijfer", 6.8, 7.5),
        ("%", 12, 90),
        ("per kwartaal", 9, 25),
        ("pleeggezinnen", 1, 10),
        ("%", 0, 80),
        ("%", 80, 100),
    ],
)
def test_plausible_targets_pass(unit: str, baseline: float, target: float) -> None:
    strategy = _with_first_goal(indicators=(_indicator("Iets", unit, baseline, target),))
    assert not _found(strategy, "GOAL014")
