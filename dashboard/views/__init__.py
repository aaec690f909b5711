"""One module per view: its layout, its callbacks (bound by ``register_callbacks(app,
engine)``, called by the app factory) and its small helpers."""
