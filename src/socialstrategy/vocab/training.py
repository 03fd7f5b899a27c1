"""The two training needs the book distinguishes."""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class Skill(Term):
    DIGITAL_SKILLS = (
        "digital_skills",
        "Digivaardig: de media goed kunnen gebruiken",
        "Digital skills: using the media well",
    )
    MEDIA_LITERACY = (
        "media_literacy",
        "Mediawijs: cliënten en collega's kunnen adviseren",
        "Media literacy: advising clients and colleagues",
    )
