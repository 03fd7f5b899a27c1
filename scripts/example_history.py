"""Write the bundled examples' history: what a living plan looks like after a year or two.

Each example in ``strategies/`` gets ``strategies/.history/<stem>/``, read by the folder
store as if the plan had been saved there: a first draft, a round of review, the works
council's advice and the board's adoption, the edits of the year after (measurements
entered, actions done, a target raised, a channel closed), a second round of review with
a guideline rule reworded after the advice, a second adoption, and for some the draft
on top of it that the example file is today. Every revision is the example as it stood
on that day: measurements, status updates and drills after it are left out, and so are
the parts the plan grew later (:class:`Growth`: scenarios, rules, training, research,
baselines, activities not yet scheduled), so the score trend rises as the plan did.

The example files themselves get their ``[lifecycle]`` (status, advice, adoption with
its revision number); everything else in them stays as written, comments included.

    python scripts/example_history.py           # (re)write the history and lifecycles
    python scripts/example_history.py --check   # exit 1 when they are not up to date

Run it again after editing an example: the history is derived from the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Final

import attrs

from socialstrategy.files import dumps_over, loads
from socialstrategy.model import Strategy
from socialstrategy.model.channels import Channel
from socialstrategy.model.lifecycle import Adoption, Advice, Lifecycle
from socialstrategy.storage.folder_history import HISTORY, keep
from socialstrategy.vocab import ActionStatus, ChannelKind, PlanStatus, Purpose

ROOT: Final = Path(__file__).resolve().parents[1] / "strategies"


@attrs.frozen
class Round:
    """A round of review ending in adoption: sent for review, advised, adopted."""

    review: dt.date
    advice: dt.date
    advice_summary: str
    adopted: dt.date
    decision: str


@attrs.frozen
class Growth:
    """The parts of a plan that came in later, each with the day of the save that added
    it: a save before that day is without it. A first draft has fewer scenarios and
    rules than the plan a year on, no training for some roles, audiences not yet
    researched and indicators without a baseline measurement."""

    #: Crisis scenarios by id.
    scenarios: Mapping[str, dt.date] = attrs.field(factory=dict)
    #: Guideline rules by their place in the guideline.
    rules: Mapping[int, dt.date] = attrs.field(factory=dict)
    #: Training needs by role.
    training: Mapping[str, dt.date] = attrs.field(factory=dict)
    #: Audiences by id: the day their insight source (the research) was written down.
    researched: Mapping[str, dt.date] = attrs.field(factory=dict)
    #: Goals by id: the day their indicators got a baseline (the nulmeting).
    baselines: Mapping[str, dt.date] = attrs.field(factory=dict)
    #: Parts of the crisis plan by field name (triage, responses, legal_clocks, ...).
    crisis: Mapping[str, dt.date] = attrs.field(factory=dict)
    #: Engagement activities come into the plan when they are scheduled, on or before
    #: the day they are held: a save holds none dated after it.
    scheduled: bool = False


@attrs.frozen
class Story:
    """How one example came to be what it is."""

    stem: str
    editor: str
    secretary: str
    first_draft: dt.date
    rounds: tuple[Round, ...]
    #: Saves between the first adoption and the second round (measurements, actions).
    edits: tuple[dt.date, ...] = ()
    #: A channel that the plan had until it was closed at the third edit (of three).
    closed: Channel | None = None
    #: The saved day of the example as it is now, a draft on top of the last adoption;
    #: None when the example is the last adopted revision itself.
    current: dt.date | None = None
    #: What the plan grew in its first year and a half (see :class:`Growth`).
    growth: Growth = attrs.field(factory=Growth)


def _on(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9, 30), dt.timezone.utc)


# --- what a revision held on a given day ----------------------------------------------


def as_of(plan: Strategy, day: dt.date) -> Strategy:
    """*plan* as it stood on *day*: measurements, status updates and drills of later days
    left out, and each action's status the one its last update then gave it."""
    goals = tuple(
        attrs.evolve(
            goal,
            indicators=tuple(
                attrs.evolve(
                    ind,
                    measurements=tuple(
                        m for m in ind.measurements if m.date is None or m.date <= day
                    ),
                )
                for ind in goal.indicators
            ),
        )
        for goal in plan.goals
    )
    actions = []
    for action in plan.actions:
        updates = tuple(u for u in action.updates if u.date is None or u.date <= day)
        status = updates[-1].status if updates else ActionStatus.PLANNED
        actions.append(
            attrs.evolve(action, updates=updates, status=status) if action.updates else action
        )
    scenarios = tuple(
        attrs.evolve(s, last_drilled=None)
        if s.last_drilled is not None and s.last_drilled > day
        else s
        for s in plan.crisis.scenarios
    )
    crisis = attrs.evolve(plan.crisis, scenarios=scenarios)
    if crisis.last_drill is not None and crisis.last_drill > day:
        drilled = [s.last_drilled for s in scenarios if s.last_drilled is not None]
        crisis = attrs.evolve(crisis, last_drill=max(drilled, default=None))
    guidelines = plan.guidelines
    if guidelines.works_council_advice is not None and guidelines.works_council_advice > day:
        guidelines = attrs.evolve(guidelines, works_council_advice=None)
    if guidelines.adopted is not None and guidelines.adopted > day:
        guidelines = attrs.evolve(guidelines, adopted=None)
    return attrs.evolve(
        plan, goals=goals, actions=tuple(actions), crisis=crisis, guidelines=guidelines
    )


