"""Charts shared by the actor views: measures over time (tone, escalation, volume) with
gaps left open, intervals, partly dated documents as periods and thin means greyed."""
from __future__ import annotations

import pandas as pd

from .. import components as ui

MEASURES = (("escalation", "mean escalation"), ("tone", "mean tone"), ("statements", "statements"))
STEP = {"day": pd.Timedelta(days=1), "week": pd.Timedelta(days=7), "month": pd.Timedelta(days=31)}


def _num(v):
    """None for a missing number (None or NaN), else the number."""
    return None if v is None or v != v else v


def _with_gaps(pts: list[dict], freq: str) -> list[dict]:
    """`pts` (one line's rows, by period) with an empty row wherever more than one period
    is missing, so the line is broken there instead of joining 2014 to 2022."""
    step = STEP.get(freq, STEP["month"]) * 1.5
    out, prev = [], None
    for p in pts:
        t = pd.Timestamp(p["period"])
        if prev is not None and t - prev > step:
            out.append({"period": (t - pd.Timedelta(days=1)).strftime("%Y-%m-%d"), "_blank": True})
        out.append(p)
        prev = t
    return out


def series_figure(df: pd.DataFrame, key: str, freq: str, min_n: int, title: str) -> dict:
    """Three stacked panels sharing the time axis: mean escalation and mean tone (each
    point with its 95 % interval; hollow grey when fewer than `min_n` scored statements)
    and statements per period; one colour per line (`key`: actor or direction).
    Documents dated only to a year or month are drawn as a bar across that period."""
    if df.empty:
        return ui.no_data_figure(title)
    data = []
    axes = {"escalation": ("x", "y"), "tone": ("x", "y2"), "statements": ("x", "y3")}
    lines: dict = {}
    for r in df.to_dict("records"):  # plain rows: a few thousand cost pandas far more (bench/callbacks.py)
        lines.setdefault(r[key], []).append(r)
    for i, (name, part) in enumerate(lines.items()):
        colour = ui.PALETTE[i % len(ui.PALETTE)]
        whole = _with_gaps(sorted((r for r in part if not r["partial"]), key=lambda r: r["period"]), freq)
        spans = [r for r in part if r["partial"]]
        periods = [r["period"] for r in whole]
        for m, label in MEASURES:
            xa, ya = axes[m]
            if not whole:
                pass
            elif m == "statements":
                data.append({"type": "bar", "x": periods, "y": [r.get("statements") for r in whole],
                             "name": name, "legendgroup": name, "showlegend": False, "marker": {"color": colour},
                             "xaxis": xa, "yaxis": ya, "customdata": [[name, p] for p in periods],
                             "hovertemplate": f"{name}<br>%{{x}}<br>%{{y}} statements<extra></extra>"})
            else:
                thin = [bool(r.get("_blank")) or (_num(r.get("scored")) is not None and r["scored"] < min_n)
                        for r in whole]
                has_ci = f"{m}_ci95" in df.columns
                data.append({
                    "type": "scatter", "mode": "lines+markers", "name": name, "legendgroup": name,
                    "showlegend": m == "escalation", "x": periods, "y": [_num(r.get(m)) for r in whole],
                    "connectgaps": False, "line": {"color": colour, "width": 1.5},
                    "marker": {"color": [ui.GREY if t else colour for t in thin], "size": 7,
                               "symbol": ["circle-open" if t else "circle" for t in thin]},
                    "xaxis": xa, "yaxis": ya,
                    "customdata": [[name, r["period"], r.get("scored")] for r in whole],
                    "hovertemplate": f"{name}<br>%{{x}}<br>{label} %{{y:.3f}}"
                                     + (" ± %{error_y.array:.3f}" if has_ci else "")
                                     + "<br>%{customdata[2]} scored statements<extra></extra>"})
                if has_ci:
                    data[-1]["error_y"] = {"type": "data", "array": [_num(r.get(f"{m}_ci95")) for r in whole],
                                           "color": colour, "thickness": 1, "width": 0}
            for r in spans:  # a year- or month-dated document: a bar across its period
                v = _num(r[m])
                if v is None:
                    continue
                data.append({"type": "scatter", "mode": "lines", "x": [r["period"], r["period_end"]], "y": [v, v],
                             "name": name, "legendgroup": name, "showlegend": False,
                             "line": {"color": colour, "width": 5, "dash": "dot"}, "opacity": 0.7,
                             "xaxis": xa, "yaxis": ya, "customdata": [[name, r["period"], r["scored"], r["period_end"]]] * 2,
                             "hovertemplate": f"{name}<br>dated only to {r['period'][:4] if r['period_end'][5:] == '12-31' else r['period'][:7]}"
                                              f"<br>{label} {v:.3f}{ui.pm(r.get(f'{m}_ci95'))}<br>{r['statements']} statements"
                                              "<extra></extra>"})
    # the legend in rows above the plot, the title above the legend (margins from the names: no automargin)
    top = 50 + 22 * ui.legend_rows(lines)
    layout = {"title": {"text": title, "y": 1, "yanchor": "top", "yref": "container", "pad": {"t": 8}},
              "height": 520 + top, "barmode": "group",
              # (yaxis2/yaxis3 are not in the template's "yaxis": given its grid and zero line here)
              "xaxis": {"anchor": "y3", "type": "date"},
              "yaxis": {"domain": [0.58, 1.0], "title": {"text": "escalation"}, "range": [-1.05, 1.05]},
              "yaxis2": {"domain": [0.26, 0.54], "title": {"text": "tone"}, "range": [-1.05, 1.05], **ui.AXIS},
              "yaxis3": {"domain": [0.0, 0.2], "title": {"text": "statements"}, "rangemode": "tozero",  # from 0
                         **ui.AXIS},
              "legend": {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
              "margin": {"l": 60, "r": 20, "t": top, "b": 40}}
    return ui.styled({"data": data, "layout": layout})


SERIES_EXPLAIN = ("Per period: mean escalation and mean tone of the statements (each point ± its 95 % interval; a "
                  "hollow grey point rests on fewer scored statements than the minimum), and how many statements "
                  "there are. Lines break where periods have no statements. A document dated only to a year or a "
                  "month is a dotted bar across that year or month, not a point on its first day.")
