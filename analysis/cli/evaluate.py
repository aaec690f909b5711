"""`stancewatch eval`: the pipeline scored against hand annotations.
"""
from __future__ import annotations

import click

from .group import Failed, _describe, _registry, cli


@cli.command(name="eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold annotations (JSON).")
@click.option("--docs", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of the annotated documents.")
@click.pass_context
def eval_cmd(ctx, gold, docs):
    """Score the pipeline against hand annotations (the metrics of GUIDELINES.md)."""
    from ..evaluate import format_report, run_eval

    registry = _registry(ctx)
    try:
        result = run_eval(gold, docs, registry)
    except (FileNotFoundError, KeyError, ValueError) as e:
        raise Failed(f"cannot evaluate: {_describe(e)}") from e
    click.echo(format_report(result))
