"""A real `sahelwatch serve` process and Debian's Chromium driven by Playwright (never a downloaded browser).
Locally the browser tests skip, naming what is missing; in CI (env CI set) they fail."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
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
    """``sahelwatch serve`` on a free port of the loopback. It computes the dashboard's default view before it
    listens (longer on a loaded machine): it is waited for until it says it is serving, by its own words on stderr,
    never for a fixed time. A port found free and then taken by another process before ``serve`` binds it (it binds
    only after that computation) is replaced by another one. Its stdout and stderr are read all along (a server
    that writes much never blocks on a full pipe) and kept: ``printed()``, ``said()``. ``cli`` holds the options
    given before ``serve`` (``--json``), ``options`` those given after it."""

    #: starts when a port was taken meanwhile, and a bound against a server that never starts (never a measure)
    ATTEMPTS, HANG_S = 5, 600

    def __init__(self, db: Path, *options: str, cli: tuple[str, ...] = (), cwd: Path = ROOT,
                 env: dict[str, str] | None = None):
        self._command = [sys.executable, "-m", "sahelwatch", "--db", str(db), *cli, "serve", *options]
        for _ in range(self.ATTEMPTS):
            if self._start(cwd, env):
                return
        raise RuntimeError(f"serve found no free port in {self.ATTEMPTS} tries: {self.said()}")

    def _start(self, cwd: Path, env: dict[str, str] | None) -> bool:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([*self._command, "--port", str(self.port)], cwd=cwd, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self._lines: list[str] = []
        self._printed: list[str] = []
        self._serving, self._ended = threading.Event(), threading.Event()
        threading.Thread(target=self._read_stderr, daemon=True).start()
        self._stdout = threading.Thread(target=self._read_stdout, daemon=True)
        self._stdout.start()
        deadline = time.monotonic() + self.HANG_S
        while not (self._serving.wait(0.1) or self._ended.is_set()):
            if time.monotonic() > deadline:
                self._hung(f"serve said nothing in {self.HANG_S} s")
        while self.proc.poll() is None:  # it binds the port right after saying so
            try:
                self.api("health")
            except OSError:
                if time.monotonic() > deadline:
                    self._hung(f"serve did not answer in {self.HANG_S} s")
                time.sleep(0.05)
                continue
            if self.proc.poll() is None:  # (an answer while it exited came from a server on a port it lost)
                return True
        self._ended.wait()
        if "address already in use" in self.said().lower():
            return False
        raise RuntimeError(f"serve exited ({self.proc.wait()}): {self.said()}")

    def _hung(self, what: str) -> None:
        self.proc.kill()
        self.proc.wait()
        raise RuntimeError(f"{what}: {self.said()}")

    def _read_stderr(self) -> None:
        for line in self.proc.stderr:
            self._lines.append(line)
            if line.startswith("sahelwatch: serving "):
                self._serving.set()
        self._ended.set()

    def _read_stdout(self) -> None:
        for line in self.proc.stdout:
            self._printed.append(line)

    def said(self) -> str:
        """What the server wrote on stderr so far."""
        return "".join(self._lines).strip()

    def printed(self) -> str:
        """What the server wrote on stdout so far."""
        return "".join(self._printed)

    def api(self, path: str) -> dict:
        with urllib.request.urlopen(f"{self.base}/api/v1/{path}", timeout=60) as r:
            return json.loads(r.read())

    def stop(self, sig: int = signal.SIGTERM, wait_s: float = 30) -> int | None:
        """Send ``sig`` and wait for the exit; its code, or None when it did not stop (it is then killed). Its
        output is then read to the end."""
        self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            code = None
        self._ended.wait(wait_s)  # (bounded: a child process it left behind may hold the pipes open)
        self._stdout.join(wait_s)
        return code

    def close(self):
        self.stop()


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


#: how long ``drawn`` waits for the map to go idle before it fails the test (against a hang, never a measure)
IDLE_BOUND_MS = 120_000


def drawn(page) -> None:
    """Wait until the map has drawn all it has been given (a render with nothing left to load: MapLibre's "idle",
    after a repaint asked for here, so an idle state reached before the call is not waited for in vain). The view's
    "ready" is set when the map has drawn the new data or after 5 s, whichever comes first: on a loaded machine the
    map may still be drawing then. Nothing to wait for without a map (no WebGL). A map that never goes idle (a lost
    WebGL context, a source that keeps loading) fails the test after IDLE_BOUND_MS, saying so, instead of hanging
    it until the CI job's own time limit (a bound against a hang, never a measure)."""
    page.evaluate("""bound => new Promise((resolve, reject) => { const m = window.sahelwatchMap;
        if (!m) return resolve();
        const hang = setTimeout(() => reject(new Error(
            `the map did not go idle (MapLibre's "idle") in ${bound / 1000} s`)), bound);
        m.once("idle", () => { clearTimeout(hang); resolve(); }); m.triggerRepaint(); })""", IDLE_BOUND_MS)


def shown(page) -> tuple[int, int]:
    """The totals the dashboard shows once its view has loaded and the map has drawn it."""
    page.wait_for_selector("body[data-state=ready]", timeout=30000)
    drawn(page)
    return (int(page.inner_text('[data-testid="event-count"]')),
            int(page.inner_text('[data-testid="fatality-count"]')))


def filters_filled(page) -> None:
    """Wait until the filter form holds the store's countries, event types and precisions (the answer of ``meta``,
    asked for once the first totals are shown, which may come after the view is ready): the form is then set from
    the URL once more, so a value typed into it before that would be replaced under the test."""
    page.wait_for_selector("body[data-filters=filled]", timeout=30000)
