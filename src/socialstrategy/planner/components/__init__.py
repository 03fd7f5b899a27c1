"""Parts of planner pages made of several widgets, shared by the steps that need them."""