def grown(plan: Strategy, growth: Growth, day: dt.date) -> Strategy:
    """*plan* without the parts that *growth* says came in after *day*."""

    def there(added: dt.date | None) -> bool:
        return added is None or added <= day

    crisis = attrs.evolve(
        plan.crisis,
        scenarios=tuple(s for s in plan.crisis.scenarios if there(growth.scenarios.get(s.id))),
        **{part: () for part, added in growth.crisis.items() if not there(added)},
    )
    rules = tuple(r for n, r in enumerate(plan.guidelines.rules) if there(growth.rules.get(n)))
    audiences = tuple(
        a if there(growth.researched.get(a.id)) else attrs.evolve(a, insight_source="")
        for a in plan.audiences
    )
    engagement = plan.engagement
    if growth.scheduled:
        activities = tuple(a for a in engagement.activities if there(a.planned))
        engagement = attrs.evolve(engagement, activities=activities)
    goals = tuple(
        g
        if there(growth.baselines.get(g.id))
        else attrs.evolve(g, indicators=tuple(attrs.evolve(i, baseline=None) for i in g.indicators))
        for g in plan.goals
    )
    return attrs.evolve(
        plan,
        crisis=crisis,
        guidelines=attrs.evolve(plan.guidelines, rules=rules),
        training=tuple(t for t in plan.training if there(growth.training.get(t.role))),
        audiences=audiences,
        goals=goals,
        engagement=engagement,
    )


def _lower_target(plan: Strategy) -> Strategy:
    """*plan* with the first rising target it has set lower, as it was before it was raised."""
    for g, goal in enumerate(plan.goals):
        for i, ind in enumerate(goal.indicators):
            if ind.baseline is None or ind.target is None or ind.target - ind.baseline < 4:
                continue
            lower = ind.baseline + round((ind.target - ind.baseline) * 0.75)
            indicators = list(goal.indicators)
            indicators[i] = attrs.evolve(ind, target=float(lower))
            goals = list(plan.goals)
            goals[g] = attrs.evolve(goal, indicators=tuple(indicators))
            return attrs.evolve(plan, goals=tuple(goals))
    return plan


