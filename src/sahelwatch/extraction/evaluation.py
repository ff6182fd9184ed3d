"""Scoring extraction against gold files, and against ACLED notes.

Gold file: JSON lines ``{"id", "text", "lang", "published", "gold"}`` where ``gold`` is
null (no event), one event object, or a list of event objects, with the keys of the
shared dev set: event_date, country, admin1, admin2, location, event_type,
sub_event_type, perpetrator (a name), target (a category), fatalities, tactic.

Pairing: a predicted event may pair with a gold event of the same text only when they agree
on something: the date within a day, or the admin1 (when the gold codes neither, the
country). Among the pairs allowed, the best agreeing ones are taken first (sub-event type,
exact date, admin1, admin2), each event at most once. Detection precision = paired /
predicted, recall = paired / gold. Field scores are over all gold events (a gold event
without a prediction counts as wrong). The sub-event macro-F1 is averaged over the union of
the gold and predicted labels: a gold event left unpaired is a miss of its label, a predicted
event left unpaired a false alarm of its label.

Gold events may say how the text gives the date (``date_in_text``: full, partial or none);
``date_full_in_text`` and ``date_partial_in_text`` then score the date on each part, and ``date_given_in_text`` where
the text gives it: written whole, or in part with the publication date that completes it (with no publication date
a weekday or a yearless day is unknown by the interface rule, whatever the label says).
Perpetrators are compared through the actor resolver's ids (the registry when installed,
else the extraction lexicon) with a normalised-name fallback; gold ``None`` is right only
when no perpetrator is predicted; gold ``Other`` (a named actor outside the label list) is
right for any named, non-generic perpetrator. A predicted id is also right when it is the
same group as the gold id at the event's date by the registry's lineage (``same_group``): a
rename (``became``) joins two ids at any date (ISGS and the Islamic State Sahel Province); an
absorption (``merged_into``) only from its date on (Ansar Dine is JNIM for an event of 2019,
not of 2015). The date is the gold ``event_date``, else the text's publication date; with
neither, only renames count.

Every event, beside the main event: a gold line may also hold ``other_events``, the other events the text reports
(each a gold event with ``told_as``: ``news``, or ``background`` for history the text recalls). They change none of
the scores above: the predictions are paired with the main events as always, and only those left over are then paired
with the other events (:func:`pair_text`: the same rule, best agreement first, except that an other event coding
neither a date nor an admin1 needs the prediction's event type as well as its country: the country alone stands in
for a main event, the one event the text is about, but an other event is one of several told beside it, and the
country alone would let any stray prediction in that country count as right). ``detection_precision_all_events``
counts as right a prediction paired with a main event or with a news other event (one paired with a background event
is wrong: history is not coded; ``extra_background`` is the share of predictions that code it),
``detection_recall_all_events`` is over the main and the news other events, and
``sub_event_type_macro_f1_all_events`` scores the news other events as the main events are scored: a prediction
paired with one is (its gold type, its type) instead of a false alarm, and a news other event no prediction pairs
with is a miss of its type, (its gold type, ``NONE``). A line without ``other_events`` is a text not labelled for
other events: the all-events figures are null, with the reason, unless every text scored is labelled.

Every score adds up what each text contributes (:class:`TextScore`), so that the texts can be pooled across sets
(:func:`~sahelwatch.extraction.text_scores.pooled`) and resampled for intervals
(:mod:`sahelwatch.extraction.text_scores`) without extracting again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from ..errors import InputError
from ..folding import words as fold_key
from ..geo.admin_names import filter_keys
from ..jsonlines import read_json_lines
from .actors import group_at, resolve_ids
from .pipeline import Document, Extractor, lone_surrogate
from .text_scores import NO_EVENT, EvalReport, OtherEventsScore, TextScore, report_of

FIELDS = ("event_type", "sub_event_type", "tactic", "perpetrator", "target", "admin1", "admin2", "date",
          "fatalities_exact", "fatalities_within_1")


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    text: str
    lang: str | None
    published: dt.date | None
    events: tuple[dict, ...]
    #: the other events the text reports (each with ``told_as``); None: the text is not labelled for them
    other_events: tuple[dict, ...] | None = None


#: the keys of a gold event the scorer reads as names (a string or null); any other key is the labeller's own
GOLD_NAME_KEYS = ("event_type", "sub_event_type", "tactic", "perpetrator", "target", "country", "admin1", "admin2",
                  "location")
DATE_IN_TEXT = ("full", "partial", "none")
TOLD_AS = ("news", "background")  # how a text tells an other event: its current news, or history it recalls


def shown_value(value) -> str:
    """A value as an error message quotes it: its repr, cut to 60 characters."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def iso_day(value) -> dt.date:
    """A gold file's day, written YYYY-MM-DD; ValueError for anything else (a number, '2024-13-40', '20240304')."""
    if not isinstance(value, str) or len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise ValueError(value)
    return dt.date.fromisoformat(value)


