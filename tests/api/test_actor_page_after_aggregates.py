"""An actor's page answers after the same actor's monthly aggregates were asked for (they share a query)."""

from __future__ import annotations


def test_actor_page_answers_after_its_monthly_aggregates(client):
    agg = client.get("/api/v1/aggregates", params={"actor": "ansar_dine", "period": "month"})
    assert agg.status_code == 200, agg.text
    page = client.get("/api/v1/actors/ansar_dine")
    assert page.status_code == 200, page.text
    body = page.json()
    assert body["activity"]
    assert any(lk["predecessor"] == "ansar_dine" and lk["successor"] == "jnim" for lk in body["lineage"])
