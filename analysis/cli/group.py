"""The `stancewatch` group: its error and exit-status policy (:class:`StancewatchGroup`), its
global options (--db, --actors, --debug) and the helpers every command shares (opening
the store, reading the registry, one-line errors).

The command modules register on :data:`cli` with ``@cli.command()``; :mod:`analysis.cli`
imports them all.
"""
from __future__ import annotations

import contextvars
import os
import sys
import traceback

import click


_debug: contextvars.ContextVar[bool] = contextvars.ContextVar("stancewatch_debug", default=False)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _err(message: str) -> None:
    click.echo(f"stancewatch: {_one_line(message)}", err=True)


class Failed(click.ClickException):
    """A failed run: exit status 1, one line."""

    exit_code = 1

    def show(self, file=None):
        _err(f"error: {self.message}")


class StancewatchGroup(click.Group):
    """A click group whose errors are one line and whose exit codes are 0/1/2."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        token = _debug.set(False)
        try:
            code = self._run(args, prog_name, complete_var, **extra)
        finally:
            _debug.reset(token)
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, args, prog_name, complete_var, **extra) -> int:
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as e:  # bare `stancewatch`: the help
            e.show()
            return e.exit_code
        except click.UsageError as e:  # exit 2, one line with a pointer to --help
            hint = f" (see '{e.ctx.command_path} --help')" if e.ctx is not None else ""
            _err(f"error: {e.format_message()}{hint}")
            return e.exit_code
        except click.ClickException as e:
            if _debug.get() and e.__cause__ is not None:
                traceback.print_exc()
            e.show()
            return e.exit_code
        except click.exceptions.Abort:
            _err("aborted")
            return 1
        except BrokenPipeError:  # `stancewatch export statements | head`
            _quiet_stdout()
            return 1
        except Exception as e:  # noqa: BLE001 -- one readable line; the traceback only with --debug
            if _debug.get():
                traceback.print_exc()
            _err(f"error: {_describe(e)}")
            return 1
        return rv if isinstance(rv, int) and not isinstance(rv, bool) else 0


def _describe(e: BaseException) -> str:
    from ..store import describe_error
    return describe_error(e)


class NoStoreError(click.ClickException):
    """The store named does not exist: bad usage, exit status 2, one line."""

    exit_code = 2

    def show(self, file=None):
        _err(f"error: {self.message}")


def _open(ctx: click.Context, db: str | None, **kw):
    """An engine on the existing store of `--db` (or the default); exit 2 when there is none."""
    from .. import store

    try:
        return store.open_store(_db(ctx, db), **kw)
    except store.NoStore as e:
        raise NoStoreError(str(e)) from e


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _db_option(f):
    return click.option("--db", "db", default=None, metavar="URL",
                        help="Store URL (default: $STANCEWATCH_DB or sqlite:///./data/stancewatch.db).")(f)


def _db(ctx: click.Context, db: str | None) -> str:
    from ..noop import default_url
    return db or ctx.obj.get("db") or default_url()


def _registry(ctx: click.Context):
    from ..actors import load_registry

    try:
        return load_registry(ctx.obj.get("actors", ()))
    except ValueError as e:
        raise Failed(str(e)) from e


@click.group(cls=StancewatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@_db_option
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Your own actor file(s), extending the shipped registry (also $STANCEWATCH_ACTORS). Repeatable.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, actors: tuple[str, ...], debug: bool) -> None:
    """Stance and sentiment of diplomatic coverage: who said what, how, toward whom."""
    _debug.set(debug)
    ctx.ensure_object(dict)
    ctx.obj.update(db=db, actors=actors, debug=debug)
