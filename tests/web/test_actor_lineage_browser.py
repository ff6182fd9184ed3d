"""The actor panel draws the lineage as a graph: a node per relative the API returns, a dated edge per link,
nodes reachable by keyboard that open that actor's page."""

from __future__ import annotations


def test_the_actor_panel_draws_a_node_per_relative_and_an_edge_per_link(server, page):
    api = server.api("actors/jnim")
    relatives = {"jnim"} | {x for lk in api["lineage"] for x in (lk["predecessor"], lk["successor"])}
    assert len(relatives) > 3
    page.goto(f"{server.base}/?actor=jnim")
    page.wait_for_selector("#lineage-graph .node", timeout=30000)
    nodes = page.eval_on_selector_all("#lineage-graph .node", "gs => gs.map(g => g.dataset.actorId)")
    assert sorted(nodes) == sorted(relatives)
    edges = page.eval_on_selector_all("#lineage-graph .edge",
                                      "gs => gs.map(g => [g.dataset.from, g.dataset.to, g.textContent])")
    assert sorted((f, to) for f, to, _ in edges) == sorted((lk["predecessor"], lk["successor"]) for lk in api["lineage"])
    for (f, to, text), lk in zip(sorted(edges), sorted(api["lineage"], key=lambda k: (k["predecessor"], k["successor"]))):
        if lk["date"]:
            assert lk["date"] in text
    # a predecessor's node, focused from the keyboard, opens its page
    page.focus('#lineage-graph .node[data-actor-id="ansar_dine"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**actor=ansar_dine**")
    page.wait_for_selector('#lineage-graph .node.current[data-actor-id="ansar_dine"]', timeout=30000)