def gold_event_problem(ev: dict) -> str | None:
    """What keeps the scorer from reading gold event ``ev`` (the key, what it must be, what it holds), or None: a
    value of the wrong type would be a traceback in the middle of a score, or a field silently scored wrong."""
    for key in GOLD_NAME_KEYS:
        value = ev.get(key)
        if value is not None and not isinstance(value, str):
            return f"event key '{key}' must be a string or null, got {shown_value(value)}"
        lone = lone_surrogate(value or "", key)
        if lone:
            return f"event key {lone}"
    if ev.get("event_date") is not None:
        try:
            iso_day(ev["event_date"])
        except ValueError:
            return f"event key 'event_date' must be YYYY-MM-DD or null, got {shown_value(ev['event_date'])}"
    fat = ev.get("fatalities")
    if fat is not None and (type(fat) is not int or fat < 0):
        return f"event key 'fatalities' must be a whole number, 0 or more, or null, got {shown_value(fat)}"
    if ev.get("date_in_text") is not None and not any(ev["date_in_text"] == v for v in DATE_IN_TEXT):
        return f"event key 'date_in_text' must be one of {', '.join(DATE_IN_TEXT)} or null, got " \
               f"{shown_value(ev['date_in_text'])}"
    return None


def other_events_problem(value) -> str | None:
    """What keeps the scorer from reading a text's ``other_events`` (a list of gold events, each with ``told_as``
    news or background; see :func:`gold_event_problem`), or None. An event at fault is named by its rank."""
    if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
        return f"'other_events' must be a list of event objects, got {shown_value(value)}"
    for i, ev in enumerate(value, 1):
        problem = gold_event_problem(ev)
        if problem is None and not any(ev.get("told_as") == v for v in TOLD_AS):
            problem = f"event key 'told_as' must be one of {', '.join(TOLD_AS)}, got {shown_value(ev.get('told_as'))}"
        if problem:
            return f"'other_events': {problem} (other event {i} of {len(value)})"
    return None


def read_gold(path: Path) -> list[GoldDoc]:
    """The texts of a gold file; a line that is no gold text (see :mod:`sahelwatch.jsonlines`; an id that is not a
    string or a number, a text or a language that is not a string, a ``published`` that is not YYYY-MM-DD, a ``gold``
    that is not null, an event or a list of events, an event key the scorer reads that holds a value of the wrong
    kind, see :func:`gold_event_problem`, a lone surrogate in a string, an ``other_events`` that
    :func:`other_events_problem` refuses) is an :class:`~sahelwatch.errors.InputError`
    naming the file, the line and the reason: nothing is scored, as a score over part of a gold set would pass for
    the whole."""
    out = []
    for n, d in read_json_lines(path, required=("id", "text", "gold")):
        problem = _gold_line_problem(d)
        if problem:
            raise InputError(problem, path=str(path), line=n)
        g = d["gold"]
        events = tuple(g) if isinstance(g, list) else ((g,) if g else ())
        pub = iso_day(d["published"]) if d.get("published") not in (None, "") else None
        others = tuple(d["other_events"]) if "other_events" in d else None
        out.append(GoldDoc(str(d["id"]), d["text"], d.get("lang"), pub, events, others))
    return out


def _gold_line_problem(d: dict) -> str | None:
    """What keeps the scorer from reading gold line ``d`` (an object holding id, text and gold), or None."""
    try:
        events = gold_events(d["gold"])
    except ValueError as e:
        return str(e)
    if type(d["id"]) not in (str, int):
        return f"'id' must be a string or a whole number, got {shown_value(d['id'])}"
    if not isinstance(d["text"], str):
        return "'text' must be a string"
    return labelled_article_problem(d, events) or (other_events_problem(d["other_events"]) if "other_events" in d
                                                   else None)


