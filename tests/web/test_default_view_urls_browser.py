"""What ``serve`` computes before it listens is what the dashboard asks for: the exact URLs (path and query) the
real app.js sends when it opens with no filter, recorded in headless Chromium, are all in ``DEFAULT_VIEW``."""

from __future__ import annotations

import urllib.parse

from .conftest import shown


def test_every_api_request_of_the_opening_dashboard_is_warmed_before_serving(server, page):
    from sahelwatch.api.app import DEFAULT_VIEW

    sent: list[str] = []

    def record(request):
        url = urllib.parse.urlsplit(request.url)
        if url.path.startswith("/api/v1/"):
            sent.append(url.path + (f"?{url.query}" if url.query else ""))

    page.on("request", record)
    # the alerts are the last request of the opening (asked for once the panels are drawn); a wait for the network to
    # be idle is no proof, as an idle spell while the map library is parsed already counts as one
    with page.expect_request(lambda r: urllib.parse.urlsplit(r.url).path == "/api/v1/alerts", timeout=60000):
        page.goto(f"{server.base}/")
        shown(page)
    assert "/api/v1/alerts" in sent
    assert sorted(set(sent) - set(DEFAULT_VIEW)) == []
    # and DEFAULT_VIEW names nothing else but what is one click away: the timeline's other period and the programs
    # overlay (which bench/load.py's users open with the page)
    assert set(DEFAULT_VIEW) - set(sent) <= {"/api/v1/aggregates?period=week", "/api/v1/programs/areas"}