def _first_wording(plan: Strategy) -> Strategy:
    """*plan* with the first guideline rule of several sentences without its last one:
    the rule as first written, before the works council asked to make it clearer."""
    rules = list(plan.guidelines.rules)
    for r, rule in enumerate(rules):
        sentences = rule.rule.strip().split(". ")
        if len(sentences) >= 2:
            first = ". ".join(sentences[:-1]).rstrip(".") + "."
            rules[r] = attrs.evolve(rule, rule=first)
            return attrs.evolve(plan, guidelines=attrs.evolve(plan.guidelines, rules=tuple(rules)))
    return plan


def _with_channel(plan: Strategy, channel: Channel) -> Strategy:
    return attrs.evolve(plan, channels=(*plan.channels, channel))


def _meta(plan: Strategy, *, revision: int, reviewed: dt.date | None) -> Strategy:
    """*plan* with the version and review dates it had then (a year between reviews)."""
    following = reviewed.replace(year=reviewed.year + 1) if reviewed else None
    meta = attrs.evolve(plan.meta, revision=revision, last_reviewed=reviewed, next_review=following)
    return attrs.evolve(plan, meta=meta)


# --- the story told as saves ----------------------------------------------------------


@attrs.frozen
class Save:
    number: int
    day: dt.date
    author: str
    plan: Strategy


def saves(story: Story, now: Strategy) -> list[Save]:
    """Every revision of *story*'s example, the oldest first; *now* is the example's
    content (its lifecycle aside). The last save is the example file as it will be."""
    out: list[Save] = []
    last = story.rounds[-1]
    version = now.meta.revision or len(story.rounds)
    lifecycle = Lifecycle()
    # The version number the document had, and the day it was last reviewed: what the
    # rounds before the last one adopted.
    adopted_as: list[tuple[int, dt.date | None]] = [(max(1, version - len(story.rounds) + 1), None)]

    def past(day: dt.date) -> Strategy:
        plan = as_of(now, day)
        if len(story.edits) >= 2 and day < story.edits[1]:
            plan = _lower_target(plan)
        if story.closed is not None and (len(story.edits) < 3 or day < story.edits[2]):
            plan = _with_channel(plan, story.closed)
        if len(story.rounds) >= 2 and day < last.advice:
            plan = _first_wording(plan)
        if day < last.adopted:
            number, reviewed = adopted_as[-1]
            plan = _meta(plan, revision=number, reviewed=reviewed)
        return grown(plan, story.growth, day)

    def save(day: dt.date, author: str, plan: Strategy) -> None:
        out.append(Save(len(out) + 1, day, author, attrs.evolve(plan, lifecycle=lifecycle)))

    save(story.first_draft, story.editor, past(story.first_draft))
    for n, rnd in enumerate(story.rounds):
        lifecycle = attrs.evolve(lifecycle, status=PlanStatus.IN_REVIEW)
        save(rnd.review, story.editor, past(rnd.review))
        advice = Advice(date=rnd.advice, summary=rnd.advice_summary)
        lifecycle = attrs.evolve(lifecycle, advice=advice)
        save(rnd.advice, story.editor, past(rnd.advice))
        adoption = Adoption(date=rnd.adopted, decision=rnd.decision, revision=len(out) + 1)
        lifecycle = attrs.evolve(lifecycle, status=PlanStatus.ADOPTED, adoption=adoption)
        adopted_as.append((max(1, version - len(story.rounds) + 1 + n), rnd.adopted))
        save(rnd.adopted, story.secretary, past(rnd.adopted))
        lifecycle = attrs.evolve(lifecycle, status=PlanStatus.DRAFT)
        if n == 0:
            for day in story.edits:
                save(day, story.editor, past(day))
    if story.current is not None:
        save(story.current, story.editor, now)
    if out[-1].plan != attrs.evolve(now, lifecycle=out[-1].plan.lifecycle):
        raise ValueError(f"{story.stem}: the example holds what came after its last save")
    return out


