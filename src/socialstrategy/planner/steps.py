"""The planner's steps, in the order a manager thinks: the action plan comes last."""

from __future__ import annotations

from typing import Final

import attrs

from socialstrategy.i18n import Text
from socialstrategy.scoring import Area


@attrs.frozen
class Step:
    key: str
    title: Text
    why: Text
    #: The scoring area whose completion this step shows (None: start and review).
    area: Area | None
    icon: str

    @property
    def file(self) -> str:
        return f"{self.key}.py"


STEPS: Final[tuple[Step, ...]] = (
    Step(
        "start",
        Text("Start", "Start"),
        Text(
            "Begin met een voorbeeld, een eigen bestand, een sector of de lege startversie. Je werk"
            " wordt bij elke wijziging bewaard.",
            "Start from an example, your own file, a sector or the blank starting version."
            " Your work is saved with every change.",
        ),
        None,
        ":material/home:",
    ),
    Step(
        "organisation",
        Text("Organisatie en processen", "Organisation and processes"),
        Text(
            "Sociale media zijn geen doel op zich: ze moeten de primaire processen van de"
            " organisatie dienen, zoals intake, wonen, behandeling of nazorg. Leg die processen"
            " daarom eerst vast.",
            "Social media are never a goal in themselves: they must serve the organisation's"
            " primary processes, such as intake, living, treatment or aftercare. So record"
            " those processes first.",
        ),
        Area.PROFILE,
        ":material/apartment:",
    ),
    Step(
        "readiness",
        Text("Checkvragen", "Check questions"),
        Text(
            "Negen checkvragen laten zien waar de organisatie staat: weten we wat cliënten"
            " online doen, is er een visie op mediabegeleiding, weten we wat te doen bij een"
            " incident? Een 'ja' telt pas met bewijs: wie, wat, waar.",
            "Nine check questions show where the organisation stands: do we know what clients"
            " do online, is there a vision on media guidance, do we know what to do in an"
            " incident? A 'yes' only counts with evidence: who, what, where.",
        ),
        Area.READINESS,
        ":material/checklist:",
    ),
    Step(
        "goals",
        Text("Doelen", "Goals"),
        Text(
            "Elk doel hoort bij een primair proces en is SMART: met een indicator, een"
            " nulmeting, een streefwaarde en een deadline. Een doel zonder proces maakt van"
            " sociale media een doel op zich.",
            "Every goal belongs to a primary process and is SMART: with an indicator, a"
            " baseline, a target and a deadline. A goal without a process makes social media"
            " a goal in itself.",
        ),
        Area.GOALS,
        ":material/flag:",
    ),
    Step(
        "audiences",
        Text("Doelgroepen", "Audiences"),
        Text(
            "Cliënten, verwanten en medewerkers zijn er altijd; verwijzers, financiers en pers"
            " vaak ook. Weet wat zij online doen en wat zij van je nodig hebben, en hoe je dat"
            " weet.",
            "Clients, relatives and employees are always there; referrers, funders and the"
            " press often too. Know what they do online and what they need from you, and how"
            " you know.",
        ),
        Area.AUDIENCES,
        ":material/groups:",
    ),
    Step(
        "channels",
        Text("Kanalen", "Channels"),
        Text(
            "Kies per doelgroep en doel een kanaal, met een eigenaar, een ritme en een"
            " reactietijd die de bezettingstijden waar kunnen maken; 's avonds en in het"
            " weekend blijven berichten vaak liggen.",
            "Choose a channel per audience and goal, with an owner, a rhythm and a response"
            " time the moderation hours can keep; in the evening and at weekends messages are"
            " often left waiting.",
        ),
        Area.CHANNELS,
        ":material/forum:",
    ),
    Step(
        "guidelines",
        Text("Richtlijn en mediabegeleiding", "Guideline and media guidance"),
        Text(
            "Medewerkers hebben duidelijke afspraken nodig over beroepsgeheim, toestemming"
            " voor beeld, privé en zakelijk, contact met cliënten en melden. Cliënten hebben"
            " begeleiding nodig bij hun eigen mediagebruik.",
            "Employees need clear agreements on professional secrecy, consent for images,"
            " private and professional accounts, contact with clients and reporting. Clients"
            " need guidance in their own media use.",
        ),
        Area.GUIDELINES,
        ":material/gavel:",
    ),
    Step(
        "crisis",
        Text("Crisis- en incidentenplan", "Crisis and incident plan"),
        Text(
            "Weet vooraf wat een incident, een calamiteit en een crisis is, wie je belt, wat"
            " je als eerste zegt en welke wettelijke termijnen lopen, zoals een datalek binnen"
            " 72 uur bij de Autoriteit Persoonsgegevens.",
            "Know in advance what an incident, a calamity and a crisis are, whom to call, what"
            " to say first and which legal clocks run, such as a data leak reported to the"
            " Data Protection Authority within 72 hours.",
        ),
        Area.CRISIS,
        ":material/emergency:",
    ),
    Step(
        "engagement",
        Text("Bespreekbaar maken", "Making it discussable"),
        Text(
            "Maak mediagebruik bespreekbaar met medewerkers, {clients} en verwanten: een"
            " kick-off, stellingen, kletskaarten, een gesprek met {client_voice}. Structureel,"
            " niet als eenmalig project.",
            "Make media use discussable with staff, {clients} and relatives: a kick-off,"
            " statements, conversation cards, a session with {client_voice}. Structurally,"
            " not as a one-off project.",
        ),
        Area.ENGAGEMENT,
        ":material/record_voice_over:",
    ),
    Step(
        "training",
        Text("Scholing", "Training"),
        Text(
            "Medewerkers moeten sociale media goed kunnen gebruiken (digivaardig) én cliënten"
            " en collega's kunnen adviseren (mediawijs). Leg per rol vast wat nodig is.",
            "Staff must be able to use social media well (digital skills) and advise clients"
            " and colleagues (media literacy). Record per role what is needed.",
        ),
        Area.TRAINING,
        ":material/school:",
    ),
    Step(
        "actions",
        Text("Actieplan", "Action plan"),
        Text(
            "Eerst denken, dan doen: het actieplan komt als laatste. Elke actie dient een doel"
            " of voert een onderdeel van de strategie in, en heeft een eigenaar en een"
            " deadline.",
            "Think first, then act: the action plan comes last. Every action serves a goal or"
            " puts a part of the strategy into practice, and has an owner and a due date.",
        ),
        Area.ACTIONS,
        ":material/event_available:",
    ),
    Step(
        "review",
        Text("Overzicht en export", "Review and export"),
        Text(
            "Bekijk de strategie als geheel, zie wat nog ontbreekt en neem het plan mee.",
            "See the strategy as a whole, see what is still missing and take the plan with you.",
        ),
        None,
        ":material/summarize:",
    ),
)
BY_KEY: Final = {step.key: step for step in STEPS}
BY_AREA: Final = {step.area: step for step in STEPS if step.area is not None}


def step_of(path: str) -> Step:
    """The step where the field at *path* is edited."""
    # Acceptances are findings decided on: they are kept where the findings are read.
    if path == "meta.accepted" or path.startswith(("meta.accepted[", "meta.accepted.")):
        return BY_KEY["review"]
    head = path.split(".", 1)[0].split("[", 1)[0]
    aliases = {"meta": "organisation", "media_guidance": "guidelines", "consents": "guidelines"}
    return BY_KEY.get(aliases.get(head, head), BY_KEY["review"])
