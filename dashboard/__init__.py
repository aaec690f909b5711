"""The Stancewatch dashboard: ``create_app(db_url)`` makes a Dash app on a store.

It reads the store and never scores text (no import of analysis.score, pipeline or
attribute here). Every app has its own callbacks and Flask routes, so many apps can live
in one process (the tests make one per store).
"""
from .app import create_app

__all__ = ["create_app"]
