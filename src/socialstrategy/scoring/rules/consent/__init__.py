"""The consent register: every image of a client shown with valid, complete consent.

Sources: DOMAIN.md guidelines #3 (KNMG, V&VN: recorded consent per purpose; parents for
children under 16; the legal representative where there is one), the AVG (art. 7: consent
can be withdrawn at any time; art. 8 and UAVG art. 5: under 16 the holder of parental
responsibility consents) and the Autoriteit Persoonsgegevens on photos of clients
(consent per purpose and channel; when it ends, the images come down).
"""

# The order registers the rules, and is their order in docs/rules.md.
# isort: off
from socialstrategy.scoring.rules.consent import signatures
from socialstrategy.scoring.rules.consent import records

# isort: on
from socialstrategy.scoring.rules.consent._common import is_internal, looks_like_a_name

__all__ = ["is_internal", "looks_like_a_name", "records", "signatures"]
