"""Pure functions that return Adaptive Card 1.5 dicts; no botbuilder here."""
