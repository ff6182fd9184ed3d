"""The program registry's tables: ``programs`` and ``program_areas`` (one row per source row that
placed the program in an admin2 unit, with its file and line)."""

from __future__ import annotations

import pyarrow as pa

from ._sql import Part


class Programs(Part):
    """Programs and their areas. A re-import of a program replaces it whole."""

    def replace(self, programs: pa.Table, areas: pa.Table) -> tuple[int, int]:
        """Store ``programs`` and ``areas`` (tables with the columns of migration 8); a program
        already stored under the same id is replaced. Returns (new programs, replaced programs)."""
        con = self.con
        with self.transaction():
            con.register("_progs", programs)
            con.register("_areas", areas)
            try:
                replaced = con.execute(
                    "SELECT count(*) FROM programs WHERE program_id IN (SELECT program_id FROM _progs)").fetchall()[0][0]
                con.execute("DELETE FROM program_areas WHERE program_id IN (SELECT program_id FROM _progs)")
                con.execute("DELETE FROM programs WHERE program_id IN (SELECT program_id FROM _progs)")
                self._store.insert_by_name("programs", "_progs", imported_at="now()")
                self._store.insert_by_name("program_areas", "_areas")
            finally:
                con.unregister("_progs")
                con.unregister("_areas")
        return programs.num_rows - replaced, replaced

    def list(self, *, program_type: str | None = None, country: str | None = None, limit: int | None = None,
             offset: int = 0) -> list[dict]:
        where, params = ["true"], []
        if program_type:
            where.append("p.program_type = ?")
            params.append(program_type)
        if country:
            where.append("p.countries LIKE ?")
            params.append(f"%{country.upper()}%")
        lim = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        return self._dicts(self.con.execute(
            f"""SELECT p.program_id, p.title, p.organisation, p.program_type, p.dac_code, p.status, p.start_date,
                       p.end_date, p.countries, p.source_format,
                       (SELECT count(DISTINCT a.admin2_pcode) FROM program_areas a WHERE a.program_id = p.program_id)
                         AS n_areas
                FROM programs p WHERE {' AND '.join(where)} ORDER BY p.program_id{lim}""", params))

    def get(self, program_id: str) -> dict | None:
        # portable SQL (DuckDB and PostgreSQL): min, not any_value; array_agg, not list
        rows = self._dicts(self.con.execute("SELECT * FROM programs WHERE program_id = ?", [program_id]))
        if not rows:
            return None
        areas = self._dicts(self.con.execute(
            """SELECT admin2_pcode, min(admin2) AS admin2, min(iso3) AS iso3,
                      min(admin1_pcode) AS admin1_pcode, min(start_date) AS start_date, max(end_date) AS end_date,
                      string_agg(DISTINCT match, ',') AS match, string_agg(DISTINCT area_as_written, ' / ') AS as_written,
                      array_agg(DISTINCT file) AS files, array_agg(line ORDER BY line) AS lines
               FROM program_areas WHERE program_id = ? GROUP BY admin2_pcode ORDER BY admin2_pcode""", [program_id]))
        return rows[0] | {"areas": areas}

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM programs").fetchall()[0][0]

    def areas_frame(self):
        """Every program area: program_id, admin2_pcode, start_date, end_date, file, line."""
        return self.con.execute(
            "SELECT program_id, iso3, admin2_pcode, start_date, end_date, file, line FROM program_areas").fetch_df()
