"""Strings of the readiness step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "readiness.example": Text(
        "**{n}. {question}** {answer}.  \n*Toelichting:* {explanation}  \n*Bewijs:* {evidence}",
        "**{n}. {question}** {answer}.  \n*Explanation:* {explanation}  \n*Evidence:* {evidence}",
    ),
    "readiness.summary": Text(
        "{answered} van de 9 vragen beantwoord: {counts}.",
        "{answered} of the 9 questions answered: {counts}.",
    ),
    "readiness.details": Text("Toelichting en bewijs", "Explanation and evidence"),
    "readiness.preview": Text("{explanation} · {evidence}", "{explanation} · {evidence}"),
    "readiness.preview.no_explanation": Text("Nog geen toelichting", "No explanation yet"),
    "readiness.preview.evidence": Text("bewijs vastgelegd", "evidence recorded"),
    "readiness.preview.no_evidence": Text("nog geen bewijs", "no evidence yet"),
    "readiness.explanation": Text("Toelichting", "Explanation"),
    "readiness.explanation.placeholder": Text(
        "Waarom is dit het antwoord? Wat gaat goed, wat ontbreekt nog?",
        "Why is this the answer? What goes well, what is still missing?",
    ),
    "readiness.evidence": Text("Bewijs: wie, wat, waar", "Evidence: who, what, where"),
    "readiness.evidence.placeholder": Text(
        "Bijvoorbeeld: besluit van {adopter} van 12 januari, verslag werkoverleg van maart",
        "For example: the decision of {adopter} of 12 January, team meeting minutes of March",
    ),
    "readiness.evidence.help": Text(
        "Noem het besluit, het document, het overleg of de cijfers die het antwoord laten"
        " zien, met wie het deed en waar het te vinden is. Een 'ja' zonder bewijs telt als"
        " 'deels'.",
        "Name the decision, document, meeting or figures that show the answer, who did it"
        " and where to find it. A 'yes' without evidence counts as 'partly'.",
    ),
}
