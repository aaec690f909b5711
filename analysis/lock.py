"""The store's named locks now live in :mod:`analysis.store.lock`; this name stays for
the code and scripts that import ``analysis.lock``."""
from .store.lock import Lock, acquire, sqlite_file, try_acquire  # noqa: F401
