"""The planner's entry point: ``streamlit run app.py`` (or ``make planner``)."""

from socialstrategy.planner.app import run

run()