def gold_events(g) -> list[dict]:
    """The events of a line's ``gold`` (null, an event object or a list of them); ValueError saying so for any
    other value."""
    if isinstance(g, list) and all(isinstance(e, dict) for e in g):
        return g
    if g is None or isinstance(g, dict):
        return [g] if g else []
    raise ValueError(f"'gold' must be null, an event object or a list of event objects, got {shown_value(g)}")


def labelled_article_problem(d: dict, events: list[dict]) -> str | None:
    """What keeps a labelled article ``d`` (a line of a gold or labels file) from being read, or None: a ``lang``
    that is not a string, a ``published`` that is not YYYY-MM-DD, a lone surrogate in its id, text or language, or
    one of its ``events`` (objects) that :func:`gold_event_problem` refuses, named by its rank when there are
    several. The gold reader and the training reader check a label this one way."""
    if d.get("lang") is not None and not isinstance(d["lang"], str):
        return f"'lang' must be a string or null, got {shown_value(d['lang'])}"
    for key in ("id", "text", "lang"):
        lone = lone_surrogate(d[key], key) if isinstance(d.get(key), str) else None
        if lone:
            return lone
    if d.get("published") not in (None, ""):
        try:
            iso_day(d["published"])
        except ValueError:
            return f"'published' must be YYYY-MM-DD, got {shown_value(d['published'])}"
    for i, ev in enumerate(events, 1):
        problem = gold_event_problem(ev)
        if problem:
            return problem if len(events) == 1 else f"{problem} (event {i} of {len(events)})"
    return None


def _perp(ev: dict) -> tuple[str | None, str | None]:
    p = next((a for a in ev.get("actors", []) if a["role"] == "perpetrator"), None)
    return (p["name"], p.get("canonical_id")) if p else (None, None)


_GENERIC = {fold_key(x) for x in ("Unidentified armed group", "Protesters", "Rioters", "Civilians")}


def same_group(a: str, b: str, at: dt.date | None, registry=None) -> bool:
    """Are ids ``a`` and ``b`` one organisation on date ``at``, by the registry's lineage?

    Both ids are followed through their renames (at any date) and through the absorptions
    dated on or before ``at`` to the id their organisation goes by; they are the same group
    when they arrive at the same id. An absorption after ``at`` does not join them, nor do a
    split, a group joining another while keeping its name, or a replacement.
    """
    if a == b:
        return True
    if registry is None:
        from ..actors import load_registry

        registry = load_registry()
    return group_at(registry, a, at) == group_at(registry, b, at)


def perpetrator_match(gold: str | None, name: str | None, cid: str | None, at: dt.date | None = None,
                      registry=None) -> bool:
    """Is the predicted perpetrator (``name``, its id ``cid``) the gold one, on the event's date ``at``?"""
    if gold in (None, "", "None"):
        return name is None
    if name is None:
        return False
    if fold_key(gold) == "other":
        return fold_key(name) not in _GENERIC
    if fold_key(gold) == fold_key(name):
        return True
    g_ids = set(resolve_ids(gold)) or {gold}  # a label the resolver does not know stands as an id
    p_ids = set(resolve_ids(name)) | ({cid} if cid else set())
    return bool(g_ids & p_ids) or any(same_group(g, p, at, registry) for g in g_ids for p in p_ids)


def _same(a, b) -> bool:
    return fold_key(str(a or "")) == fold_key(str(b or "")) and a not in (None, "")


def _same_unit(a, b, level: int) -> bool:
    """The same admin unit of this level, whatever the spelling: ACLED's English names ('Timbuktu', 'Segou')
    and the gazetteer's ('Tombouctou', 'Ségou') meet through the admin-name table's canonical names."""
    if _same(a, b):
        return True
    if a in (None, "") or b in (None, ""):
        return False
    return bool(set(filter_keys([str(a)], level)) & set(filter_keys([str(b)], level)))


