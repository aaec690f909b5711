"""Alembic environment of the store. Run by :func:`analysis.store.migrate`, which passes
the connection to migrate in ``config.attributes["connection"]`` (inside its transaction);
``alembic -x url=…`` style use without one connects to ``sqlalchemy.url``."""
from alembic import context
from sqlalchemy import create_engine

from analysis.store import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is not None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:  # pragma: no cover - the store always hands over its connection
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
