"""A real `sahelwatch serve` process and Debian's Chromium driven by Playwright (never a downloaded browser).
Locally the browser tests skip, naming what is missing; in CI (env CI set) they fail."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.api.conftest import acled_store

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _need(ok: bool, reason: str) -> None:
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI installs it: .ci/run)")
        pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    _need(CHROMIUM.exists(), f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "playwright is missing (pip install -e '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Server:
    def __init__(self, db: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "sahelwatch", "--db", str(db), "serve",
                                      "--port", str(self.port)], cwd=ROOT, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        for _ in range(300):
            try:
                self.api("health")
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"serve exited: {self.proc.stderr.read()}")
                time.sleep(0.1)
        raise RuntimeError("serve did not answer in 30 s")

    def api(self, path: str) -> dict:
        with urllib.request.urlopen(f"{self.base}/api/v1/{path}", timeout=60) as r:
            return json.loads(r.read())

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def server(request, tmp_path_factory):
    # the browser runs on the embedded store; the API's answers on both backends are compared in tests/api
    s = Server(Path(acled_store("duckdb", tmp_path_factory, request)))
    yield s
    s.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1300, "height": 900}, locale="en-GB")
    pg = ctx.new_page()
    yield pg
    ctx.close()


def shown(page) -> tuple[int, int]:
    """The totals the dashboard shows once its view has loaded."""
    page.wait_for_selector("body[data-state=ready]", timeout=30000)
    return (int(page.inner_text('[data-testid="event-count"]')),
            int(page.inner_text('[data-testid="fatality-count"]')))
