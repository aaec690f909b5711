"""Regenerate escalation.toml's [cameo] section: python -m analysis.score ../shared/lexicons"""
import sys
from pathlib import Path

from .cameo import cameo_toml, derive_cameo_verbs

folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/lexicons")
sys.stdout.write(cameo_toml(derive_cameo_verbs(
    (folder / "CAMEO.2.0.txt").read_text("utf-8", errors="replace"),
    (folder / "CAMEO.goldsteinscale.txt").read_text("utf-8"))))
