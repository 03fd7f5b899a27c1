"""The planner's entry script inside the package (``socialstrategy planner`` runs it)."""

from socialstrategy.planner.app import run

run()