def _iso(v) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def _agree(g: dict, p: dict) -> bool:
    """May these two events be the same one? The date within a day, or the admin1.

    When the gold codes neither a date nor an admin1, the country stands in for them.
    """
    gd, pd_ = _iso(g.get("event_date")), _iso(p.get("event_date"))
    if gd is not None and pd_ is not None and abs((gd - pd_).days) <= 1:
        return True
    loc = p.get("location") or {}
    if g.get("admin1") and _same_unit(g.get("admin1"), loc.get("admin1"), 1):
        return True
    if not g.get("event_date") and not g.get("admin1"):
        return _same(g.get("country"), loc.get("country"))
    return False


def _pair_score(g: dict, p: dict) -> int:
    loc = p.get("location") or {}
    return 4 * (g.get("sub_event_type") == p.get("sub_event_type")) + 2 * (
        _iso(g.get("event_date")) is not None and _iso(g.get("event_date")) == _iso(p.get("event_date"))) + \
        _same_unit(g.get("admin1"), loc.get("admin1"), 1) + _same_unit(g.get("admin2"), loc.get("admin2"), 2)


def _agree_other(g: dict, p: dict) -> bool:
    """May prediction ``p`` be other event ``g``? As for a main event (:func:`_agree`), but when ``g`` codes neither a
    date nor an admin1, the country must come with the event type (see the module's doc)."""
    if not g.get("event_date") and not g.get("admin1"):
        return _agree(g, p) and _same(g.get("event_type"), p.get("event_type"))
    return _agree(g, p)


def pair_events(golds: list[dict], preds: list[dict], agree=_agree) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of events that ``agree``, best agreement first, each event once."""
    cands = sorted(((-_pair_score(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                    if agree(g, p)))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


def pair_text(golds: Iterable[dict], others: Iterable[dict] | None, preds: list[dict]
              ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The pairs of one text: (gold index, predicted index) for its main events ``golds``, as :func:`pair_events`
    pairs them, and (other event index, predicted index) for its ``others`` (None: not labelled for them), which
    take only the predictions the main events left (see the module's doc). The scorer and the confidence calibration
    pair a text this one way."""
    main = pair_events(list(golds), preds)
    taken = {pi for _, pi in main}
    free = [i for i in range(len(preds)) if i not in taken]
    other = pair_events(list(others or ()), [preds[i] for i in free], _agree_other)
    return main, sorted((oi, free[fi]) for oi, fi in other)


#: the gold key each field score reads: a field whose key the gold event lacks is not scored
FIELD_GOLD_KEYS = {"event_type": "event_type", "sub_event_type": "sub_event_type", "tactic": "tactic",
                   "perpetrator": "perpetrator", "target": "target", "admin1": "admin1", "admin2": "admin2",
                   "date": "event_date", "date_within_1": "event_date", "fatalities_exact": "fatalities",
                   "fatalities_within_1": "fatalities"}


def field_checks(g: dict, p: dict | None, published: dt.date | None) -> dict[str, bool]:
    """Whether each field of predicted event ``p`` (its JSON; None when gold event ``g`` has no prediction paired
    with it: every field wrong) is the gold one, for the fields ``g`` codes (:data:`FIELD_GOLD_KEYS`). ``published``
    is the text's publication date (the perpetrator's lineage date when the gold gives no event date)."""
    name, cid = _perp(p) if p else (None, None)
    fat = (p or {}).get("fatalities", {}).get("best")
    gf = g.get("fatalities")
    checks = {
        "event_type": p is not None and p["event_type"] == g.get("event_type"),
        "sub_event_type": p is not None and p["sub_event_type"] == g.get("sub_event_type"),
        "tactic": p is not None and p["tactic"] == g.get("tactic"),
        "perpetrator": p is not None and perpetrator_match(g.get("perpetrator"), name, cid,
                                                           _iso(g.get("event_date")) or published),
        "target": p is not None and p["target_category"] == g.get("target"),
        "admin1": p is not None and _same_unit(p["location"].get("admin1"), g.get("admin1"), 1),
        "admin2": p is not None and _same_unit(p["location"].get("admin2"), g.get("admin2"), 2),
        "date": p is not None and _iso(p["event_date"]) is not None and _iso(p["event_date"]) == _iso(
            g.get("event_date")),
        "date_within_1": p is not None and _iso(g.get("event_date")) is not None and _iso(
            p["event_date"]) is not None and abs((_iso(p["event_date"]) - _iso(g["event_date"])).days) <= 1,
        "fatalities_exact": p is not None and gf is not None and fat == gf,
        "fatalities_within_1": p is not None and gf is not None and fat is not None and abs(fat - gf) <= 1,
    }
    return {k: bool(v) for k, v in checks.items() if FIELD_GOLD_KEYS[k] in g}


