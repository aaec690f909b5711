"""`python -m analysis.cli`: the same as the `stancewatch` command."""
from . import run

run()