def write(story: Story, root: Path, history: Path) -> None:
    """Write *story*'s example file (its lifecycle) and history under *history*."""
    path = root / f"{story.stem}.toml"
    text = path.read_text(encoding="utf-8")
    loaded = loads(text)
    now = attrs.evolve(loaded, lifecycle=Lifecycle())
    every = saves(story, now)
    folder = history / story.stem
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for s in every:
        data = dumps_over(text, s.plan, loaded).encode("utf-8")
        if s is every[-1]:
            path.write_bytes(data)
        keep(folder, s.number, data, s.author, _on(s.day))


# --- the examples' stories ------------------------------------------------------------


def _x(name: str, notes: str, audience: str, goal: str) -> Channel:
    return Channel(
        id="x-account",
        kind=ChannelKind.X,
        name=name,
        purposes=(Purpose.PROFILING, Purpose.KNOWLEDGE),
        audiences=(audience,),
        goals=(goal,),
        owner="Communicatie",
        rhythm="Twee berichten per week",
        response_hours=24.0,
        notes=notes,
    )


def stories(root: Path) -> list[Story]:
    """The story of each example that has one."""

    def first(stem: str) -> tuple[str, str]:
        plan = loads((root / f"{stem}.toml").read_bytes())
        return plan.audiences[0].id, plan.goals[0].id

    d = dt.date
    amstelzicht = first("ziekenhuis-amstelzicht")
    linde = first("zorggroep-de-linde")
    baken = first("stichting-het-baken")
    kustland = first("ggz-kustland")
    return [
        Story(
            stem="ziekenhuis-amstelzicht",
            editor="Esther van Dijk",
            secretary="Marloes de Graaf",
            first_draft=d(2025, 9, 16),
            rounds=(
                Round(
                    review=d(2025, 10, 14),
                    advice=d(2025, 11, 4),
                    advice_summary=(
                        "Positief advies. De ondernemingsraad vraagt alle afdelingen vóór de"
                        " zomer van 2026 te scholen in de richtlijn en na een half jaar te"
                        " bekijken hoeveel moderatietijd de kanalen het team Communicatie"
                        " kosten."
                    ),
                    adopted=d(2025, 11, 18),
                    decision=(
                        "De raad van bestuur stelt de sociale-mediastrategie vast. Communicatie"
                        " & Marketing rapporteert elk kwartaal over de indicatoren; herziening"
                        " in het najaar van 2026."
                    ),
                ),
                Round(
                    review=d(2026, 9, 21),
                    advice=d(2026, 10, 6),
                    advice_summary=(
                        "Positief advies over de herziene strategie. De ondernemingsraad steunt"
                        " het samenvoegen van de Facebookpagina's en vraagt één regel van de"
                        " richtlijn duidelijker te formuleren; dat is in deze versie verwerkt."
                    ),
                    adopted=d(2026, 10, 14),
                    decision=(
                        "De raad van bestuur stelt de herziene strategie vast, met de hogere"
                        " streefwaarde en één Facebookpagina voor alle locaties. Volgende"
                        " herziening in april 2027."
                    ),
                ),
            ),
            edits=(d(2026, 2, 9), d(2026, 5, 11), d(2026, 7, 6)),
            closed=Channel(
                id="facebook-diemen",
                kind=ChannelKind.FACEBOOK,
                name="Ziekenhuis Amstelzicht locatie Diemen",
                purposes=(Purpose.PROFILING, Purpose.WEBCARE),
                audiences=(amstelzicht[0],),
                goals=(amstelzicht[1],),
                owner="Communicatie & Marketing",
                rhythm="Twee berichten per week over de poliklinieken in Diemen",
                response_hours=4.0,
                notes=(
                    "Samengevoegd met de hoofdpagina in juli 2026: twee pagina's vroegen"
                    " dubbele moderatie en patiënten wisten niet waar ze terechtkonden."
                ),
            ),
            current=d(2026, 11, 24),
            growth=Growth(
                scenarios={
                    "datalek-uitslagen": d(2025, 11, 18),
                    "viraal-wachttijd": d(2025, 11, 18),
                    "zorgkaart-review": d(2025, 11, 18),
                    "calamiteit-ok": d(2026, 2, 9),
                    "nepbericht": d(2026, 7, 6),
                },
                rules={
                    7: d(2026, 2, 9),
                    11: d(2026, 2, 9),
                    12: d(2025, 11, 18),
                    13: d(2026, 9, 21),
                    14: d(2026, 5, 11),
                },
                training={
                    "fg": d(2026, 2, 9),
                    "bestuurder-dienst": d(2026, 2, 9),
                    "medisch-specialist": d(2026, 2, 9),
                    "ambassadeur": d(2026, 2, 9),
                    "recruiter": d(2026, 5, 11),
                    "zorgmanager": d(2026, 7, 6),
                },
                researched={
                    "huisartsen": d(2025, 11, 18),
                    "inwoners": d(2026, 2, 9),
                    "medewerkers": d(2026, 5, 11),
                    "patienten": d(2026, 7, 6),
                },
                baselines={"verwijzers-informeren": d(2026, 2, 9), "herstel-thuis": d(2026, 2, 9)},
                crisis={
                    "stakeholders": d(2025, 11, 18),
                    "responses": d(2025, 11, 18),
                    "legal_clocks": d(2026, 2, 9),
                    "triage": d(2026, 2, 9),
                    "principles": d(2026, 5, 11),
                },
                scheduled=True,
            ),
        ),
        Story(
            stem="zorggroep-de-linde",
            editor="Sanne Bakker",
            secretary="Henk Visser",
            first_draft=d(2025, 9, 8),
            rounds=(
                Round(
                    review=d(2025, 10, 6),
                    advice=d(2025, 11, 11),
                    advice_summary=(
                        "Positief advies, op voorwaarde dat medewerkers van de huiskamers tijd"
                        " krijgen voor de training over beeldmateriaal van bewoners."
                    ),
                    adopted=d(2025, 11, 25),
                    decision=(
                        "De raad van bestuur stelt de strategie vast en vraagt na een jaar een"
                        " evaluatie met de cliëntenraad."
                    ),
                ),
                Round(
                    review=d(2026, 9, 1),
                    advice=d(2026, 9, 22),
                    advice_summary=(
                        "Positief advies. De ondernemingsraad vraagt één regel van de"
                        " richtlijn concreter te maken; dat is in deze versie verwerkt."
                    ),
                    adopted=d(2026, 9, 30),
                    decision=(
                        "De raad van bestuur stelt de herziene strategie vast, na de evaluatie"
                        " met de cliëntenraad. Het X-account is gesloten."
                    ),
                ),
            ),
            edits=(d(2026, 2, 16), d(2026, 4, 20), d(2026, 6, 15)),
            closed=_x(
                "@ZorggroepDeLinde",
                "Gesloten in juni 2026: familie en bewoners zitten er niet, en werving loopt"
                " via LinkedIn en de website.",
                *linde,
            ),
            current=d(2026, 11, 23),
            growth=Growth(
                scenarios={
                    "vermissing": d(2025, 11, 25),
                    "whatsapp-datalek": d(2026, 2, 16),
                    "zorgkaart-kritiek": d(2026, 4, 20),
                },
                rules={6: d(2025, 11, 25), 7: d(2025, 11, 25), 8: d(2026, 6, 15)},
                training={
                    "welzijnscoach": d(2025, 11, 25),
                    "wijkverpleegkundige": d(2026, 2, 16),
                    "vrijwilligerscoordinator": d(2026, 4, 20),
                },
                researched={
                    "potentiele-medewerkers": d(2026, 2, 16),
                    "familie": d(2026, 4, 20),
                    "medewerkers": d(2026, 4, 20),
                    "verwijzers": d(2026, 6, 15),
                },
                baselines={"werving-zorg": d(2025, 11, 25), "dagbesteding-vinden": d(2026, 2, 16)},
                crisis={
                    "legal_clocks": d(2025, 11, 25),
                    "principles": d(2026, 2, 16),
                    "triage": d(2026, 4, 20),
                },
                scheduled=True,
            ),
        ),
        Story(
            stem="stichting-het-baken",
            editor="Mirjam Hoekstra",
            secretary="Peter Smit",
            first_draft=d(2025, 4, 14),
            rounds=(
                Round(
                    review=d(2025, 5, 12),
                    advice=d(2025, 6, 3),
                    advice_summary=(
                        "Positief advies. De ondernemingsraad vraagt de begeleiders een vast"
                        " aanspreekpunt te geven voor vragen over WhatsApp met cliënten."
                    ),
                    adopted=d(2025, 6, 19),
                    decision=(
                        "De bestuurder stelt de strategie vast, na instemming van de"
                        " cliëntenraad met de afspraken over beeldmateriaal."
                    ),
                ),
                Round(
                    review=d(2026, 5, 11),
                    advice=d(2026, 6, 2),
                    advice_summary=(
                        "Positief advies over de herziening. De ondernemingsraad vraagt één"
                        " regel van de richtlijn in eenvoudiger taal; dat is in deze versie"
                        " verwerkt."
                    ),
                    adopted=d(2026, 6, 18),
                    decision=(
                        "De bestuurder stelt de herziene strategie vast. Volgende herziening"
                        " in juni 2027."
                    ),
                ),
            ),
            edits=(d(2025, 11, 10), d(2026, 1, 12), d(2026, 3, 9)),
            closed=_x(
                "@HetBaken",
                "Gesloten in maart 2026: ouders en verwanten volgen ons op Facebook, en het"
                " account kostte meer tijd dan het opleverde.",
                *baken,
            ),
            current=d(2026, 10, 6),
            growth=Growth(
                scenarios={
                    "lek-portaal": d(2025, 6, 19),
                    "begeleider-grens": d(2025, 11, 10),
                    "tiktok-viraal": d(2026, 1, 12),
                },
                rules={3: d(2025, 6, 19), 5: d(2025, 11, 10), 9: d(2026, 3, 9)},
                training={
                    "aandachtsfunctionaris": d(2025, 6, 19),
                    "comm-adviseur": d(2025, 11, 10),
                    "regiomanager": d(2026, 1, 12),
                    "gedragsdeskundige": d(2026, 3, 9),
                },
                researched={"clienten-emb": d(2025, 11, 10), "medewerkers": d(2026, 3, 9)},
                baselines={"werving": d(2025, 11, 10)},
                crisis={
                    "legal_clocks": d(2025, 6, 19),
                    "stakeholders": d(2025, 11, 10),
                    "principles": d(2026, 1, 12),
                },
                scheduled=True,
            ),
        ),
        Story(
            stem="ggz-kustland",
            editor="Ilse Mulder",
            secretary="Ruud Jansen",
            first_draft=d(2025, 9, 22),
            rounds=(
                Round(
                    review=d(2025, 10, 20),
                    advice=d(2025, 11, 18),
                    advice_summary=(
                        "Positief advies. De ondernemingsraad vraagt behandelaars niet te"
                        " verplichten tot beeldbellen en de moderatie buiten kantoortijd"
                        " goed te regelen."
                    ),
                    adopted=d(2025, 12, 2),
                    decision=(
                        "De raad van bestuur stelt de strategie vast; de regiebehandelaren"
                        " bespreken de richtlijn in hun teams vóór 1 maart 2026."
                    ),
                ),
                Round(
                    review=d(2026, 9, 28),
                    advice=d(2026, 10, 20),
                    advice_summary=(
                        "Positief advies. De ondernemingsraad vraagt één regel van de"
                        " richtlijn duidelijker te formuleren; dat is in deze versie verwerkt."
                    ),
                    adopted=d(2026, 11, 2),
                    decision=(
                        "De raad van bestuur stelt de herziene strategie vast, met de hogere"
                        " streefwaarde en zonder het X-account. Volgende herziening in mei"
                        " 2027."
                    ),
                ),
            ),
            edits=(d(2026, 2, 9), d(2026, 4, 13), d(2026, 6, 22)),
            closed=_x(
                "@GGZKustland",
                "Gesloten in juni 2026: de toon van de reacties paste niet bij een"
                " ggz-instelling, en verwijzers bereiken we via LinkedIn.",
                *kustland,
            ),
            current=d(2026, 11, 16),
            growth=Growth(
                scenarios={
                    "lek-beeldbellen": d(2025, 12, 2),
                    "beschermd-wonen-wijk": d(2026, 2, 9),
                    "zorgkaart-ggz": d(2026, 4, 13),
                    "herstelverhaal-spijt": d(2026, 6, 22),
                },
                rules={9: d(2025, 12, 2), 4: d(2026, 2, 9), 1: d(2026, 6, 22), 10: d(2026, 9, 28)},
                training={
                    "redacteur-online": d(2025, 12, 2),
                    "teamleider-communicatie": d(2025, 12, 2),
                    "ervaringsdeskundige": d(2026, 2, 9),
                    "spv": d(2026, 2, 9),
                    "manager-dienst": d(2026, 4, 13),
                    "veiligheidsadviseur": d(2026, 6, 22),
                    "fg": d(2026, 9, 28),
                },
                researched={
                    "verwijzers": d(2025, 12, 2),
                    "publiek": d(2026, 2, 9),
                    "clienten": d(2026, 6, 22),
                    "medewerkers": d(2026, 6, 22),
                },
                baselines={
                    "herstelverhalen": d(2025, 12, 2),
                    "passend-verwijzen": d(2026, 2, 9),
                    "werving-behandelaars": d(2026, 2, 9),
                },
                crisis={
                    "legal_clocks": d(2025, 12, 2),
                    "stakeholders": d(2025, 12, 2),
                    "triage": d(2026, 2, 9),
                    "responses": d(2026, 4, 13),
                },
                scheduled=True,
            ),
        ),
        Story(
            stem="jeugdzorg-op-koers",
            editor="Noor de Jong",
            secretary="Karin Willems",
            first_draft=d(2026, 1, 19),
            rounds=(
                Round(
                    review=d(2026, 2, 9),
                    advice=d(2026, 3, 3),
                    advice_summary=(
                        "Positief advies. De ondernemingsraad vraagt jeugdprofessionals te"
                        " scholen in het gebruik van WhatsApp voor werk vóór de zomer."
                    ),
                    adopted=d(2026, 3, 10),
                    decision=(
                        "De bestuurder stelt de strategie vast, na bespreking met de jongerenraad."
                    ),
                ),
            ),
        ),
        Story(
            stem="welzijn-oost",
            editor="Fatima el Amrani",
            secretary="Jeroen Postma",
            first_draft=d(2025, 2, 17),
            rounds=(
                Round(
                    review=d(2025, 3, 10),
                    advice=d(2025, 4, 1),
                    advice_summary=(
                        "Positief advies van de personeelsvertegenwoordiging, met de vraag"
                        " om vrijwilligers mee te nemen in de afspraken over foto's."
                    ),
                    adopted=d(2025, 4, 15),
                    decision="De directeur-bestuurder stelt de strategie vast.",
                ),
            ),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    if not args.check:
        for story in stories(ROOT):
            write(story, ROOT, ROOT / HISTORY)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for example in ROOT.glob("*.toml"):
            shutil.copyfile(example, copy / example.name)
        stale = []
        for story in stories(copy):
            write(story, copy, copy / HISTORY)
            kept = sorted((copy / HISTORY / story.stem).iterdir())
            for made in [copy / f"{story.stem}.toml", *kept]:
                there = ROOT / made.relative_to(copy)
                if not there.is_file() or there.read_bytes() != made.read_bytes():
                    stale.append(str(there.relative_to(ROOT.parent)))
        if stale:
            print("Out of date (run scripts/example_history.py):", *stale, sep="\n  ")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