def score_text(d: GoldDoc, preds: list[dict]) -> tuple[TextScore, list[dict]]:
    """What text ``d`` adds to the scores, its events ``preds`` predicted (as :meth:`ExtractedEvent.as_json`
    writes them), and its errors."""
    right: dict[str, int] = {}
    scored: dict[str, int] = {}
    sub_pairs: list[tuple[str, str]] = []
    errors = []

    def hit(k: str, v: bool) -> None:
        right[k] = right.get(k, 0) + bool(v)
        scored[k] = scored.get(k, 0) + 1

    main, other_pairs = pair_text(d.events, d.other_events, preds)
    paired = dict(main)
    free = [i for i in range(len(preds)) if i not in paired.values()]
    for gi, g in enumerate(d.events):
        p = preds[paired[gi]] if gi in paired else None
        name, cid = _perp(p) if p else (None, None)
        fat = (p or {}).get("fatalities", {}).get("best")
        checks = field_checks(g, p, d.published)
        for k, v in checks.items():
            hit(k, v)
        if g.get("date_in_text") in ("full", "partial") and "event_date" in g:
            hit(f"date_{g['date_in_text']}_in_text", checks["date"])
            if g["date_in_text"] == "full" or d.published is not None:
                hit("date_given_in_text", checks["date"])
        if "sub_event_type" in g:
            sub_pairs.append((g.get("sub_event_type"), p["sub_event_type"] if p else NO_EVENT))
        wrong = [k for k, v in checks.items() if not v and k not in ("fatalities_within_1", "date_within_1")]
        if wrong:
            errors.append({"id": d.id, "wrong": wrong,
                           "gold": {k: g.get(k) for k in ("event_date", "sub_event_type", "tactic", "perpetrator",
                                                           "target", "admin1", "admin2", "fatalities")},
                           "predicted": None if p is None else {
                               "event_date": p["event_date"], "sub_event_type": p["sub_event_type"],
                               "tactic": p["tactic"], "perpetrator": name, "target": p["target_category"],
                               "admin1": p["location"].get("admin1"), "admin2": p["location"].get("admin2"),
                               "fatalities": fat}})
    main_pairs = list(sub_pairs)
    told = {pi: d.other_events[oi] for oi, pi in other_pairs}  # a prediction left by the main events -> its event
    all_pairs = list(main_pairs)
    found = {oi for oi, _ in other_pairs}
    for oi, other in enumerate(d.other_events or ()):  # a news other event no prediction is: a miss of its type
        if other["told_as"] == "news" and oi not in found and "sub_event_type" in other:
            all_pairs.append((other.get("sub_event_type"), NO_EVENT))
    for i in free:
        sub_pairs.append((NO_EVENT, preds[i]["sub_event_type"]))
        other = told.get(i)
        if other is None or other["told_as"] != "news":
            all_pairs.append((NO_EVENT, preds[i]["sub_event_type"]))
        elif "sub_event_type" in other:  # as a main event, a news event without a type is not scored on it
            all_pairs.append((other.get("sub_event_type"), preds[i]["sub_event_type"]))
        errors.append({"id": d.id, "wrong": ["spurious_event"], "predicted": {
            "sub_event_type": preds[i]["sub_event_type"], "event_date": preds[i]["event_date"]}}
            | ({"other_event": other["told_as"]} if other is not None else {}))
    other_score = None
    if d.other_events is not None:
        n_news = sum(o["told_as"] == "news" for o in d.other_events)
        p_news = sum(o["told_as"] == "news" for o in told.values())
        other_score = OtherEventsScore(n_news, len(d.other_events) - n_news, p_news, len(told) - p_news,
                                       tuple(all_pairs))
    text = TextScore(d.id, len(d.events), len(preds), len(paired),
                     tuple((k, right[k], scored[k]) for k in scored), tuple(sub_pairs), other_score)
    return text, errors


