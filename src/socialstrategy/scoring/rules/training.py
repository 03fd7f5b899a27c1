"""Training: digital skills and media literacy, for the roles that need them.

Sources: the book review (seed 003: employees must be *digivaardig* and *mediawijs*);
Q&A check question 9 (seed 000); DOMAIN.md crisis plan #12 (prevention via training).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import each, replace
from socialstrategy.vocab import Skill

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Example

_BOOK = "Seed 003: digivaardig and mediawijs; Q&A check question 9 (seed 000)"


def _needs(ctx: Context) -> int:
    return len(ctx.strategy.training)


def _role_name(ctx: Context, role_id: str) -> str:
    names = {r.id: r.name or r.id for r in ctx.strategy.organisation.roles}
    return names.get(role_id, role_id)


def _chain_roles(ctx: Context) -> list[str]:
    """The roles of the escalation chain, each once, in chain order."""
    return list(dict.fromkeys(step.role for step in ctx.strategy.crisis.escalation))


def each_training_without(skill: Skill) -> Callable[[Strategy], Strategy]:
    def change(s: Strategy) -> Strategy:
        training = tuple(
            attrs.evolve(t, skills=tuple(x for x in t.skills if x is not skill)) for t in s.training
        )
        return attrs.evolve(s, training=training)

    return change


no_training = rule(
    "TRAIN001",
    "no-training",
    area=Area.TRAINING,
    level=Level.ERROR,
    title=("Geen scholing", "No training"),
    message=(
        "Er is geen scholing gepland: wie moet wat leren?",
        "No training is planned: who needs to learn what?",
    ),
    fix=(
        "Leg per rol vast wat medewerkers moeten leren: digivaardig, mediawijs of beide.",
        "For each role, record what staff need to learn: digital skills, media literacy or both.",
    ),
    source=_BOOK,
    weight=100,
    fires=replace(training=()),
    passes=lambda s: attrs.evolve(s, training=s.training[:1]),
)(empty("training"))


@rule(
    "TRAIN002",
    "escalation-role-untrained",
    area=Area.TRAINING,
    level=Level.WARNING,
    title=("Crisisrol zonder scholing", "Crisis role without training"),
    message=(
        "Rol '{role}' staat in de escalatieketen maar krijgt geen scholing.",
        "Role '{role}' is in the escalation chain but gets no training.",
    ),
    fix=(
        "Plan op de stap Scholing scholing of een oefening voor deze rol, zodat die weet"
        " wat te doen.",
        "On the Training step, plan training or a drill for this role, so it knows what to do.",
    ),
    fix_path="training",
    source="DOMAIN.md crisis plan #5 and #12; Q&A check question 8 (seed 000)",
    weight=30,
    mode="share",
    population=lambda ctx: len(_chain_roles(ctx)),
    fires=lambda s: attrs.evolve(s, training=s.training[1:]),
    passes=lambda s: attrs.evolve(
        s, training=tuple(t for t in s.training if t.role != "begeleider")
    ),
)
def escalation_role_untrained(ctx: Context) -> Iterator[Hit]:
    trained = {need.role for need in ctx.strategy.training}
    for role in _chain_roles(ctx):
        if role not in trained:
            index = next(i for i, s in enumerate(ctx.strategy.crisis.escalation) if s.role == role)
            yield Hit(f"crisis.escalation[{index}].role", {"role": _role_name(ctx, role)})


def _learned_once(skill: Skill) -> Example:
    """Only the first role that learns *skill* keeps it: one role is enough for the rule."""

    def change(s: Strategy) -> Strategy:
        first = next(i for i, t in enumerate(s.training) if skill in t.skills)
        training = tuple(
            t if i == first else attrs.evolve(t, skills=tuple(x for x in t.skills if x != skill))
            for i, t in enumerate(s.training)
        )
        return attrs.evolve(s, training=training)

    return change


def _skill_rule(code: str, skill: Skill, nl: str, en: str, weight: float) -> None:
    @rule(
        code,
        f"no-{skill.code.replace('_', '-')}",
        area=Area.TRAINING,
        level=Level.WARNING,
        title=(f"Niemand leert {nl}", f"Nobody learns {en}"),
        message=(
            f"Geen enkele rol wordt geschoold in {nl}.",
            f"No role is trained in {en}.",
        ),
        fix=(
            f"Kies de rollen die {nl} nodig hebben en plan hun scholing.",
            f"Choose the roles that need {en} and plan their training.",
        ),
        source=_BOOK,
        weight=weight,
        fires=each_training_without(skill),
        passes=_learned_once(skill),
    )
    def check(ctx: Context) -> Iterator[Hit]:
        if ctx.strategy.training and not any(skill in t.skills for t in ctx.strategy.training):
            yield Hit("training")


_skill_rule("TRAIN003", Skill.MEDIA_LITERACY, "mediawijsheid", "media literacy", 25)
_skill_rule("TRAIN004", Skill.DIGITAL_SKILLS, "digivaardigheid", "digital skills", 20)


@rule(
    "TRAIN005",
    "training-without-due-date",
    area=Area.TRAINING,
    level=Level.ADVICE,
    title=("Scholing zonder datum", "Training without a date"),
    message=(
        "Voor de scholing van '{role}' staat geen datum.",
        "The training of '{role}' has no date.",
    ),
    fix=("Spreek af wanneer de scholing klaar is.", "Agree when the training is done."),
    source=_BOOK,
    weight=10,
    mode="share",
    population=_needs,
    fires=each("training", due=None),
    passes=each("training", due=dt.date(2027, 3, 1)),
)
def training_without_due_date(ctx: Context) -> Iterator[Hit]:
    for i, need in enumerate(ctx.strategy.training):
        if need.due is None:
            yield Hit(f"training[{i}].due", {"role": _role_name(ctx, need.role)})


@rule(
    "TRAIN006",
    "training-need-vague",
    area=Area.TRAINING,
    level=Level.ADVICE,
    title=("Scholingsbehoefte niet beschreven", "Training need not described"),
    message=(
        "Bij '{role}' staat niet wat er geleerd moet worden of welke vaardigheid.",
        "For '{role}' it is not said what must be learned or which skill.",
    ),
    fix=(
        "Beschrijf de behoefte en kies digivaardig, mediawijs of beide.",
        "Describe the need and choose digital skills, media literacy or both.",
    ),
    source=_BOOK,
    weight=10,
    mode="share",
    population=_needs,
    fires=each("training", need=""),
    passes=each("training", need="Oefenen met reageren op een boze reactie."),
)
def training_need_vague(ctx: Context) -> Iterator[Hit]:
    for i, need in enumerate(ctx.strategy.training):
        if not need.need.strip() or not need.skills:
            yield Hit(f"training[{i}]", {"role": _role_name(ctx, need.role)})


@rule(
    "TRAIN007",
    "guideline-role-untrained",
    area=Area.TRAINING,
    level=Level.ADVICE,
    title=("Rol met eigen richtlijn zonder scholing", "Role with own rules but no training"),
    message=(
        "De richtlijn heeft regels voor '{role}', maar die rol krijgt geen scholing.",
        "The guideline has rules for '{role}', but that role gets no training.",
    ),
    fix=(
        "Plan op de stap Scholing hoe deze rol de regels leert toepassen, bijvoorbeeld in"
        " intervisie.",
        "On the Training step, plan how this role learns to apply its rules, for instance"
        " in peer review.",
    ),
    fix_path="training",
    source="DOMAIN.md guidelines (per-role rules need to be learned, not just published)",
    weight=10,
    mode="share",
    population=lambda ctx: len({r for g in ctx.strategy.guidelines.rules for r in g.roles}),
    fires=lambda s: attrs.evolve(
        s, training=tuple(t for t in s.training if t.role != "begeleider")
    ),
    passes=lambda s: attrs.evolve(s, training=s.training[1:]),
)
def guideline_role_untrained(ctx: Context) -> Iterator[Hit]:
    trained = {need.role for need in ctx.strategy.training}
    seen: set[str] = set()
    for i, guideline_rule in enumerate(ctx.strategy.guidelines.rules):
        for j, role in enumerate(guideline_rule.roles):
            if role not in trained and role not in seen:
                seen.add(role)
                yield Hit(f"guidelines.rules[{i}].roles[{j}]", {"role": _role_name(ctx, role)})
