"""Strings of the goals step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "goals.example": Text(
        "**{title}**  \nDient: {processes}. Gemeten met: *{kpi}*, van {baseline} naar"
        " {target} vóór {deadline}.",
        "**{title}**  \nServes: {processes}. Measured by: *{kpi}*, from {baseline} to"
        " {target} by {deadline}.",
    ),
    "goals.overview": Text("De doelen", "The goals"),
    "goals.overview.serves": Text("dient {processes}", "serves {processes}"),
    "goals.overview.indicator": Text("1 indicator", "1 indicator"),
    "goals.overview.indicators": Text("{n} indicatoren", "{n} indicators"),
    "goals.overview.no_indicators": Text("nog geen indicator", "no indicator yet"),
    "goals.in_itself": Text(
        "dient geen primair proces: sociale media als doel op zich",
        "serves no primary process: social media as a goal in itself",
    ),
    "goals.in_itself.banner": Text(
        "**Sociale media als doel op zich.** Niet elk doel dient een primair proces ({n} van"
        " de {total}). Koppel elk doel aan het zorgproces dat het moet versterken, of schrap"
        " het.",
        "**Social media as a goal in itself.** Not every goal serves a primary process ({n}"
        " of {total}). Link every goal to the care process it must strengthen, or drop it.",
    ),
    "goals.edit": Text("Doel bewerken", "Edit a goal"),
    "goals.pick": Text("Kies een doel", "Choose a goal"),
    "goals.remove.refs": Text(
        "Kanalen of acties noemen dit doel ({n} keer). Verwijder je het doel, dan verdwijnt"
        " het daar ook.",
        "Channels or actions name this goal ({n} times). If you remove the goal, it"
        " disappears there too.",
    ),
    "goals.title": Text("Het doel in één zin", "The goal in one sentence"),
    "goals.title.placeholder": Text(
        "Bijvoorbeeld: familie weet wat hun naaste in de huiskamer beleeft",
        "For example: relatives know what their family member experiences in the living room",
    ),
    "goals.description": Text(
        "Wat verandert er precies, en voor wie?", "What exactly changes, and for whom?"
    ),
    "goals.description.help": Text(
        "Specifiek: beschrijf wat er anders is als het doel bereikt is, en hoe sociale media"
        " daaraan bijdragen.",
        "Specific: describe what is different once the goal is reached, and how social media"
        " contribute.",
    ),
    "goals.processes": Text("Dient deze processen", "Serves these processes"),
    "goals.processes.help": Text(
        "Primaire processen staan bovenaan: dat is de zorg zelf. Een doel dat alleen een"
        " ondersteunend proces dient (of geen enkel proces), maakt van sociale media een doel"
        " op zich.",
        "Primary processes come first: that is the care itself. A goal that only serves a"
        " supporting process (or none) makes social media a goal in itself.",
    ),
    "goals.processes.supporting": Text("{name} (ondersteunend)", "{name} (supporting)"),
    "goals.processes.none": Text(
        "Er zijn nog geen processen vastgelegd. Doe dat eerst bij de stap {step}.",
        "No processes are recorded yet. Do that first in the step {step}.",
    ),
    "goals.audiences": Text("Voor deze doelgroepen", "For these audiences"),
    "goals.audiences.none": Text(
        "Er zijn nog geen doelgroepen; die leg je vast bij de stap {step}.",
        "There are no audiences yet; you record them in the step {step}.",
    ),
    "goals.owner": Text("Eigenaar", "Owner"),
    "goals.owner.help": Text(
        "Wie is verantwoordelijk voor het doel en onderschrijft het (acceptabel)?",
        "Who is accountable for the goal and endorses it (acceptable)?",
    ),
    "goals.rationale": Text(
        "Waarom helpt dit het zorgproces?", "Why does this help the care process?"
    ),
    "goals.rationale.help": Text(
        "Onderbouw in een paar zinnen waarom het doel haalbaar is en het proces beter maakt"
        " (realistisch).",
        "Explain in a few sentences why the goal is feasible and makes the process better"
        " (realistic).",
    ),
    "goals.indicators": Text("Indicatoren", "Indicators"),
    "goals.indicators.help": Text(
        "Meetbaar en tijdgebonden: per indicator een nulmeting, een streefwaarde en een"
        " deadline. Voeg een regel toe onderaan de tabel.",
        "Measurable and time-bound: for each indicator a baseline, a target and a deadline."
        " Add a row at the bottom of the table.",
    ),
    "goals.col.kpi": Text("Indicator (KPI)", "Indicator (KPI)"),
    "goals.col.unit": Text("Eenheid", "Unit"),
    "goals.col.baseline": Text("Nulmeting", "Baseline"),
    "goals.col.target": Text("Streefwaarde", "Target"),
    "goals.col.deadline": Text("Deadline", "Deadline"),
    "goals.col.source": Text("Bron en wie meet", "Source and who measures"),
    "goals.measurements": Text("Metingen en voortgang", "Measurements and progress"),
    "goals.measurements.intro": Text(
        "Leg per indicator elke meting vast, bijvoorbeeld elk kwartaal. De grafiek zet de"
        " metingen af tegen de nulmeting, de streefwaarde en de deadline; vanaf drie metingen"
        " laat hij zien of de trend de streefwaarde op tijd haalt.",
        "Record every measurement of each indicator, for example every quarter. The chart"
        " sets the measurements against the baseline, the target and the deadline; from"
        " three measurements on it shows whether the trend reaches the target in time.",
    ),
    "goals.measurements.of": Text("Metingen: {kpi}", "Measurements: {kpi}"),
    "goals.measurements.unnamed": Text("indicator {n}", "indicator {n}"),
    "goals.measurements.help": Text(
        "Eén regel per meting: de datum (bijvoorbeeld het einde van het kwartaal) en de"
        " gemeten waarde in de eenheid van de indicator. Een bron alleen als die afwijkt van"
        " de bron van de indicator.",
        "One row per measurement: the date (for example the end of the quarter) and the"
        " value measured, in the indicator's unit. A source only where it differs from the"
        " indicator's.",
    ),
    "goals.measurements.chart": Text("Voortgang", "Progress"),
    "goals.col.date": Text("Datum", "Date"),
    "goals.col.value": Text("Waarde", "Value"),
    "goals.col.measured_by": Text("Bron (als die afwijkt)", "Source (if different)"),
    "goals.col.note": Text("Toelichting", "Note"),
}
