"""Guidelines: the employee guideline, its governance and consent, and media guidance.

Sources: the recurring topics of care guidelines (DOMAIN.md guidelines #1-#15: KNMG,
V&VN, NHS Employers, Mayo Clinic, Dutch hospital and youth-care house rules), in
particular consent for images (#3), reporting (#9), client contact over WhatsApp or DM
(#14) and governance by the board after the works council's advice (#15); for media
guidance of clients the Q&A's check question 2 (seed 000), the VGN/NJi figure that most
institutions have no policy for it, and Leukeronline's advice to put media use into the
risk inventory and the care plan with one *kartrekker* (DOMAIN.md).
"""

# The order registers the rules, and is their order in docs/rules.md.
# isort: off
from socialstrategy.scoring.rules.guidelines import topics
from socialstrategy.scoring.rules.guidelines import guideline
from socialstrategy.scoring.rules.guidelines import images
from socialstrategy.scoring.rules.guidelines import contacts
from socialstrategy.scoring.rules.guidelines import media_guidance
# isort: on

__all__ = ["contacts", "guideline", "images", "media_guidance", "topics"]
