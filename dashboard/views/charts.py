"""Charts shared by the actor views: measures over time (tone, escalation, volume) with
gaps left open, intervals, partly dated documents as periods and thin means greyed."""
from __future__ import annotations

import pandas as pd

from .. import components as ui

MEASURES = (("escalation", "mean escalation"), ("tone", "mean tone"), ("statements", "statements"))
STEP = {"day": pd.Timedelta(days=1), "week": pd.Timedelta(days=7), "month": pd.Timedelta(days=31)}


def _with_gaps(part: pd.DataFrame, freq: str) -> pd.DataFrame:
    """`part` (one line's rows, by period) with an empty row wherever more than one period
    is missing, so the line is broken there instead of joining 2014 to 2022."""
    if len(part) < 2:
        return part
    t = pd.to_datetime(part["period"])
    gap = t.diff() > STEP.get(freq, STEP["month"]) * 1.5
    if not gap.any():
        return part
    blanks = part[gap].copy()
    blanks["period"] = (t[gap] - pd.Timedelta(days=1)).dt.strftime("%Y-%m-%d")
    for c in blanks.columns:
        if c not in ("period", "actor", "direction", "partial"):
            blanks[c] = None
    blanks["_blank"] = True
    return pd.concat([part.assign(_blank=False), blanks]).sort_values("period", kind="stable")


def series_figure(df: pd.DataFrame, key: str, freq: str, min_n: int, title: str) -> dict:
    """Three stacked panels sharing the time axis: mean escalation and mean tone (each
    point with its 95 % interval; hollow grey when fewer than `min_n` scored statements)
    and statements per period; one colour per line (`key`: actor or direction).
    Documents dated only to a year or month are drawn as a bar across that period."""
    if df.empty:
        return ui.no_data_figure(title)
    data = []
    axes = {"escalation": ("x", "y"), "tone": ("x", "y2"), "statements": ("x", "y3")}
    for i, (name, part) in enumerate(df.groupby(key, sort=False)):
        colour = ui.PALETTE[i % len(ui.PALETTE)]
        whole = _with_gaps(part[~part["partial"].astype(bool)].sort_values("period"), freq)
        spans = part[part["partial"].astype(bool)]
        for m, label in MEASURES:
            xa, ya = axes[m]
            if whole.empty:
                pass
            elif m == "statements":
                data.append({"type": "bar", "x": whole["period"].tolist(), "y": whole["statements"].tolist(),
                             "name": name, "legendgroup": name, "showlegend": False, "marker": {"color": colour},
                             "xaxis": xa, "yaxis": ya, "customdata": [[name, p] for p in whole["period"]],
                             "hovertemplate": f"{name}<br>%{{x}}<br>%{{y}} statements<extra></extra>"})
            else:
                thin = [bool(b) or (s is not None and s == s and s < min_n)
                        for b, s in zip(whole["_blank"] if "_blank" in whole else [False] * len(whole),
                                        whole["scored"])]
                ci = whole.get(f"{m}_ci95")
                data.append({
                    "type": "scatter", "mode": "lines+markers", "name": name, "legendgroup": name,
                    "showlegend": m == "escalation", "x": whole["period"].tolist(),
                    "y": [None if v is None or v != v else v for v in whole[m].tolist()],
                    "connectgaps": False, "line": {"color": colour, "width": 1.5},
                    "marker": {"color": [ui.GREY if t else colour for t in thin], "size": 7,
                               "symbol": ["circle-open" if t else "circle" for t in thin]},
                    "error_y": {"type": "data", "array": [None if v is None or v != v else v for v in ci.tolist()],
                                "color": colour, "thickness": 1, "width": 0} if ci is not None else None,
                    "xaxis": xa, "yaxis": ya,
                    "customdata": [[name, p, s] for p, s in zip(whole["period"], whole["scored"])],
                    "hovertemplate": f"{name}<br>%{{x}}<br>{label} %{{y:.3f}}"
                                     + (" ± %{error_y.array:.3f}" if ci is not None else "")
                                     + "<br>%{customdata[2]} scored statements<extra></extra>"})
                if data[-1]["error_y"] is None:
                    del data[-1]["error_y"]
            for r in spans.to_dict("records"):  # a year- or month-dated document: a bar across its period
                v = r[m]
                if v is None or v != v:
                    continue
                data.append({"type": "scatter", "mode": "lines", "x": [r["period"], r["period_end"]], "y": [v, v],
                             "name": name, "legendgroup": name, "showlegend": False,
                             "line": {"color": colour, "width": 5, "dash": "dot"}, "opacity": 0.7,
                             "xaxis": xa, "yaxis": ya, "customdata": [[name, r["period"], r["scored"], r["period_end"]]] * 2,
                             "hovertemplate": f"{name}<br>dated only to {r['period'][:4] if r['period_end'][5:] == '12-31' else r['period'][:7]}"
                                              f"<br>{label} {v:.3f}<br>{r['statements']} statements<extra></extra>"})
    layout = {"title": {"text": title}, "height": 560, "barmode": "group",
              # (yaxis2/yaxis3 are not in the template's "yaxis": given its grid and zero line here)
              "xaxis": {"anchor": "y3", "type": "date"},
              "yaxis": {"domain": [0.58, 1.0], "title": {"text": "escalation"}, "range": [-1.05, 1.05]},
              "yaxis2": {"domain": [0.26, 0.54], "title": {"text": "tone"}, "range": [-1.05, 1.05], **ui.AXIS},
              "yaxis3": {"domain": [0.0, 0.2], "title": {"text": "statements"}, **ui.AXIS},
              "legend": {"orientation": "h", "y": 1.08}, "margin": {"l": 60, "r": 20, "t": 70, "b": 40}}
    return ui.styled({"data": data, "layout": layout})


SERIES_EXPLAIN = ("Per period: mean escalation and mean tone of the statements (each point ± its 95 % interval; a "
                  "hollow grey point rests on fewer scored statements than the minimum), and how many statements "
                  "there are. Lines break where periods have no statements. A document dated only to a year or a "
                  "month is a dotted bar across that year or month, not a point on its first day.")
