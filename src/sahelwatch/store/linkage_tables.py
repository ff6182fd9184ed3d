"""The stored result of linkage: links between records of the same real event, and their clusters."""

from __future__ import annotations

import pyarrow as pa

from ._sql import Part


class Linkage(Part):
    """``event_links`` and ``event_clusters``."""

    def has_clusters(self) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM event_clusters").fetchall()[0][0])

    def frame(self):
        """The current records with what linkage compares."""
        return self.con.sql(
            "SELECT event_id, source, release, event_date, date_end, date_precision, latitude, longitude, "
            "geo_precision, iso3, admin1_norm, admin2_norm, admin2, event_type, actor1_ids, actor2_ids, "
            "assoc_actor_1_ids, assoc_actor_2_ids, fatalities_low, fatalities_best, fatalities_high, "
            "country, admin1, location, actor1, actor2 FROM events ORDER BY event_date, event_id"
        ).df()

    def save(self, links: pa.Table, clusters: pa.Table) -> None:
        """Replace the links and clusters (``event_id_a, event_id_b, score, explanation``;
        ``event_id, cluster_id``)."""
        con = self.con
        con.register("_links", links)
        con.register("_clusters", clusters)
        try:
            with self.transaction():
                con.execute("DELETE FROM event_links")
                con.execute("DELETE FROM event_clusters")
                con.execute("INSERT INTO event_links SELECT event_id_a, event_id_b, score, explanation, now() FROM _links")
                con.execute("INSERT INTO event_clusters SELECT event_id, cluster_id FROM _clusters")
        finally:
            con.unregister("_links")
            con.unregister("_clusters")

    def links(self, event_id: str | None = None) -> list[dict]:
        q = "SELECT * FROM event_links"
        params = []
        if event_id:
            q += " WHERE event_id_a = ? OR event_id_b = ?"
            params = [event_id, event_id]
        cur = self.con.execute(q + " ORDER BY score DESC", params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
