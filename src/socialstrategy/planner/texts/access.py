"""Strings of organisations and roles: the page "Toegang en rollen", a reader's notice,
the page of a person who is no member of any organisation, and choosing an organisation."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    # Signed in, but no member of any organisation.
    "access.none.heading": Text("Nog geen toegang", "No access yet"),
    "access.none.body": Text(
        "Je bent ingelogd als **{email}**, maar je hebt nog geen toegang tot de plannen"
        " van een organisatie. Vraag de beheerder van de planner in je organisatie om je"
        " toe te voegen, als bewerker, meelezer of lezer.",
        "You are signed in as **{email}**, but you have no access to an organisation's"
        " plans yet. Ask whoever manages the planner in your organisation to add you, as"
        " an editor, reviewer or viewer.",
    ),
    # Signed in, but the identity provider says the e-mail address is not confirmed:
    # access goes by e-mail address, so it is not given on an address anyone could type.
    "access.unverified.body": Text(
        "Je bent ingelogd als **{email}**, maar je identiteitsprovider meldt dat dit"
        " e-mailadres niet bevestigd is. Toegang tot plannen gaat op e-mailadres: bevestig"
        " het eerst bij je account, log uit en log opnieuw in.",
        "You are signed in as **{email}**, but your identity provider says this address"
        " is not confirmed. Access to plans goes by e-mail address: confirm it in your"
        " account first, then sign out and in again.",
    ),
    # Above every step of a plan the person may only read.
    "access.read_only": Text(
        "Je bent **{role}** van dit plan: je kunt het lezen en downloaden, maar niet"
        " wijzigen. Wil je meewerken? Vraag de beheerder van je organisatie om de rol"
        " bewerker.",
        "You are a **{role}** of this plan: you can read and download it, not change it."
        " Want to work on it? Ask your organisation's admin for the editor role.",
    ),
    # Start: where a new plan goes, and a reader who cannot start one.
    "access.new_in": Text("Nieuw plan voor", "New plan for"),
    "access.new_in.help": Text(
        "Je werkt voor meer dan één organisatie: kies bij welke het nieuwe plan hoort.",
        "You work for more than one organisation: choose which one the new plan belongs to.",
    ),
    "access.cannot_create": Text(
        "Je kunt de plannen van je organisatie lezen; een nieuw plan beginnen kan een bewerker.",
        "You can read your organisation's plans; an editor can start a new plan.",
    ),
    # The page "Toegang en rollen" (organisation admins only).
    "access.title": Text("Toegang en rollen", "Access and roles"),
    "access.intro": Text(
        "Wie de plannen van **{organisation}** mag lezen en wijzigen. Elke wijziging"
        " wordt vastgelegd: wie, wanneer en wat.",
        "Who may read and change the plans of **{organisation}**. Every change is"
        " recorded: who, when and what.",
    ),
    "access.organisation": Text("Organisatie", "Organisation"),
    "access.roles": Text("Wat mag elke rol?", "What may each role do?"),
    "access.admin.explained": Text(
        "beheert wie toegang heeft (naast een van de rollen hierboven)",
        "manages who has access (besides one of the roles above)",
    ),
    "access.admin": Text("beheerder", "admin"),
    "access.members": Text("Wie heeft toegang", "Who has access"),
    "access.column.email": Text("E-mailadres", "E-mail address"),
    "access.column.role": Text("Rol", "Role"),
    "access.column.admin": Text("Beheerder", "Admin"),
    "access.no_members": Text("Nog niemand.", "Nobody yet."),
    "access.add": Text("Iemand toegang geven", "Give someone access"),
    "access.email": Text("E-mailadres", "E-mail address"),
    "access.email.help": Text(
        "Het adres waarmee die persoon inlogt (het werkaccount).",
        "The address the person signs in with (their work account).",
    ),
    "access.role": Text("Rol", "Role"),
    "access.make_admin": Text(
        "Ook beheerder: mag zelf toegang geven en rollen wijzigen",
        "Also admin: may give access and change roles",
    ),
    "access.add.button": Text("Toegang geven", "Give access"),
    "access.change": Text("Rol wijzigen of toegang intrekken", "Change a role or end access"),
    "access.person": Text("Persoon", "Person"),
    "access.change.button": Text("Wijziging opslaan", "Save the change"),
    "access.remove": Text("Toegang intrekken", "End access"),
    "access.remove.confirm": Text(
        "**{email}** kan de plannen van deze organisatie daarna niet meer openen.",
        "**{email}** can no longer open this organisation's plans afterwards.",
    ),
    "access.remove.yes": Text("Ja, toegang intrekken", "Yes, end access"),
    "access.done.granted": Text(
        "{email} is nu {role} bij {organisation}.", "{email} is now {role} at {organisation}."
    ),
    "access.done.removed": Text(
        "{email} heeft geen toegang meer tot {organisation}.",
        "{email} no longer has access to {organisation}.",
    ),
    "access.last_admin": Text(
        "Er moet minstens één beheerder blijven. Maak eerst iemand anders beheerder.",
        "At least one admin must remain. Make someone else admin first.",
    ),
    "access.history": Text("Laatste wijzigingen", "Latest changes"),
    "access.column.when": Text("Wanneer", "When"),
    "access.column.who": Text("Door", "By"),
    "access.column.what": Text("Wat", "What"),
    "access.column.about": Text("Over", "About"),
    "access.action.plan-created": Text("plan gemaakt", "plan created"),
    "access.action.plan-saved": Text("plan opgeslagen", "plan saved"),
    "access.action.plan-deleted": Text("plan verwijderd", "plan deleted"),
    "access.action.plan-adopted": Text(
        "plan bij de organisatie gebracht", "plan given to the organisation"
    ),
    "access.action.organisation-added": Text("organisatie toegevoegd", "organisation added"),
    "access.action.member-granted": Text("toegang gegeven", "access given"),
    "access.action.member-changed": Text("rol gewijzigd", "role changed"),
    "access.action.member-revoked": Text("toegang ingetrokken", "access ended"),
}
