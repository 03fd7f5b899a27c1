"""Strings of a scenario's drill, shown on the crisis step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "drills.title": Text("Oefenen", "Drilling"),
    "drills.intro": Text(
        "Oefen dit scenario eens per jaar als table-top oefening: de oefenleider speelt met"
        " drie injects op de klok een situatie van dit soort na, het team beantwoordt de"
        " vragen met het plan op tafel. De oefenkaart heeft alles erop, met wat ons plan zegt"
        " op de achterkant.",
        "Drill this scenario once a year as a table-top exercise: the exercise leader plays"
        " out a situation of this kind in three injects against the clock, the team answers"
        " the questions with the plan on the table. The drill card has it all, with what our"
        " plan says on the back.",
    ),
    "drills.last": Text("Laatst geoefend", "Last drilled"),
    "drills.last.help": Text(
        "De dag van de laatste oefening van dit scenario. Na een jaar vraagt de score om een"
        " nieuwe oefening.",
        "The day this scenario was last drilled. After a year the score asks for a new drill.",
    ),
    "drills.download": Text("Oefenkaart downloaden (PDF)", "Download the drill card (PDF)"),
    "drills.download.help": Text(
        "Eén A4, dubbelzijdig: voorop de oefening met de timer, achterop wat ons plan zegt"
        " en de evaluatie.",
        "One A4 sheet, two-sided: the exercise and the timer on the front, what our plan"
        " says and the evaluation on the back.",
    ),
    "drills.exercise": Text(
        "De oefening: drie injects en de vragen", "The exercise: three injects and the questions"
    ),
    "drills.inject": Text("Inject {n} · {clock}", "Inject {n} · {clock}"),
}
