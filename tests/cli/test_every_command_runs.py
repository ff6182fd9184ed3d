"""Every command of the click tree runs on a real store, in human output and with --json: never a traceback,
exit 0, 1 or 2 (2 with a clear message), and with --json one document on stdout.

The list of commands comes from the click tree itself: a new command without an entry in ``SMOKE`` fails
here until it gets one. The store is a real DuckDB file built once per session by the command line from the
bundled chronology and, when present, a sample of every 8th row of the shared ACLED and UCDP files (written
to the session's temporary folder, never committed). Each run works on its own copy of that store.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from sahelwatch.cli._tree import command_tree, param_names
from tests.conftest import ROOT, data_file, missing, optional_data_file
from tests.web.conftest import Server

pytestmark = pytest.mark.slow

CHRONOLOGY = sorted((ROOT / "data" / "chronology").glob("events-*.csv"))
SHARED_SAMPLES = (("acled/acled_mali_dyadic_1997-2018.csv", 8), ("ucdp/ged231_global_sample_1000.csv", 8))
#: the HDX admin2-month aggregates (when present), which 'programs evaluate --source hdx' reads
HDX = "hdx/mali_hrp_political_violence_events_and_fatalities_by_month-year_1997-2020.xlsx"
#: a program of our own in two Mali cercles (by P-code), for the programs commands
PROGRAMS_CSV = ("program_id,title,organisation,sector,program_type,country,admin1,admin2,admin2_pcode,start,end,"
                "budget_usd,source_url\n"
                "smoke-1,Dialogue,ONG Exemple,cohésion sociale,,MLI,,,ML0506,2015-01-01,,,\n"
                "smoke-1,Dialogue,ONG Exemple,cohésion sociale,,MLI,,,ML0501,2015-07-01,,,\n")
EVENT_ID = "sahelwatch-chronology:SWC-2012-001"
#: a fictional human-rights case (no real person), for the hr commands
CASE_ID = "smoke-case-1"
#: An evidence item attached to the case in the smoke store (made-up content), for 'hr custody'.
EVIDENCE = b"a made-up evidence file\n"
EVIDENCE_SHA256 = hashlib.sha256(EVIDENCE).hexdigest()
CASES = [{"case_id": CASE_ID, "event_id": None, "violation": "arbitrary_arrest", "date": "2019-03-11",
          "location": {"name": "Boni", "country": "Mali", "admin1": "Mopti", "admin2": "Douentza",
                       "latitude": 15.05, "longitude": -1.95},
          "alleged_perpetrator": "unidentified armed group", "victims": [{"name": "Victim A", "sex": "male", "age": 30}],
          "witnesses": [{"name": "Witness B", "contact": "none"}],
          "narrative": "A fictional case, written for the smoke test of the command line.",
          "sensitivity": "restricted", "sources": ["smoke test"]}]
TIMEOUT = 900

# Reports of our own (never from an evaluation set): two events and one text that reports none.
REPORTS = [
    {"id": "smoke-fr", "lang": "fr", "published": "2019-03-12",
     "text": "Des hommes armés ont attaqué lundi soir le poste de gendarmerie de Boni, dans le cercle de "
             "Douentza, tuant trois gendarmes, selon une source sécuritaire."},
    {"id": "smoke-en", "lang": "en", "published": "2021-05-04",
     "text": "Suspected jihadists killed five villagers near Ménaka on Sunday, local officials said."},
    {"id": "smoke-none", "lang": "fr", "published": "2022-01-10",
     "text": "Le marché hebdomadaire de Sévaré a rouvert ce matin après des travaux de rénovation."},
]
GOLD = {
    "smoke-fr": {"event_date": "2019-03-11", "country": "Mali", "admin1": "Mopti", "admin2": "Douentza",
                 "location": "Boni", "event_type": "Violence against civilians", "sub_event_type": "Attack",
                 "perpetrator": "Unidentified armed group", "target": "security_forces", "fatalities": 3,
                 "tactic": "raid_on_village"},
    "smoke-en": {"event_date": "2021-05-02", "country": "Mali", "admin1": "Menaka", "admin2": "Menaka",
                 "location": "Menaka", "event_type": "Violence against civilians", "sub_event_type": "Attack",
                 "perpetrator": "Unidentified armed group", "target": "civilians", "fatalities": 5,
                 "tactic": "raid_on_village"},
    "smoke-none": None,
}
#: Labelled articles of our own, for 'extract train --articles': sentences built from invented places and
#: figures, 20 of each of three sub-event types, three that report no event, and one whose text is not cached.
_ARTICLE_KINDS = (
    ("Attack", ("Des hommes armés ont abattu {n} villageois à {p} dans la nuit de {d}.",
                "Gunmen shot dead {n} farmers in {p} on {d}, residents said.",
                "{n} civils ont été tués par des assaillants venus à moto à {p} ce {d}.")),
    ("Armed clash", ("L'armée a affronté des combattants près de {p} le {d}; {n} assaillants ont été tués.",
                     "Soldiers fought militants for hours outside {p} on {d}, leaving {n} fighters dead.",
                     "Des échanges de tirs ont opposé les militaires à un groupe armé à {p} ce {d}.")),
    ("Remote explosive/landmine/IED", ("Un engin explosif a détruit un camion sur la piste de {p} le {d}, tuant {n} "
                                       "passagers.",
                                       "A roadside bomb struck a patrol near {p} on {d}, killing {n} soldiers.",
                                       "Une mine a explosé au passage d'un minibus vers {p} ce {d}: {n} morts.")),
)
_ARTICLE_PLACES = ("Korodji", "Tamsila", "Beleko-Sud", "Nagarou", "Diafri", "Ouelessa", "Sirakolo", "Gamboudé",
                   "Tinfara", "Moussakoro")
_ARTICLE_DAYS = {"fr": ("lundi", "mardi", "jeudi", "samedi"), "en": ("Sunday", "Tuesday", "Friday", "Monday")}
QUIET_ARTICLES = ("La foire de {p} a réuni des éleveurs venus de toute la région.",
                  "A new well was dug in {p} this week, the mayor said.",
                  "Les élèves de {p} ont repris les cours après les vacances.")


def _articles() -> tuple[list[dict], dict[str, str]]:
    """(labels, texts by id) of the made-up articles."""
    labels, texts = [], {}
    for k, (sub, sentences) in enumerate(_ARTICLE_KINDS):
        for j in range(20):
            rid = f"smoke-art-{k}-{j}"
            lang = "en" if j % 3 == 1 else "fr"  # the second sentence of each kind is the English one
            texts[rid] = sentences[j % 3].format(n=2 + (j * 3 + k) % 17, p=_ARTICLE_PLACES[(j + k) % len(_ARTICLE_PLACES)],
                                                 d=_ARTICLE_DAYS[lang][j % 4])
            labels.append({"id": rid, "url": f"https://example.org/{rid}", "lang": lang,
                           "published": f"2023-{1 + j % 12:02d}-15", "event": {"sub_event_type": sub}})
    for j, template in enumerate(QUIET_ARTICLES):
        rid = f"smoke-quiet-{j}"
        texts[rid] = template.format(p=_ARTICLE_PLACES[j])
        labels.append({"id": rid, "url": f"https://example.org/{rid}", "lang": "fr", "published": "2023-06-01",
                       "event": None})
    labels.append({"id": "smoke-art-uncached", "url": "https://example.org/uncached", "lang": "fr",
                   "published": "2023-06-02", "event": {"sub_event_type": "Attack"}})
    return labels, texts


# Two made-up squares in northern Mali, for 'geo import'
BOUNDARIES = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"name": f"Zone {k}", "pcode": f"ZZ0{k}"},
     "geometry": {"type": "Polygon", "coordinates": [[[x, 15.0], [x + 1, 15.0], [x + 1, 16.0], [x, 16.0], [x, 15.0]]]}}
    for k, x in ((1, -2.0), (2, -1.0))]}


@dataclass
class Inputs:
    """What the arguments of a run may name: the run's own store and folder, and the session's input files."""

    db: Path
    out: Path
    reports: Path
    gold: Path
    boundaries: Path
    cases: Path
    articles: Path
    texts: Path


@dataclass(frozen=True)
class Smoke:
    args: Callable[[Inputs], list]
    code: int = 0  # the exit code expected of this run
    server: bool = False  # runs until stopped: checked by its health answer, then interrupted


#: One entry per command that runs, with small, sensible arguments (the global --db and --json come before).
#: A command with another way through it (another input) has its further runs in ``MORE``.
#: Every command that takes the shared place filters runs here with --admin2 (a district, in any spelling).
SMOKE: dict[str, Smoke] = {
    "actors lineage": Smoke(lambda i: ["jnim"]),
    "actors resolve": Smoke(lambda i: ["JNIM", "Katiba Macina", "--source", "acled"]),
    "actors show": Smoke(lambda i: ["jnim"]),
    "actors unresolved": Smoke(lambda i: ["--limit", "5"]),
    "analyze alerts": Smoke(lambda i: ["--as-of", "2018-12-31", "--admin2", "Douentza", "--admin2", "Ténenkou"]),
    "audit show": Smoke(lambda i: ["--limit", "5"]),
    "audit verify": Smoke(lambda i: []),
    "analyze before-after": Smoke(lambda i: ["--partner", "minusma"]),
    "analyze density": Smoke(lambda i: ["--resolution", "0.5", "--since", "2017-01-01", "--admin2", "Douentza"]),
    "analyze expansion": Smoke(lambda i: ["--group", "jnim", "--freq", "year", "--admin2", "Douentza"]),
    "analyze food-security": Smoke(lambda i: ["--ch", data_file("context/cadre_harmonise_2014-2021.csv"),
                                              "--iso3", "MLI"]),
    "analyze hotspots": Smoke(lambda i: ["--since", "2012-01-01", "--admin2", "Gao", "--admin2", "Kidal"]),
    "analyze human-rights": Smoke(lambda i: ["--view", "abuses", "--admin2", "Douentza"]),
    "analyze partners": Smoke(lambda i: ["--admin2", "Kidal"]),
    "analyze rivalry": Smoke(lambda i: ["--freq", "year", "--admin2", "Ménaka"]),
    "analyze schools": Smoke(lambda i: ["--schools", data_file("context/mali_schools_2023.xlsx"),
                                        "--population", data_file("context/mali_population_admin2_2020.csv")]),
    "analyze spillover": Smoke(lambda i: ["--admin2", "Ansongo"]),
    "analyze trends": Smoke(lambda i: ["--freq", "year", "--country", "Mali", "--admin2", "Douentza"]),
    "derive": Smoke(lambda i: []),
    "enrich": Smoke(lambda i: []),
    "events clusters": Smoke(lambda i: ["--out", i.out / "clusters.csv", "--since", "2018-01-01",
                                         "--admin2", "Tombouctou"]),
    "events export": Smoke(lambda i: ["--format", "geojson", "--out", i.out / "events.geojson", "--country", "MLI",
                                       "--admin2", "Ténenkou"]),
    "events history": Smoke(lambda i: [EVENT_ID]),
    "extract": Smoke(lambda i: ["--in", i.reports, "--out", i.out / "extracted.jsonl", "--db", i.db]),
    "extract eval": Smoke(lambda i: ["--gold", i.gold, "--errors", "2", "--intervals"]),
    "extract train": Smoke(lambda i: ["--out", i.out / "model", "--test-size", "0.2"]),
    "forecast backtest": Smoke(lambda i: ["--source", "events", "--unit", "admin1", "--start", "2016-01",
                                          "--end", "2016-02", "--horizons", "1"]),
    "forecast prune": Smoke(lambda i: ["--keep", "1", "--dry-run"]),
    "forecast run": Smoke(lambda i: ["--source", "events", "--unit", "admin1", "--origin", "2018-06",
                                     "--horizons", "1..3", "--out", i.out / "forecast.csv"]),
    "geo boundaries": Smoke(lambda i: []),
    "hr custody": Smoke(lambda i: [CASE_ID, EVIDENCE_SHA256, "--action", "examined", "--note", "sealed bag"]),
    "hr delete": Smoke(lambda i: [CASE_ID]),
    "hr evidence": Smoke(lambda i: [CASE_ID, i.boundaries, "--note", "a made-up file"]),
    "hr import": Smoke(lambda i: [i.cases]),
    "hr list": Smoke(lambda i: []),
    "hr rotate-key": Smoke(lambda i: []),
    "geo import": Smoke(lambda i: [i.boundaries, "--level", "1", "--iso3", "MLI", "--name-field", "name",
                                   "--pcode-field", "pcode"]),
    "geo keys": Smoke(lambda i: ["--lat", "14.49", "--lon", "-4.19"]),
    "geo learn": Smoke(lambda i: []),
    "geo lookup": Smoke(lambda i: ["Boni", "Ménaka", "--country", "Mali"]),
    "ingest": Smoke(lambda i: [CHRONOLOGY[0]]),
    "link": Smoke(lambda i: []),
    "programs evaluate": Smoke(lambda i: [data_file(HDX) and "smoke-1", "--source", "hdx"]),
    "programs import": Smoke(lambda i: [data_file("programs/whowhatwhere_5w_mli_mar2022.xlsx")]),
    "programs list": Smoke(lambda i: []),
    "programs report": Smoke(lambda i: [data_file(HDX) and "smoke-1", "--source", "hdx", "--out",
                                        i.out / "program.html"]),
    "programs show": Smoke(lambda i: ["smoke-1"]),
    "report": Smoke(lambda i: ["--since", "2018-01-01", "--until", "2018-12-31", "--out", i.out, "--no-pdf",
                                "--admin2", "Douentza"]),
    "serve": Smoke(lambda i: [], server=True),  # on a free port that tests.web.conftest.Server picks
    "stats": Smoke(lambda i: ["--admin2", "Bandiagara"]),
    "users add": Smoke(lambda i: ["smoke-analyst", "--role", "analyst"]),
    "users disable": Smoke(lambda i: ["smoke-admin"]),
    "users list": Smoke(lambda i: []),
}

#: Further runs of a command whose options take another path through it, by command and a name of the run.
MORE: dict[str, dict[str, Smoke]] = {
    "extract train": {"articles": Smoke(lambda i: ["--articles", i.articles, "--texts", i.texts,
                                                   "--out", i.out / "article-model", "--test-size", "0.2"])},
}

RUNNABLE = [" ".join(n.path) for n in command_tree() if n.runs and n.path]
#: (command, run): the SMOKE entry of every command (run "") and the runs in MORE
RUNS = [(n, "") for n in RUNNABLE] + [(n, run) for n, runs in MORE.items() for run in runs]


def _smoke(name: str, run: str = "") -> Smoke:
    return MORE[name][run] if run else SMOKE[name]
#: the commands that take the shared event filters with the place options (--event-type is always among them)
FILTERED_BY_PLACE = [" ".join(n.path) for n in command_tree() if n.runs and n.path
                     and {"--admin2", "--event-type"} <= {s for p in n.params for s in param_names(p)}]
MODES = ("human", "json")


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "CI"} | {"SAHELWATCH_TODAY": "2026-11-24",
                                                               "COLUMNS": "120"}


def _sw(args: list, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=_env(), timeout=TIMEOUT)


def _sample(src: Path, every: int, dst: Path) -> Path:
    """Every ``every``-th row of a CSV file (its whole span of years, a fraction of its rows)."""
    with src.open(encoding="utf-8", newline="") as f, dst.open("w", encoding="utf-8", newline="") as g:
        rows, out = csv.reader(f), csv.writer(g)
        out.writerow(next(rows))
        out.writerows(row for k, row in enumerate(rows) if k % every == 0)
    return dst


@pytest.fixture(scope="session")
def smoke_store(tmp_path_factory) -> tuple[Path, Path]:
    """(store, folder of inputs): the chronology and samples of the shared files, ingested, linked, derived."""
    d = tmp_path_factory.mktemp("smoke")
    if not CHRONOLOGY:
        missing("data/chronology/events-*.csv")
    files = list(CHRONOLOGY)
    for rel, every in SHARED_SAMPLES:
        src = optional_data_file(rel)
        if src is not None:
            files.append(_sample(src, every, d / f"sample-{src.name}"))
    hdx = optional_data_file(HDX)
    db = d / "smoke.duckdb"
    (d / "programs.csv").write_text(PROGRAMS_CSV, encoding="utf-8")
    (d / "cases.json").write_text(json.dumps(CASES), encoding="utf-8")
    (d / "evidence.txt").write_bytes(EVIDENCE)
    for args in (["ingest", *files, *([hdx] if hdx else [])], ["link"], ["derive"],
                 ["programs", "import", d / "programs.csv"], ["hr", "import", d / "cases.json"],
                 ["hr", "evidence", CASE_ID, d / "evidence.txt", "--note", "a made-up file"],
                 ["users", "add", "smoke-admin", "--role", "admin"]):
        r = _sw(["--db", db, *args], d)
        assert r.returncode == 0, f"building the smoke store: {args[0]}: {r.stderr}"
    (d / "reports.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REPORTS),
                                     encoding="utf-8")
    (d / "gold.jsonl").write_text("".join(json.dumps(r | {"gold": GOLD[r["id"]]}, ensure_ascii=False) + "\n"
                                          for r in REPORTS), encoding="utf-8")
    (d / "boundaries.geojson").write_text(json.dumps(BOUNDARIES), encoding="utf-8")
    labels, texts = _articles()
    (d / "articles.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels),
                                      encoding="utf-8")
    (d / "texts").mkdir()
    for rid, text in texts.items():
        (d / "texts" / f"{rid}.txt").write_text(text, encoding="utf-8")
    return db, d


@dataclass
class Outcome:
    argv: list[str]
    returncode: int | None
    stdout: str
    stderr: str


def _run(name: str, run: str, mode: str, store: Path, inputs_dir: Path, run_dir: Path) -> Outcome:
    run_dir.mkdir(parents=True)
    db = run_dir / store.name
    for f in store.parent.glob(store.name + "*"):  # the store and its write-ahead log, if any
        shutil.copy(f, run_dir / f.name)
    case = _smoke(name, run)
    i = Inputs(db=db, out=run_dir, reports=inputs_dir / "reports.jsonl", gold=inputs_dir / "gold.jsonl",
               boundaries=inputs_dir / "boundaries.geojson", cases=inputs_dir / "cases.json",
               articles=inputs_dir / "articles.jsonl", texts=inputs_dir / "texts")
    cli = ["--json"] if mode == "json" else []
    argv = ["--db", db, *cli, *name.split(), *case.args(i)]
    shown = ["sahelwatch", *map(str, argv)]
    if case.server:
        return _serve(db, cli, case.args(i), shown, run_dir)
    try:
        r = _sw(argv, run_dir)
    except subprocess.TimeoutExpired as e:
        return Outcome(shown, None, str(e.stdout or ""), f"timed out after {TIMEOUT} s")
    return Outcome(shown, r.returncode, r.stdout, r.stderr)


def _serve(db: Path, cli: list[str], options: list, shown: list[str], run_dir: Path) -> Outcome:
    """Start ``serve`` (tests.web.conftest.Server: on a port it could bind, waited for until it says it is
    serving, its output read all along), ask for its health, then interrupt it as Ctrl-C would."""
    try:
        server = Server(db, *map(str, options), cli=tuple(cli), cwd=run_dir, env=_env())
    except RuntimeError as e:  # it exited or never served: what it said is in the message
        return Outcome(shown, 1, "", str(e))
    shown = [*shown, "--port", str(server.port)]
    try:
        health = server.api("health")
    except OSError as e:
        health = f"{type(e).__name__}: {e}"
    code = server.stop(signal.SIGINT, wait_s=60)
    out, err = server.printed(), server.said()
    if code is None:
        err += "\n(did not stop on SIGINT)"
    if health != {"status": "ok"}:
        err += f"\n(no health answer from the server: {health!r})"
        return Outcome(shown, code if code not in (None, 0, -signal.SIGINT) else 1, out, err)
    return Outcome(shown, 0, out or "served", err)


class SmokeRuns:
    """The runs that this session selected, started two at a time as soon as the store exists."""

    def __init__(self, wanted: list[tuple[str, str]], store: Path, inputs_dir: Path, root: Path):
        self._pool = ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1))
        self._runs: dict[tuple[str, str], Future] = {}
        self._store, self._inputs, self._root = store, inputs_dir, root
        for key in wanted:
            self.get(key)

    def get(self, key: tuple[str, str, str]) -> Future:
        if key not in self._runs:
            name, run, mode = key
            run_dir = self._root / "-".join(x for x in (name.replace(" ", "-"), run, mode) if x)
            self._runs[key] = self._pool.submit(_run, name, run, mode, self._store, self._inputs, run_dir)
        return self._runs[key]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="session")
def smoke_runs(request, smoke_store, tmp_path_factory):
    store, inputs_dir = smoke_store
    wanted = []
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if item.originalname == "test_command_runs_without_a_traceback" and callspec is not None:
            (name, run), mode = callspec.params["case"], callspec.params["mode"]
            if (run or name in SMOKE) and not _needs_missing_data(name, run):
                wanted.append((name, run, mode))
    runs = SmokeRuns(wanted, store, inputs_dir, tmp_path_factory.mktemp("smoke-runs"))
    yield runs
    runs.close()


def _needs_missing_data(name: str, run: str = "") -> bool:
    """Whether the entry's arguments name a shared file that is not there (the test then says so itself)."""
    try:
        _smoke(name, run).args(_no_inputs())
    except (pytest.skip.Exception, pytest.fail.Exception):
        return True
    return False


