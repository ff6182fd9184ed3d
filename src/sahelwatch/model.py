"""The event table and the taxonomies: the vocabulary every other module speaks.

Meaning is declared, never guessed. Each source keeps its own precision code
(``date_precision_source``, ``geo_precision_source``) beside the common scale
(:class:`DatePrecision`, :class:`GeoPrecision`), and the mapping between them
lives in the source adapters, next to the documentation of that source.

Events move as Arrow tables (or frames) whose columns are :data:`EVENT_COLUMNS`;
code that shows one event reads one row of those columns, and the API's public
shapes are its own schemas (see docs/adr/0001).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Mapping

import pyarrow as pa


class StrEnum(str, enum.Enum):
    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


# --------------------------------------------------------------------------- ACLED taxonomy
class EventType(StrEnum):
    """ACLED's six event types (2019 codebook onwards)."""

    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


#: ACLED's 25 sub-event types, each under its event type.
SUB_EVENT_TYPES: Mapping[EventType, tuple[str, ...]] = {
    EventType.BATTLES: (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    EventType.EXPLOSIONS: (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    EventType.VIOLENCE_AGAINST_CIVILIANS: (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    EventType.PROTESTS: (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    EventType.RIOTS: ("Violent demonstration", "Mob violence"),
    EventType.STRATEGIC_DEVELOPMENTS: (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_EVENT_TO_TYPE: Mapping[str, EventType] = {
    sub: et for et, subs in SUB_EVENT_TYPES.items() for sub in subs
}
EVENT_TYPE_NAMES: frozenset[str] = frozenset(e.value for e in EventType)


class InterCode(enum.IntEnum):
    """ACLED's actor type codes (``inter1``/``inter2``); interaction = the two, sorted."""

    NONE = 0
    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER_FORCES = 8


class Tactic(StrEnum):
    AMBUSH = "ambush"
    IED = "ied"
    SUICIDE_BOMBING = "suicide_bombing"
    ASSASSINATION = "assassination"
    RAID_ON_VILLAGE = "raid_on_village"
    ABDUCTION = "abduction"
    ARMED_CLASH = "armed_clash"
    SHELLING = "shelling"
    AIR_STRIKE = "air_strike"
    ARREST = "arrest"
    LOOTING_BURNING = "looting_burning"
    PROTEST = "protest"
    SEXUAL_VIOLENCE = "sexual_violence"
    OTHER = "other"


class TargetCategory(StrEnum):
    SECURITY_FORCES = "security_forces"
    GOVERNMENT_OFFICIALS = "government_officials"
    CIVILIANS = "civilians"
    PEACEKEEPERS = "peacekeepers"
    ARMED_GROUP = "armed_group"
    HUMANITARIAN = "humanitarian"
    PROPERTY = "property"
    NONE = "none"


class Attribution(StrEnum):
    CLAIMED = "claimed"
    ATTRIBUTED = "attributed"  # by authorities or the reporting source
    SUSPECTED = "suspected"
    UNKNOWN = "unknown"


# --------------------------------------------------------------------------- precision scales
class DatePrecision(StrEnum):
    """Common date precision. Sources map their own codes onto it."""

    DAY = "day"
    WEEK = "week"  # within a few days (ACLED 2, UCDP 2)
    MONTH = "month"
    YEAR = "year"
    LONGER = "longer"  # UCDP 5: more than a year


#: The date window, in days either side, that a precision allows (used by linkage).
DATE_PRECISION_DAYS: Mapping[DatePrecision, int] = {
    DatePrecision.DAY: 1,
    DatePrecision.WEEK: 7,
    DatePrecision.MONTH: 31,
    DatePrecision.YEAR: 366,
    DatePrecision.LONGER: 3660,
}


class GeoPrecision(StrEnum):
    """Common location precision. Sources map their own codes onto it."""

    EXACT = "exact"  # the named place itself (ACLED 1, UCDP 1)
    NEAR = "near"  # near the place, within ~25 km (ACLED 2, UCDP 2)
    ADMIN2 = "admin2"  # only the second-order unit is known (UCDP 3)
    ADMIN1 = "admin1"  # only the first-order unit (ACLED 3, UCDP 4)
    REGION = "region"  # a wider, non-administrative area (UCDP 5)
    COUNTRY = "country"  # only the country (UCDP 6)
    OTHER = "other"  # international waters or airspace (UCDP 7)


#: The uncertainty radius in km that a location precision implies (used by linkage).
GEO_PRECISION_KM: Mapping[GeoPrecision, float] = {
    GeoPrecision.EXACT: 5.0,
    GeoPrecision.NEAR: 25.0,
    GeoPrecision.ADMIN2: 75.0,
    GeoPrecision.ADMIN1: 250.0,
    GeoPrecision.REGION: 300.0,
    GeoPrecision.COUNTRY: 1000.0,
    GeoPrecision.OTHER: 1000.0,
}


# --------------------------------------------------------------------------- the event table
@dataclass(frozen=True, slots=True)
class ColumnSpec:
    name: str
    type: pa.DataType
    doc: str
    content: bool = True  # part of the event's content (a change makes a new version)


_COLUMN_SPECS: tuple[ColumnSpec, ...] = (
    # identity and provenance
    ColumnSpec("event_id", pa.string(), "stable store id: '<source>:<source_event_id>'", False),
    ColumnSpec("source", pa.string(), "dataset family: acled, ucdp-ged, field, chronology, ...", False),
    ColumnSpec("release", pa.string(), "release or export of the source (e.g. ged231)", False),
    ColumnSpec("source_event_id", pa.string(), "the source's own event id", False),
    ColumnSpec("source_event_id_alt", pa.string(), "a second source id (ACLED data_id, UCDP relid)", False),
    # when
    ColumnSpec("event_date", pa.date32(), "the event's date (start date when a range)"),
    ColumnSpec("date_end", pa.date32(), "last possible date when the source gives a range"),
    ColumnSpec("date_precision", pa.string(), "common scale: day, week, month, year, longer"),
    ColumnSpec("date_precision_source", pa.string(), "the source's own code, e.g. acled:1, ucdp:3"),
    ColumnSpec("year", pa.int16(), "year of event_date"),
    # where
    ColumnSpec("country", pa.string(), "country name as the source writes it"),
    ColumnSpec("iso3", pa.string(), "ISO 3166-1 alpha-3 code"),
    ColumnSpec("admin1", pa.string(), "first-order unit as the source writes it"),
    ColumnSpec("admin2", pa.string(), "second-order unit as the source writes it"),
    ColumnSpec("admin3", pa.string(), "third-order unit as the source writes it"),
    ColumnSpec("location", pa.string(), "place name"),
    ColumnSpec("latitude", pa.float64(), "WGS84 latitude"),
    ColumnSpec("longitude", pa.float64(), "WGS84 longitude"),
    ColumnSpec("geo_precision", pa.string(), "common scale: exact, near, admin2, admin1, region, country, other"),
    ColumnSpec("geo_precision_source", pa.string(), "the source's own code, e.g. acled:2, ucdp:4"),
    # what
    ColumnSpec("event_type", pa.string(), "ACLED event type"),
    ColumnSpec("sub_event_type", pa.string(), "ACLED sub-event type"),
    ColumnSpec("event_type_source", pa.string(), "the source's own type when it differs (legacy ACLED, UCDP)"),
    ColumnSpec("disorder_type", pa.string(), "ACLED disorder type, when given"),
    # who
    ColumnSpec("actor1", pa.string(), "first actor, as the source names it"),
    ColumnSpec("assoc_actor_1", pa.string(), "actors associated with actor1"),
    ColumnSpec("inter1", pa.int8(), "ACLED inter code of actor1"),
    ColumnSpec("actor2", pa.string(), "second actor, as the source names it"),
    ColumnSpec("assoc_actor_2", pa.string(), "actors associated with actor2"),
    ColumnSpec("inter2", pa.int8(), "ACLED inter code of actor2"),
    ColumnSpec("interaction", pa.int16(), "ACLED interaction code"),
    ColumnSpec("actor1_source_id", pa.string(), "the source's own id of actor1 (UCDP side_a_new_id)"),
    ColumnSpec("actor2_source_id", pa.string(), "the source's own id of actor2 (UCDP side_b_new_id)"),
    # how many
    ColumnSpec("fatalities_low", pa.int32(), "lowest reported fatalities"),
    ColumnSpec("fatalities_best", pa.int32(), "best estimate of fatalities (ACLED's figure, UCDP's best)"),
    ColumnSpec("fatalities_high", pa.int32(), "highest reported fatalities"),
    # text
    ColumnSpec("notes", pa.string(), "the source's event description"),
    ColumnSpec("notes_fr", pa.string(), "the description in French, when the source gives one"),
    ColumnSpec("source_names", pa.string(), "the news or partner sources the dataset cites"),
    ColumnSpec("source_urls", pa.string(), "links to those sources, ' | ' between them"),
    ColumnSpec("source_scale", pa.string(), "ACLED source scale"),
    # coded by sahelwatch (the originals above stay untouched)
    ColumnSpec("tactic", pa.string(), "tactic (sahelwatch taxonomy), when coded by the source"),
    ColumnSpec("target_category", pa.string(), "target category, when coded by the source"),
    ColumnSpec("attribution", pa.string(), "attribution status, when coded by the source"),
    ColumnSpec("source_updated", pa.timestamp("s", tz="UTC"), "the source's own last-update time (ACLED timestamp)", False),
    ColumnSpec("quality_notes", pa.string(), "what sahelwatch repaired in this row, and why (the raw row keeps the original)", False),
)
EVENT_COLUMNS: tuple[str, ...] = tuple(c.name for c in _COLUMN_SPECS)
EVENT_SCHEMA: pa.Schema = pa.schema([pa.field(c.name, c.type) for c in _COLUMN_SPECS])
#: Columns whose change makes a new version of an event.
CONTENT_COLUMNS: tuple[str, ...] = tuple(c.name for c in _COLUMN_SPECS if c.content)

#: Columns of an aggregate record (a count per unit and period, e.g. ACLED-on-HDX).
AGGREGATE_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("source", pa.string()),
        pa.field("release", pa.string()),
        pa.field("iso3", pa.string()),
        pa.field("country", pa.string()),
        pa.field("admin1", pa.string()),
        pa.field("admin1_pcode", pa.string()),
        pa.field("admin2", pa.string()),
        pa.field("admin2_pcode", pa.string()),
        pa.field("period_start", pa.date32()),
        pa.field("period", pa.string()),  # month | week | year
        pa.field("events", pa.int32()),
        pa.field("fatalities", pa.int32()),
    ]
)


#: Columns sahelwatch derives from an event's content (spatial keys, resolved actors, coded
#: tactic/target/attribution). They are recomputed when the registry or boundaries change,
#: without making a new version of the event. Source-coded values always win over derived ones.
DERIVED_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("admin1_norm", pa.string()),
        pa.field("admin2_norm", pa.string()),
        pa.field("admin1_pcode", pa.string()),
        pa.field("admin2_pcode", pa.string()),
        pa.field("priogrid_gid", pa.int32()),
        pa.field("h3", pa.string()),
        pa.field("border_km", pa.float64()),
        pa.field("border_iso3", pa.string()),
        pa.field("liptako_gourma", pa.bool_()),
        pa.field("actor1_ids", pa.list_(pa.string())),
        pa.field("actor2_ids", pa.list_(pa.string())),
        pa.field("assoc_actor_1_ids", pa.list_(pa.string())),
        pa.field("assoc_actor_2_ids", pa.list_(pa.string())),
        pa.field("actor1_family", pa.string()),
        pa.field("actor2_family", pa.string()),
        pa.field("perpetrator_ids", pa.list_(pa.string())),
        pa.field("target_ids", pa.list_(pa.string())),
        pa.field("perpetrator_family", pa.string()),
        pa.field("derived_tactic", pa.string()),
        pa.field("derived_target_category", pa.string()),
        pa.field("derived_attribution", pa.string()),
        pa.field("derived_evidence", pa.string()),  # JSON: which text, which spans ('sahelwatch enrich')
    ]
)
DERIVED_COLUMNS: tuple[str, ...] = tuple(DERIVED_SCHEMA.names)
DERIVED_DOCS: Mapping[str, str] = {
    "admin1_norm": "canonical admin1 name, accent-folded (Ségou/Segou -> segou)",
    "admin2_norm": "canonical admin2 name, accent-folded",
    "admin1_pcode": "OCHA P-code of the admin1 unit, from boundaries imported with 'geo import'",
    "admin2_pcode": "OCHA P-code of the admin2 unit, from boundaries imported with 'geo import'",
    "priogrid_gid": "PRIO-GRID 0.5 degree cell id (as UCDP's priogrid_gid)",
    "h3": "H3 cell, resolution 5",
    "border_km": "great-circle km to the nearest international land border",
    "border_iso3": "the country across that border",
    "liptako_gourma": "in the Liptako-Gourma tri-border zone (docs/geo.md)",
    "actor1_ids": "canonical actor ids of actor1 (several for a composite or ambiguous name)",
    "actor2_ids": "canonical actor ids of actor2",
    "assoc_actor_1_ids": "canonical actor ids of the actors associated with actor1",
    "assoc_actor_2_ids": "canonical actor ids of the actors associated with actor2",
    "actor1_family": "actor family of actor1 (jihadist_al_qaeda, state_forces, ...)",
    "actor2_family": "actor family of actor2",
    "perpetrator_ids": "ids of the side that acted (the initiator; actor2 when the notes say so)",
    "target_ids": "ids of the side acted upon",
    "perpetrator_family": "actor family of the perpetrator",
    "derived_tactic": "tactic read from the event's text ('sahelwatch enrich')",
    "derived_target_category": "target category from actors, inter codes and text",
    "derived_attribution": "claimed / attributed / suspected / unknown, from actors and text",
    "derived_evidence": "JSON: the text read and the spans that support the derived coding",
}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The shared filters: the same on every command, the API and the dashboard.

    ``actor_ids`` are canonical ids; callers resolve aliases before filtering. ``admin1`` and ``admin2`` are
    unit names (any spelling or alias the admin-name table knows, accents and case aside) or P-codes.
    """

    country: tuple[str, ...] = ()  # names or ISO3 codes
    admin1: tuple[str, ...] = ()
    actor_ids: tuple[str, ...] = ()
    event_type: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    source: tuple[str, ...] = ()
    admin2: tuple[str, ...] = ()  # districts: Mali's cercles, Burkina Faso's provinces, Niger's departments
