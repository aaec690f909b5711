"""gunicorn entry: ``STANCEWATCH_DB=URL gunicorn dashboard.wsgi:server`` (the store of
STANCEWATCH_DB, or ./data/stancewatch.db; basic auth from STANCEWATCH_USER/PASSWORD)."""
from analysis.store import default_url

from . import create_app

app = create_app(default_url())
server = app.server