def evaluate(docs: Iterable[GoldDoc], extractor: Extractor | None = None, keep_errors: int = 200) -> EvalReport:
    extractor = extractor or Extractor()
    docs = list(docs)
    results = list(extractor.extract_many(Document(d.id, d.text, d.lang, d.published) for d in docs))
    texts, errors = [], []
    for d, r in zip(docs, results):
        text, errs = score_text(d, [e.as_json() for e in r.events])
        texts.append(text)
        errors += errs[:max(0, keep_errors - len(errors))]
    return report_of(texts, errors)


def without_published(docs: Iterable[GoldDoc]) -> list[GoldDoc]:
    """The same texts with no publication date: measures how the rules date undated text."""
    return [replace(d, published=None) for d in docs]


def evaluate_file(path: Path, extractor: Extractor | None = None, lang: str | None = None, *,
                  published: bool = True) -> EvalReport:
    docs = read_gold(path)
    if lang:
        docs = [d for d in docs if (d.lang or "") == lang]
    return evaluate(docs if published else without_published(docs), extractor)


# --------------------------------------------------------------------------- ACLED notes
def _parse_date(v) -> dt.date | None:
    """ISO dates as such; '31 December 2018' and day-first numeric dates as ACLED writes them."""
    import pandas as pd

    if v is None or (isinstance(v, float) and v != v):
        return None
    s = str(v).strip()
    with contextlib.suppress(ValueError):  # not ISO: try ACLED's own ways below
        return dt.date.fromisoformat(s[:10])
    try:
        return pd.to_datetime(s, dayfirst=True).date()
    except (ValueError, TypeError):
        return None


def acled_gold(path: Path, limit: int | None = None) -> list[GoldDoc]:
    """ACLED rows as gold: the notes are the text (English), published = event date + 1 day.

    Reads the dyadic, monadic (one row per event kept) and legacy layouts.
    """
    import pandas as pd

    df = pd.read_csv(path, low_memory=False)
    df.columns = [c.lower() for c in df.columns]
    if "event_id_cnty" in df.columns:
        df = df.drop_duplicates("event_id_cnty")
    if "sub_event_type" not in df.columns:
        df["sub_event_type"] = None  # the legacy (pre-2019) layout has no sub-event types
    notes_col = "notes" if "notes" in df.columns else None
    if notes_col is None:
        return []
    out = []
    for _, r in df.iterrows():
        notes = r.get("notes")
        if not isinstance(notes, str) or not notes.strip():
            continue
        d = _parse_date(r.get("event_date"))
        if d is None:
            continue
        sub = r.get("sub_event_type") if isinstance(r.get("sub_event_type"), str) else None
        et = r.get("event_type") if isinstance(r.get("event_type"), str) else None
        # only the fields this export codes: the others are not scored
        g = {"event_date": d.isoformat(), "country": r.get("country"), "admin1": r.get("admin1"),
             "admin2": r.get("admin2"), "location": r.get("location"), "perpetrator": r.get("actor1"),
             "fatalities": int(r["fatalities"]) if pd.notna(r.get("fatalities")) else None}
        if sub:
            g["sub_event_type"] = sub
            g["event_type"] = et
        out.append(GoldDoc(str(r.get("event_id_cnty") or r.get("data_id")), notes, "en", d + dt.timedelta(days=1), (g,)))
        if limit and len(out) >= limit:
            break
    return out


def format_report(rep: EvalReport) -> str:
    """The report as text: the counts, each score, and the other events' counts or why the all-events figures are
    null."""
    lines = [f"documents {rep.n_docs}  gold events {rep.n_gold_events}  predicted {rep.n_pred_events}  paired {rep.n_paired}"]
    for k, v in rep.scores.items():
        lines.append(f"  {k:34s} {'-' if v is None else f'{v:.3f}'}")
    lines.append(f"  {all_events_line(rep.all_events)}")
    return "\n".join(lines)


def all_events_line(all_events: dict) -> str:
    """One line on a report's other events: their counts, or why the all-events figures are null."""
    if all_events.get("reason"):
        return f"all events: - ({all_events['reason']})"
    a = all_events
    return (f"all events: {a['other_events_news']} news and {a['other_events_background']} background other events; "
            f"predictions paired with them {a['paired_other_news']} news, {a['paired_other_background']} background; "
            f"predictions paired with nothing {a['unpaired_predictions']}")


def error_counts(rep: EvalReport) -> Counter:
    return Counter(w for e in rep.errors for w in e["wrong"])