def _no_inputs() -> Inputs:
    return Inputs(*(Path("."),) * len(Inputs.__dataclass_fields__))


def _strict_json(text: str):
    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_every_command_has_a_smoke_entry_and_every_entry_a_command():
    missing = sorted(set(RUNNABLE) - set(SMOKE))
    stale = sorted((set(SMOKE) | set(MORE)) - set(RUNNABLE))
    assert not missing, f"commands without an entry in SMOKE (add small, sensible arguments): {missing}"
    assert not stale, f"entries in SMOKE for commands that no longer exist: {stale}"


def test_every_command_filtering_by_district_runs_here_with_admin2():
    assert len(FILTERED_BY_PLACE) >= 13
    without = [n for n in FILTERED_BY_PLACE if n in SMOKE and "--admin2" not in map(str, SMOKE[n].args(_no_inputs()))]
    assert not without, f"SMOKE entries that never use --admin2 though the command takes it: {without}"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", RUNS, ids=[f"{n} ({run})" if run else n for n, run in RUNS])
def test_command_runs_without_a_traceback(case, mode, smoke_runs):
    name, run = case
    if not run and name not in SMOKE:
        pytest.fail(f"`sahelwatch {name}` has no entry in SMOKE: add one with small, sensible arguments")
    smoke = _smoke(name, run)
    smoke.args(_no_inputs())  # a shared file it names may be missing: skip, or fail in CI
    r = smoke_runs.get((name, run, mode)).result()
    said = f"{' '.join(r.argv)}\n--- exit {r.returncode}\n--- stdout\n{r.stdout[-3000:]}\n--- stderr\n{r.stderr[-6000:]}"
    assert "Traceback (most recent call last)" not in r.stderr + r.stdout, said
    assert r.returncode in (0, 1, 2), said
    if r.returncode == 2:
        message = r.stderr.strip()
        assert message and ("error" in message.lower() or "usage" in message.lower()), \
            f"exit 2 needs a clear message on stderr\n{said}"
    assert r.returncode == smoke.code, f"expected exit {smoke.code}\n{said}"
    if smoke.server:
        return
    if mode == "json":
        try:
            _strict_json(r.stdout)
        except ValueError as e:
            pytest.fail(f"--json printed no single JSON document ({e})\n{said}")
    else:
        assert r.stdout.strip(), f"the human output is empty\n{said}"
