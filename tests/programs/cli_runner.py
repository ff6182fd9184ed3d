"""Running the sahelwatch command in a subprocess, as a user would, for the programs tests."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def sw(*args) -> subprocess.CompletedProcess:
    env = os.environ | {"SAHELWATCH_TODAY": "2026-12-06"}
    return subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env)
