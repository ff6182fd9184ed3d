"""How often the admin-2 that sahelwatch gives an ACLED event from its coordinates alone agrees with
ACLED's own admin-2 (both folded through the admin-name resolver).

    .venv/bin/python scripts/measure_admin2_agreement.py ACLED.csv [--boundaries FILE --level 2]

Without ``--boundaries`` the shipped units are used (for Mali: none at level 2, so no event gets one).
With ``--boundaries``, the file is read as ``sahelwatch geo import`` reads it (for example GADM's
cercles, which may be imported but not shipped). Prints one JSON object: events, events with an
ACLED admin-2, events given an admin-2 from coordinates, and how many of those agree.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sahelwatch.geo.admin_names import admin_norm  # noqa: E402
from sahelwatch.geo.keys import spatial_keys  # noqa: E402


def agreement(events: pd.DataFrame, boundaries=None) -> dict:
    iso3 = events["iso3"].to_numpy(dtype=object) if "iso3" in events else np.full(len(events), "MLI", dtype=object)
    keys = spatial_keys(events["longitude"], events["latitude"], iso3, boundaries=boundaries)
    _, acled2 = admin_norm(iso3, events["admin2"].to_numpy(dtype=object), 2)
    ours = keys["admin2_norm"].to_numpy(dtype=object)
    both = pd.notna(acled2) & pd.notna(ours)
    agree = both & (acled2 == ours)
    return {"events": int(len(events)), "with_acled_admin2": int(pd.notna(acled2).sum()),
            "given_admin2_from_coordinates": int(pd.notna(ours).sum()), "compared": int(both.sum()),
            "agree": int(agree.sum()), "agreement": round(float(agree.sum() / both.sum()), 4) if both.any() else None,
            "agreement_over_all_with_acled_admin2": round(float(agree.sum() / max(pd.notna(acled2).sum(), 1)), 4)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("acled", type=Path)
    ap.add_argument("--boundaries", type=Path, help="a boundary file, read as `sahelwatch geo import` reads it")
    ap.add_argument("--level", type=int, default=2)
    args = ap.parse_args(argv)
    try:
        events = pd.read_csv(args.acled, low_memory=False)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        sys.exit(f"{args.acled}: cannot read it as CSV ({e})")
    events.columns = [c.lower() for c in events.columns]  # the 2016 layout writes them in upper case
    missing = {"latitude", "longitude", "admin2"} - set(events.columns)
    if missing:
        sys.exit(f"{args.acled}: no column {', '.join(sorted(missing))} (an ACLED export is needed)")
    bs = None
    if args.boundaries:
        from sahelwatch.geo.boundaries import BoundarySet, read_boundaries

        bs = BoundarySet(read_boundaries(args.boundaries, level=args.level))
    print(json.dumps({"file": args.acled.name, "boundaries": args.boundaries.name if args.boundaries else "shipped",
                      **agreement(events, bs)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
