"""Composition root: the aiohttp app, configuration, and all that knows botbuilder's adapter."""
