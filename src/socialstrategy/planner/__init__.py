"""The Streamlit planner: the only part of the library that imports Streamlit."""
