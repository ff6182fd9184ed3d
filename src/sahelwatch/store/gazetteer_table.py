"""The learned gazetteer: places named by the stored events (``sahelwatch geo learn``)."""

from __future__ import annotations

from ._sql import Part


class Gazetteer(Part):
    """``gazetteer_places``."""

    def save(self, table) -> int:
        """Replace the learned gazetteer (the DataFrame of ``Gazetteer.to_table()``)."""
        self.con.register("_gaz", table)
        try:
            with self.transaction():
                self.con.execute("DELETE FROM gazetteer_places")
                self._store.insert_by_name("gazetteer_places", "_gaz")
        finally:
            self.con.unregister("_gaz")
        return len(table)

    def table(self):
        return self.con.execute("SELECT * FROM gazetteer_places").fetch_df()
