"""Strings of the training step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "training.example": Text(
        "- **{role}** ({skills}): {need} *Hoe:* {format}.",
        "- **{role}** ({skills}): {need} *How:* {format}.",
    ),
    "training.no_roles": Text(
        "Er zijn nog geen rollen vastgelegd. Scholing leg je per rol vast: leg de rollen"
        " eerst vast bij de organisatie.",
        "No roles have been recorded yet. Training is recorded per role: record the roles"
        " first with the organisation.",
    ),
    "training.to_roles": Text("Naar de rollen", "Go to the roles"),
    "training.needs": Text("Scholing per rol", "Training per role"),
    "training.intro": Text(
        "De handreiking onderscheidt twee dingen die medewerkers moeten kunnen. **{digital}.**"
        " **{media}.** Kies per rol wat nodig is, wat ze precies moeten leren, hoe, en"
        " wanneer het af is. Begin bij de rollen uit het crisisplan en de richtlijn.",
        "The guidance distinguishes two things staff must be able to do. **{digital}.**"
        " **{media}.** Choose per role what is needed, what exactly they must learn, how,"
        " and when it is done. Start with the roles in the crisis plan and the guideline.",
    ),
    "training.col.role": Text("Rol", "Role"),
    "training.col.digital": Text("Digivaardig", "Digital skills"),
    "training.col.media": Text("Mediawijs", "Media literacy"),
    "training.col.need": Text("Wat moeten ze leren?", "What must they learn?"),
    "training.col.need.help": Text(
        "Zo concreet mogelijk, bijvoorbeeld: vriendschapsverzoeken van cliënten afwijzen,"
        " toestemming voor beeld vastleggen, cliënten wijzen op online risico's.",
        "As concrete as possible, e.g. declining friend requests from clients, recording"
        " consent for images, pointing clients to online risks.",
    ),
    "training.col.format": Text("Hoe", "How"),
    "training.col.format.help": Text(
        "E-learning, workshop, intervisie, casuskaarten in het teamoverleg…",
        "E-learning, workshop, peer review, case cards in the team meeting…",
    ),
    "training.col.due": Text("Af op", "Done by"),
    "training.col.due.help": Text(
        "Wanneer de scholing gevolgd is.", "When the training has been completed."
    ),
}
