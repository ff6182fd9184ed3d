"""ACLED event type and sub-event type, and the tactic, from cue words.

The main sentence decides; the event's other foreground sentences are consulted only
when the main sentence has no cue. Precedence, first match wins (ACLED's own rules: a
suicide attack is a Suicide bomb whatever it hits; an IED is remote violence; violence
against unarmed people is Violence against civilians, against armed people a Battle):

1. sexual violence  2. suicide (not a bomber opening an assault told as a fight)
3. protest (riot, intervention, excessive force)
4. riot (mob violence when a mob acts, else a violent demonstration)  5. air/drone strike
6. disrupted weapons use (a device defused, weapons seized, no one killed)  7. shelling (not in a fight)
8. IED/landmine  9. abduction (none killed, beaten or tortured)
10. territory change  11. arrests (none beaten, no fight, no wound)
12. looting/destruction with no other violence (no wound, no abduction, no attack on soldiers)
13. killing, attack or clash: Armed clash when the target is armed (security forces,
    peacekeepers, an armed group) or there was fighting; Attack when it is not.

Tactic: ambush (embuscade), assassination (a targeted individual or at most two people
shot, executed or assassinated), raid_on_village (an attack on a village, hamlet, camp or
market), armed_clash, abduction, arrest, looting_burning, protest, sexual_violence,
suicide_bombing, ied, shelling, air_strike; abuse without killing (torture, flogging)
and mass executions of detainees are ``other``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .counts import THREAT_FRAME
from .prefilter import guard
from .resources import cue, cue_scan, words_re
from .roles import CIVILIAN_VEHICLE


@dataclass(frozen=True, slots=True)
class Classification:
    event_type: str
    sub_event_type: str
    tactic: str
    confidence: float
    evidence: tuple[tuple[int, int], ...]


SUB_TO_TYPE = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Air/drone strike": "Explosions/Remote violence", "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Arrests": "Strategic developments", "Looting/property destruction": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Other": "Strategic developments",
}
_UNARMED = frozenset({"civilians", "government_officials", "humanitarian"})
EVENT_CUES = ("death", "suicide", "ied", "shelling", "air", "abduction", "sexual", "arrest", "protest", "riot",
              "looting", "territory_nsa", "territory_gov", "clash", "attack", "abuse")
#: the cues :func:`signals` reads, in one pass per sentence
SIGNAL_CUES = EVENT_CUES + ("ambush", "fighting", "individual_target", "village", "protest_intervention", "injury",
                            "zero_fatalities", "victims_civilian", "victims_people", "victims_forces", "lethal_force",
                            "disrupted", "mob", "armed_object")


def signals(folded: str, lang: str, offset: int = 0) -> dict[str, tuple[int, int]]:
    """The cue names found in a folded sentence, each with its first span (web addresses are not read:
    "…/massacre-au-…" in a link reports nothing)."""
    folded = _URL.sub(lambda m: " " * len(m.group()), folded)
    out = {name: (m.start() + offset, m.end() + offset) for name, m in cue_scan(SIGNAL_CUES, lang).first(folded).items()}
    if "protest" in out:
        _protest_scope(folded, lang, out)
        # a march pushed back by the police ("la marche a été repoussée par les forces de l'ordre", "protesters were
        # repelled by police") is the police's intervention, not a fight of the protesters
        for k in ("clash", "fighting"):
            if k in out and all(_PUSHED_BACK.match(folded, m.start())
                                and _CROWD_BEFORE.search(folded, max(0, m.start() - 50), m.start())
                                for m in cue(k, lang).finditer(folded)):
                del out[k]
    if "riot" in out and "protest" in out and not _CROWD_VIOLENCE.search(folded) \
            and all(_ANGER_ONLY.match(m.group()) for m in cue("riot", lang).finditer(folded)):
        # protesters only told angry ("des jeunes en colère ont manifesté", "angry youths marched") did nothing violent
        # of their own: their protest is read from what they and the police did
        del out["riot"]
    if "riot" in out and "protest" not in out \
            and all(_ANGER_ONLY.match(m.group()) for m in cue("riot", lang).finditer(folded)) \
            and not any(k in out for k in _ANGRY_ACTS) and not _CROWD_VIOLENCE.search(folded):
        # a crowd only told angry that gathers, voices or demands, with no act of violence, wound or arrest told in
        # its sentence ("une foule en colère s'est rassemblée devant la mairie", "angry youths gathered outside the
        # governor's office"): a protest, not a riot or a mob
        out["protest"] = out.pop("riot")
        out.pop("mob", None)
    if "riot" not in out and (chase := _CHASE_OFFICIAL.search(folded)) \
            and all(_ANGER_ONLY.match(m.group()) for m in cue("mob", lang).finditer(folded)):
        # residents, villagers or youths who chase, drive out or expel an official ("des habitants en colère ont chassé
        # le préfet", "angry residents chased the mayor out of town"): a crowd's violence, told as English tells
        # "angry residents" (a violent demonstration; a lynching or a crowd named as such stays a mob); the official
        # chased "de la ville" is no territory taken
        out["riot"] = (chase.start() + offset, chase.end() + offset)
        out.pop("mob", None)
        if "territory_nsa" in out and all(m.group().startswith("chass") for m in cue("territory_nsa", lang).finditer(folded)):
            del out["territory_nsa"]
    if "protest_intervention" in out and all(
            _DISPERSED.match(m.group())
            and (_SELF_DISPERSED_BEFORE.search(folded, max(0, m.start() - 24), m.start())
                 or (_SELF_DISPERSED_AFTER.match(folded, m.end())
                     and not _PASSIVE_BEFORE.search(folded, max(0, m.start() - 24), m.start())))
            for m in cue("protest_intervention", lang).finditer(folded)):
        # a crowd that broke up of its own ("dispersed peacefully", "se sont dispersés dans le calme"): no one
        # dispersed it
        del out["protest_intervention"]
    if "lethal_force" in out and "protest" in out and all(
            _protesters_own_force(folded, m) for m in cue("lethal_force", lang).finditer(folded)):
        # force the protesters used (or that wounded the police), not force used on them: their protest is violent
        out.setdefault("riot", out.pop("lethal_force"))
        out.pop("lethal_force", None)
    for k in ("death", "clash"):
        if k in out and all(m.group().startswith("neutralis") and _DEVICE_BEFORE.search(folded, max(0, m.start() - 60),
                                                                                          m.start())
                            for m in cue(k, lang).finditer(folded)):
            # a device "découverte et neutralisée", "mines ... ont été neutralisées": the device made safe, no men
            # neutralised (the cue itself leaves the device named right after the verb)
            del out[k]
    if "attack" in out and all(_PLANNED.search(folded, max(0, m.start() - 32), m.start())
                               for m in cue("attack", lang).finditer(folded)):
        # attacks named only as planned or plotted ("un plan d'attaques", "a plot to attack", "preparing attacks") are
        # no attack done: the plan foiled, or the strike on its planners, is the act
        del out["attack"]
    if "attack" in out and FOILED.search(folded) and (found := list(cue("attack", lang).finditer(folded))) \
            and any(FOILED_AIM.search(folded, max(0, m.start() - 60), m.start()) for m in found) \
            and all(DOERS_CUE.match(m.group()) or FOILED_AIM.search(folded, max(0, m.start() - 60), m.start())
                    for m in found):
        # an attack its doers were stopped, caught or arrested before making ("des hommes armés ont été interceptés
        # alors qu'ils venaient attaquer le marché", "gunmen were arrested before they could attack"): no attack done;
        # the doers' words name who was stopped
        del out["attack"]
    if "attack" in out and all(_WORDS_OBJECT.match(folded, m.end())
                               or (_STRIKER.search(folded, 0, m.end()) and _STRIKER_AFTER.match(folded, m.end()))
                               or _in_game(folded, m)
                               for m in cue("attack", lang).finditer(folded)):
        # an attack whose object is a party, the government, critics, the press, someone's words or a team ("launched
        # a fierce attack on the opposition", "une violente attaque contre le gouvernement", "attacked his remarks"):
        # words or a game, no violence; and a team's striker ("l'attaquant du Stade a marqué"); and a match's attack
        # (:func:`_in_game`)
        del out["attack"]
    if "death" in out and all(m.group().startswith("abattu") and _WORK_DONE.match(folded, m.end())
                              for m in cue("death", lang).finditer(folded)):
        del out["death"]  # "a abattu un travail énorme": work done, no one shot
    if "clash" in out and all(_ONE_SIDED_FIRE.match(m.group()) for m in cue("clash", lang).finditer(folded)):
        # the clash words are only an ambush or fire one side took ("est tombé dans une embuscade", "came under
        # fire"): no fight told, an attack unless the target is armed
        out["_one_sided"] = out["clash"]
        if CIVILIAN_VEHICLE.search(folded):
            out["_civilian_vehicle"] = out["clash"]
    if "ied" in out and all(_TREND_VERB.search(m.group())
                            and _PRICE_SUBJECT.search(folded, max(0, m.start() - 60), m.start())
                            for m in cue("ied", lang).finditer(folded)):
        # a price, a demand or a count that "a explosé" or "exploded" with words between them ("le prix du sac de mil
        # a explosé", "demand for solar panels exploded"): the trend's subject, no device (the cue itself leaves the
        # noun right before the verb)
        del out["ied"]
    if "looting" in out and all(_LOOT_NOT_DONE.search(folded, max(0, m.start() - 60), m.start())
                                or (_BURN.match(m.group()) and _symbol_burnt(folded, m.end()))
                                for m in cue("looting", lang).finditer(folded)):
        # looting feared or foreseen, or a flag or an effigy burnt: no property looted or destroyed (a protest that
        # tells only these stays peaceful)
        del out["looting"]
    threat = THREAT_FRAME["en" if lang == "en" else "fr"]
    if "death" in out and threat.search(folded[max(0, out["death"][0] - offset - 60) : out["death"][0] - offset]):
        # a killing threatened, demanded or planned ("ont menacé de les tuer", "vowed to execute them") is no killing:
        # the death read is the first told as done
        done = min((m for m in cue("death", lang).finditer(folded)
                    if not threat.search(folded[max(0, m.start() - 60) : m.start()])), key=lambda m: m.start(), default=None)
        if done is None:
            out.pop("death")
        else:
            out["death"] = (done.start() + offset, done.end() + offset)
    if "suicide" in out and any(k in out for k in ("clash", "fighting")):
        # a fight told apart from the bombing (after a semicolon, "later", "elsewhere") is not the bomber's assault
        s0 = out["suicide"][0]
        if all(_APART.search(folded[min(s0, out[k][0]) - offset : max(s0, out[k][0]) - offset])
               for k in ("clash", "fighting") if k in out):
            out["_fight_apart"] = out["suicide"]
    if "ied" in out:
        devices = [m.group() for m in cue("ied", lang).finditer(folded)]
        if all(_BARE_MINE.fullmatch(d) for d in devices) and cue("mining_site", lang).search(folded) \
                and not cue("strike_act", lang).search(folded):
            # a mine named beside a mining site with no blast told ("stormed the gold site, killing a mine
            # technician", "la société qui exploite la mine") is the site, not a device: kept aside for no_event_reason
            out["_mine_site"] = out.pop("ied")
        elif all(_BARE_MINE.fullmatch(m.group()) and _THE_MINE.search(folded, max(0, m.start() - 40), m.start())
                 for m in cue("ied", lang).finditer(folded)) \
                and not cue("strike_act", lang).search(folded) and not _MINE_HIT.search(folded) \
                and not any(k in out for k in ("death", "injury", "attack", "clash", "fighting", "disrupted", "abduction")):
            # a definite mine of a place or a name, with no blast, hit, death, wound or attack told in its sentence ("the
            # dispute over the Kobou mine", "the mine would be returned to its operator", "la mine de Kobou a rouvert"):
            # a mine that is dug, not a device
            out["_mine_named"] = out.pop("ied")
        elif all(_BLAST.fullmatch(m.group()) and not _VEHICLE_BLEW.search(folded, max(0, m.start() - 40), m.end())
                 for m in cue("ied", lang).finditer(folded)):
            out["_blast_only"] = out["ied"]  # a blast told with no device named: its means may be told later
    if "air" in out and all(_DOWNED_BEFORE.search(folded, max(0, m.start() - 32), m.start())
                            or _DOWNED_AFTER.match(folded, m.end())
                            or _AIR_NO_STRIKE_BEFORE.search(folded, max(0, m.start() - 40), m.start())
                            or _AIR_NO_STRIKE_AFTER.match(folded, m.end()) for m in cue("air", lang).finditer(folded)):
        # an aircraft or a drone shot down ("accusé d'avoir abattu un drone", "a drone was shot down") is what was hit,
        # no strike it made; one that carries people or watches ("évacués par des moyens aériens", "des drones
        # survolaient la zone", "surveillance drones") strikes no one
        del out["air"]
    if "air" in out and (cue("strike_act", lang).search(folded)
                         or not all(_AIR_MEANS.fullmatch(m.group()) for m in cue("air", lang).finditer(folded))
                         or any(_AIR_INSTRUMENT.search(folded, max(0, m.start() - 40), m.start())
                                for m in cue("air", lang).finditer(folded))):
        # a strike told as an act ("a drone fired on", "une frappe aérienne") or the act's instrument ("attacked the
        # camp with armed drones", "au moyen de drones"), not an aircraft only named ("the army sent drones to search
        # the area"): what may be the cause of a blast told with no device
        out["_air_act"] = out["air"]
    if "death" in out and any(_PROTESTERS_BEFORE.search(folded, max(0, m.start() - 48), m.start())
                              or _PROTESTERS_AFTER.match(folded, m.end()) for m in cue("death", lang).finditer(folded)):
        out["_protesters_dead"] = out["death"]  # the protesters are the dead: force met, wherever it is told
    if "injury" in out and "protest" in out:
        # the protesters are the wounded ("trois manifestants ont été blessés", "wounding four marchers"), or people hit
        # at the protest by the force it met ("blessées par les forces de l'ordre lors d'une marche", "injured during
        # the sit-in"); a wound the protest is about ("to denounce an ambush that wounded six soldiers") or others'
        # wounds ("in support of villagers wounded in last week's raid") are no force met
        protests = list(cue("protest", lang).finditer(folded))
        spans = _grievances(folded, protests)
        hurt = next((m for m in cue("injury", lang).finditer(folded)
                     if not any(a <= m.start() < b for a, b in spans)
                     and (_PROTESTERS_BEFORE.search(folded, max(0, m.start() - 48), m.start())
                          or _PROTESTERS_AFTER.match(folded, m.end()) or _HURT_BY_FORCES.match(folded, m.end())
                          or any(0 <= p.start() - m.end() <= 60 and _HURT_AT.search(folded, m.end(), p.start())
                                 for p in protests))), None)
        if hurt is not None:
            out["_protesters_hurt"] = (hurt.start() + offset, hurt.end() + offset)
    if "arrest" in out:
        for m in cue("arrest", lang).finditer(folded):
            if _arrest_agent_is_armed(folded, m, lang):
                out["_arrest_by_armed"] = (m.start() + offset, m.end() + offset)  # the agent: armed men, a group
                break
    if "village" in out:
        # a village named as a place of the story, not only as someone's home or the end of a journey ("returning to
        # their village", "originaires du village", "regagnaient leur village"): from another sentence of the event,
        # what may make its attack a raid on the village
        place = next((m for m in cue("village", lang).finditer(folded)
                      if not _VILLAGE_HOME.search(folded, max(0, m.start() - 48), m.start())), None)
        if place is not None:
            out["_village_place"] = (place.start() + offset, place.end() + offset)
    if "territory_nsa" in out and all(_TAKES_POST.match(folded, m.end())
                                      for m in cue("territory_nsa", lang).finditer(folded)):
        # what was seized is a military camp, a base or a post ("se sont emparés de deux camps militaires", "overran a
        # military post"), not a town: the attack that took it is a battle, not territory a group overtakes
        out["_post_taken"] = out["territory_nsa"]
    if ("death" in out or "attack" in out) and _ON_ROAD.search(folded):
        out["_on_road"] = out.get("death", out.get("attack"))  # the act told on a road or in a vehicle
    if ("death" in out or "attack" in out) and (_WORK_SITE.search(folded) or _held_dead(folded, out, offset)):
        out["_no_community"] = out.get("death", out.get("attack"))  # at a mine, or the dead held captive
    if "clash" in out:
        # a fight told as such, not only as its outcome: "neutralisé(s)", "neutralised" tell that men were put out of
        # action, by a fight, a strike or a bomb alike, and leave the means to the event's other words
        fight = next((m for m in cue("clash", lang).finditer(folded) if not _OUTCOME_ONLY.match(m.group())), None)
        if fight is not None:
            out["_fight"] = (fight.start() + offset, fight.end() + offset)
    if "death" in out and cue("several_attacks", lang).search(folded):
        out["_several"] = out["death"]
    if "death" in out:
        kind, victims = _victims(folded, lang, out["death"][0] - offset, out["death"][1] - offset)
        if victims is not None:
            out[kind] = (victims[0] + offset, victims[1] + offset)
            if kind == "victims_unarmed" and cue("victims_people", lang).search(folded[victims[0] : victims[1]]):
                out["_people"] = out[kind]  # unarmed as people of no stated kind, not as civilians
    return out


#: the victims' classes, as the reaction rule reads them
_VICTIM_CLASSES = ("victims_civilian", "victims_people", "victims_forces")
#: a class of people named as what attacks are against, with no count ("les attaques contre les populations civiles",
#: "terrorist attacks against civilians", "attacks targeting soldiers"): whom such attacks hit, no one harmed told
_AGAINST_CLASS = re.compile(r"\b(?:attaques|attentats|violences?|actes|exactions|raids|assauts|attacks|violence|"
                            r"acts|assaults)\b(?:\s+[\w'-]+){0,3}?\s+(?:contre|visant|ciblant|envers|against|"
                            r"targeting|on)\s+(?:les\s+|des\s+|nos\s+|the\s+|our\s+|d')?(?:(?!\d|(?:deux|trois|quatre|"
                            r"cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|two|three|four|five|seven|eight|"
                            r"nine|ten|twelve|dozens?)\b)[\w'-]+\s+)?$")


def _class_targeted(folded: str, lang: str) -> set[str]:
    """The victims' cues of the folded sentence whose every word names a class of people attacks are told against,
    with no count (:data:`_AGAINST_CLASS`): in a reaction, whom attacks in general hit, no victim of an act. Only
    attacks told in the plural or as a mass ("les attaques", "attacks", "violence"), in a sentence naming no day:
    one attack ("l'attaque contre nos soldats hier", "Sunday's attack on civilians") is the act of the news."""
    if cue("event_day", lang).search(folded):
        return set()
    return {k for k in _VICTIM_CLASSES
            if (found := list(cue(k, lang).finditer(folded)))
            and all(_AGAINST_CLASS.search(folded, max(0, m.start() - 80), m.start()) for m in found)}


#: what links a protest to its grievance: "une marche contre ...", "protested over ...", "to denounce ...", and a
#: protest verb that takes its grievance as object ("protested the arrest of ...")
_GRIEVANCE = re.compile(r"\b(?:contre|against|over|apres|after|following|suite a|a la suite d\w*|en reaction a|"
                        r"denonc\w*|condamn\w*|reclam\w*|exig\w*|denounc\w*|condemn\w*|demand\w*|in protest at)\b|"
                        r"(?<=\bprotest)(?:ed|ing|s)?\s+(?=(?:the|a|an|their|his|her)\b)")
#: where a grievance ends: a semicolon or a colon, a contrast or time link, or a comma opening a clause of its own
#: (a subject and its verb: ", deux d'entre eux ont été tués", ", police fired"); a comma before a relative
#: pronoun or a participle ("..., tués vendredi", "..., who were abducted") goes on with the grievance
_GRIEVANCE_END = re.compile(r"[;:]|\b(?:mais|but|lorsque|when|tandis que|while)\b|"
                            r",(?!\s*(?:qui|who|which|whom|dont|ou|where)\b)\s*(?:\S+\s+){1,3}?"
                            r"(?:ont|a|sont|est|were|was|have|has|had|\w{3,}ed)\b")
#: the cues a grievance may hold (an act done to others); rioting, burning, looting or clashing are the protesters' own
_GRIEVANCE_CUES = frozenset({"death", "attack", "air", "shelling", "ied", "abduction", "arrest", "sexual", "suicide",
                             "territory_nsa", "territory_gov", "abuse"})
#: a gathering hit by violence: "ouvert le feu sur un rassemblement", "une frappe a touché un rassemblement", or the
#: crowd of a gathering ("tiré sur la foule lors d'un rassemblement", "fired on a crowd at a gathering")
_GATHERING_HIT = re.compile(r"\b(?:sur|contre|vise|visant|touche|cible|frappe|pilonne|bombarde|on|at|hit|struck|targeted|"
                            r"targeting|bombed)\s+(?:(?:\S+\s+){0,2}|(?:\S+\s+)?(?:foule|crowd)\s+(?:\S+\s+){0,3})$")
_GATHERING = re.compile(r"rassembl\w*|gathering")
#: a rally or a gathering named as where someone spoke ("the president spoke at a rally in ...", "a pris la parole
#: lors d'un rassemblement"): the setting of a speech, not a protest the text reports
_SPEECH_AT = re.compile(r"\b(?:spoke|speaking|speaks|addressed|addressing|addresses|speech|pris la parole|"
                        r"prenant la parole|s.exprim\w*|discours)\b[^.;]{0,30}?\b(?:at|during|to|lors d.|devant|au cours d.|"
                        r"pendant)\s*(?:a|an|the|un|une|le|la|les)?\s*(?:\S+\s+){0,2}$")
#: a gathering that may be the setting of a speech; the protesters a speaker addressed ("spoke to protesters", "a pris
#: la parole devant des manifestants") are an audience that protests
_SPEECH_SETTING = re.compile(r"rall(?:y|ies)|rassemblements?")


#: the protesters as the agent of force: its subject before it ("des manifestants armés ont ouvert le feu",
#: "protesters opened fire") or its agent after it ("blessé par des manifestants", "injured by protesters")
_PROTESTER = r"(?:manifestants|protestataires|marcheurs|protesters|demonstrators|marchers|rioters|foule|crowd)"
_PROTESTER_SUBJECT = re.compile(_PROTESTER + r"(?:\s+(?:armes|en colere|armed|angry))?\s+(?:ont|avaient|have|had)?\s*$")
_PROTESTER_AGENT = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:par|by)\s+(?:des|les|la|une|the|a|some|armed|angry)?\s*"
                              + _PROTESTER + r"\b")
#: the protesters as the dead of a killing: the subject of its passive ("deux manifestants ont été tués", "two of the
#: demonstrators were killed") or its object ("killed two protesters", "la mort de trois manifestants")
_PROTESTER_ONE = r"(?:manifestants?|protestataires?|marcheurs?|protesters?|demonstrators?|marchers?)"
_PROTESTERS_BEFORE = re.compile(r"\b" + _PROTESTER_ONE + r"\b(?:\s+[^\s.;]+){0,2}?\s+(?:(?:ont|a|avaient|avait) ete|"
                                r"(?:have|has|had) been|sont|est|were|was)\s+(?:\S+\s+)?$")
_PROTESTERS_AFTER = re.compile(r"\s+(?:(?!by\b|par\b)[^\s.;,]+\s+){0,3}?" + _PROTESTER_ONE + r"\b")
#: the wounded named as police or soldiers, the passive's subject ("un policier a été grièvement blessé")
_FORCES_HURT = re.compile(r"\b(?:policiers?|gendarmes?|soldats?|militaires?|agents?|police officers?|policem[ae]n|"
                          r"officers?|soldiers?|guards?)\s+(?:\S+\s+){0,2}?(?:a ete|ont ete|was|were|been)\s+(?:\S+\s+)?$")
#: the people a wound hit as people at the protest, hit by the force it met: wounded by police or soldiers ("blessés par
#: les forces de l'ordre", "injured by security forces") or where the protest was ("wounded during the march", "blessés
#: lors du sit-in")
_HURT_BY_FORCES = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:par|by)\s+(?:des|les|la|le|l.|the|a|some)?\s*(?:forces|police|"
                             r"policiers?|gendarmes?|gendarmerie|soldats?|militaires?|armee|soldiers?|troops|army|security)\b")
_HURT_AT = re.compile(r"\b(?:during|at|lors d.|pendant|durant|au cours d.)\s*(?:the|a|an|this|their|la|le|l.|une|un|"
                      r"cette|ce|leur)?\s*(?:[^\s,;.]+\s+)?$")


#: a clash word that tells a crowd pushed back by someone (passive, its agent after it)
_PUSHED_BACK = re.compile(r"(?:repouss|repell|repuls)\w*\s+(?:\S+\s+){0,2}?(?:par|by)\b")
#: the crowd as the subject of that passive, just before it in its clause ("la marche a été", "protesters were"):
#: another act repelled ("une attaque contre le camp a été repoussée") keeps its clash
_CROWD_BEFORE = re.compile(r"\b(?:marches?|manifestants|manifestation|cortege|foule|rassemblement|protesters|"
                           r"demonstrators|crowds?|protest|rally|march)\b[^.;,]{0,30}$")

#: a device named before a "neutralisé(e)(s)" of its clause, no person between ("une mine a été découverte et")
_DEVICE_BEFORE = re.compile(r"\b(?:engins?|explosifs?|mines?|bombes?|eei|obus|roquettes?|charges?)\b"
                            r"(?:\s+(?!(?:terroristes|jihadistes|djihadistes|assaillants|hommes|individus|elements|"
                            r"combattants|militants|soldats|qui|dont)\b)[\w'-]+){0,6}\s+$")
#: the verb of a trend that "explodes": the French cue's own words, or an English subject's "exploded"
_TREND_VERB = re.compile(r"^a explose$|\bexploded$")
#: an economic or counted subject up to four words before "a explosé" or "exploded" ("le prix du sac de mil", "la
#: demande en eau", "demand for solar panels"), no clause word nor a device or a vehicle between them
_PRICE_SUBJECT = re.compile(r"\b(?:prix|couts?|tarifs?|loyers?|demande|chomage|inflation|nombre|consommation|factures?|"
                            r"budgets?|dettes?|population|chiffres?|depenses|ventes|importations|exportations|taux|(?<!au )cours|"
                            r"prices?|costs?|demand|sales|rents?|imports|exports|numbers?|rates?|debts?|spending|bills?)"
                            r"(?:\s+(?!(?:quand|lorsque|et|mais|puis|car|qu\w*|mines?|engins?|bombes?|charges?|obus|"
                            r"vehicules?|camions?|voitures?|motos?|citernes?|when|while|as|and|but|after|bombs?|"
                            r"devices?|shells?|cars?|trucks?|vehicles?|tankers?|motorbikes?)\b)[\w'-]+){1,4}\s+$")
#: an attack foiled: the doers stopped, caught or arrested before it ("interceptés alors qu'ils venaient attaquer",
#: "arrested before they could attack", "intercepted as they came to attack")
FOILED = re.compile(r"\b(?:intercept\w*|arrete\w*|interpell\w*|apprehend\w*|arrested|detained|stopped|foiled|dejoue\w*|"
                     r"captur\w*|empeche\w*|prevented)\b")
#: the purpose of a move whose doers were stopped ("alors qu'ils venaient attaquer", "as they came to attack", "before
#: they could attack", "avant de pouvoir attaquer"): with a foiling verb (:data:`FOILED`), an attack not done
FOILED_AIM = re.compile(r"(?:\b(?:alors qu'(?:ils|elles)|tandis qu'(?:ils|elles)|au moment ou (?:ils|elles)|qu'(?:ils|elles))\s+"
                         r"(?:s'appret\w* a|allaient|venaient(?: pour)?|tentaient d(?:e |')|projetaient d(?:e |')|"
                         r"(?:se )?(?:rendaient|dirigeaient)\s+(?:\S+\s+){0,3}?pour)|\bas they\s+(?:came|were coming|"
                         r"were about|were preparing|prepared|tried|were trying|were on their way|were heading\s+(?:\S+\s+){0,3}?)"
                         r"\s*to|\bbefore (?:they could|being able to|they were able to|they managed to)|"
                         r"\bavant (?:de pouvoir|qu'(?:ils|elles) (?:ne )?(?:puissent|aient pu)))\s*(?:\S+\s+)?$")
#: an attack cue that names the doers, not the act ("hommes armés", "assaillants", "gunmen", "attackers")
DOERS_CUE = re.compile(r"assaillant|hommes armes|gunmen|attackers|assailant")
#: a plan or a plot that names an attack not done: "un plan d'attaques", "des projets d'attentat", "a plot to attack",
#: "plans for attacks", "were preparing attacks"
_PLANNED = re.compile(r"\b(?:plans?|projets?|preparatifs?|complots?) d(?:'|e |es |u )(?:\S+ )?$|"
                      r"\b(?:plans?|plots?|plotting|planning|preparing|preparaient|preparait|planifi\w*|fomentai\w*) "
                      r"(?:to |for |an? |of |the |une? |des |d')*(?:\S+ )?$")
#: an attack in its other sense, read from its object: a political body, a party, critics, the press or someone's
#: words, the head of the attack's object (nothing of a place or a thing after it: "an attack on the opposition",
#: "a attaqué le gouvernement", "une violente attaque contre les détracteurs du régime"; not "an attack on an
#: opposition rally", "contre le siège du parti"), or a team in a match
_WORDS_OBJECT = re.compile(
    r"\s+(?:(?:(?:verbale?s?|virulente?s?|en regle|in (?:a|his|her) speech)\s+)?(?:on|against|upon|contre|sur)\s+)?"
    r"(?:(?:the|his|her|its|their|our|le|la|les|l'|ses|son|sa|leurs?|nos|notre|ces|ce|cette)\s*)?(?:[\w'-]+\s+)?"
    r"(?:opposition|government|regime|junta|ruling party|part(?:y|ies)|critics|detractors|press|media|remarks|comments|"
    r"statements?|words|speech|record|gouvernement|regime|junte|partis?|detracteurs|critiques|presse|medias|propos|"
    r"declarations?|discours|bilan|budget|polic(?:y|ies)|reforms?|bill|decisions?|politique|reformes?|loi|projet de loi|"
    r"(?:l'|les |une |la |an |the |a )(?:equipe|team|club|selection|defen[cs]e adverse))"
    r"(?=\s*(?:[,.;:)]|$|\b(?:on|in|at|over|for|after|during|with|dans|lors|en|a|au|apres|pour|par|sur|devant|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|and|et|mais|but|"
    r"qui|who|which|of the|de la|du|des)\b))")
#: a striker (the football player): the singular noun "attaquant" named by his team or his standing ("l'attaquant du
#: Stade", "un attaquant international"), not the attackers ("les attaquants") nor a lone attacker who acts
_STRIKER = re.compile(r"(?:\b(?:l'|un |notre |leur |son |cet |le jeune )attaquant)$")
_STRIKER_AFTER = re.compile(r"\s+(?:du|de l'|des|de la|international|vedette|titulaire|remplacant|prete)\b"
                            r"(?!\s+(?:camp|poste|village|convoi))")
#: a match named ("pendant tout le match", "at half-time"): the game whose attack words tell play
_GAME = re.compile(r"\b(?:match(?:es)?|mi-temps|half-time|penalt(?:y|ies)|arbitre|referee|gardien de but|goalkeeper|"
                   r"championnat|tirs? au but|coup franc|free kick)\b")
#: a side's part in a match: the defence, the opponents, the goal ("self-defence", "autodéfense" are no side's part)
_TEAM_PART_WORDS = (r"(?:(?<!self-)(?<!auto)defen[cs]e(?! (?:ministry|forces)\b)|adversaires?|opponents?|cages|"
                    r"equipe adverse|opposing (?:team|side))")
#: the side's part as the attack word's object, right after it ("ont pris d'assaut la défense adverse", "stormed the
#: opposing defence"), not the possessor of another noun ("the opposing team's bus", "le bus de l'équipe adverse")
_TEAM_PART_OBJECT = re.compile(r"\s+(?:(?:la|le|les|l'|leurs?|sa|son|ses|the|their|its|his|her)\s*)?(?:[\w-]+\s+)?"
                               + _TEAM_PART_WORDS + r"\b(?!'s|s'|\s+(?:de|du|des|of)\b)")
#: the side's part as the subject of a passive attack word ("la défense adverse a été prise d'assaut", "the opposing
#: defence was stormed")
_TEAM_PART_PASSIVE = re.compile(r"\b" + _TEAM_PART_WORDS + r"\s+(?:[\w-]+\s+)?(?:a ete|ont ete|est|sont|etait|etaient|"
                                r"was|were|has been|have been|is|are)\s+(?:[\w-]+\s+)?(?:prises?|pris)?\s*(?:d')?$")
#: armed or angry doers, whose attack in a match's sentence is no play ("des miliciens d'autodéfense ont attaqué leurs
#: adversaires après le match", "gunmen attacked the opposing team's bus")
_GAME_ASSAILANTS = re.compile(r"\b(?:hommes armes|individus armes|gunmen|armed|milic\w*|militia\w*|dozos?|supporters?|"
                              r"fans|jihadist\w*|djihadist\w*|terroris\w*|assaillants?|attackers?|self-defen[cs]e|"
                              r"autodefense|bandits?)\b")
#: what a striker does or brings in a match ("l'attaquant a frappé ... offrant la victoire à son équipe"; a goal, not
#: "dans le but de")
_STRIKER_PLAY = re.compile(r"\b(?:victoire|(?<!dans le )(?<!dans un )buts?|marque|la pause|mi-temps|win|goals?|scored|"
                           r"half-time)\b")


def _in_game(folded: str, m: re.Match) -> bool:
    """Whether an attack word tells play in a match, in a sentence naming the match and no armed or angry doers
    (:data:`_GAME_ASSAILANTS`): a side's part as its object or its passive subject ("ont pris d'assaut la défense
    adverse", "la défense adverse a été prise d'assaut"); or the singular striker ("l'attaquant") in a sentence of a
    goal or a win ("a frappé à deux reprises avant la pause, offrant la victoire à son équipe")."""
    if _GAME.search(folded) and not _GAME_ASSAILANTS.search(folded) \
            and (_TEAM_PART_OBJECT.match(folded, m.end())
                 or _TEAM_PART_PASSIVE.search(folded, max(0, m.start() - 60), m.start())):
        return True
    return bool(_STRIKER.search(folded, 0, m.end())) and m.end() - m.start() <= 10 and bool(_STRIKER_PLAY.search(folded))


#: the idiom "abattre du travail" (to get much work done): no one shot down
_WORK_DONE = re.compile(r"\s+(?:un|du|beaucoup de|un gros|un enorme|un sacre|un travail|un immense)\s*(?:\S+\s+)?"
                        r"(?:travail|boulot|besogne)\b|\s+(?:\S+\s+)?travail\b")
#: the clash words that tell one side's act, no fight: an ambush, fire taken ("came under fire"); a transport vehicle
#: they hit (a bus, a truck, a minibus) carries civilians where no victim is named, as the roles read its target
_ONE_SIDED_FIRE = re.compile(r"ambush|embuscade|came under")
#: looting or burning only feared, prevented, threatened or foreseen ("par crainte de pillages", "pour éviter le
#: vandalisme", "for fear of looting", "could lead to vandalism"): none done (a modal whose words reach a finite verb of
#: their own, "qui pourraient être des bandits ont pillé", leaves the act told; so does a new clause after the modal's
#: verb, "could only watch as bandits looted", "n'ont rien pu faire et les bandits ont pillé")
_LOOT_NOT_DONE = re.compile(r"\b(?:par crainte|de (?:peur|crainte)|craign\w*|redout\w*|pour (?:eviter|prevenir|empecher)|"
                            r"risques? d.|menac\w* d.|for fear of|fearing|fears? of|to (?:prevent|avoid|deter)|risk of|"
                            r"threat of|threaten\w* to|va|vont|pourrait|pourraient|risque|risquent|could|would|might|will)"
                            r"(?:\s+(?!(?:ont|a|sont|est|avaient|avait|have|has|had|were|was|as|while|when|whilst|que|qui|"
                            r"quand|lorsque|tandis|alors|et|and|but|mais)\b)[^\s,;]+){0,4}\s*$")
#: a crowd only told angry ("des jeunes en colère", "angry youths"): a mood, no violent act
_ANGER_ONLY = re.compile(r".*(?:en colere|en furie|angry)")
#: what an angry crowd does that is violence of its own though no signal cue reads it: a person chased or stoned, a
#: place besieged or stormed, the crowd armed ("ont chassé le maire", "stoned the prefect's car", "armed with
#: machetes besieged the gendarmerie")
_CROWD_VIOLENCE = re.compile(r"\b(?:chass\w*|chas(?:ed|ing)|expuls\w*|lapid\w*|ston(?:ed|ing)|pelt\w*|assieg\w*|besieg\w*|"
                             r"storm(?:ed|ing)|prise? d'assaut|(?:armes?|armed) (?:de|d'|with)|machettes?|gourdins?|"
                             r"molest\w*|sequestr\w*|malmen\w*|roughed up|tabass\w*|drove out|forced out)\b")
#: residents, villagers or youths who chase, drive out or expel an official: the crowd's noun as the subject, the
#: official as the object ("des habitants en colère ont chassé le préfet", "angry villagers drove the mayor out of town");
#: the words between the crowd and its verb qualify the crowd ("en colère", "de Kobou"): no clause that reports
#: ("affirment que le gouverneur a chassé"), no second verb joined ("ont chassé les villageois et ont expulsé"); the
#: English "drove", "forced", "ran" only with "out" or a flight ("drove the mayor out of town", "forced the mayor to
#: flee", not "drove the mayor to hospital", "forced the prefect to resign", "ran the governor's campaign")
_CROWD_NOUN = (r"(?:habitants|villageois|jeunes|riverains|populations?|manifestants|residents|villagers|youths|locals|"
               r"protesters|demonstrators)")
_OFFICIAL = (r"(?:prefets?|sous-prefets?|maires?|gouverneurs?|deputes?|elus?|responsables?|autorites|fonctionnaires?|"
             r"commissaires?|juges?|ministres?|agents?|chefs? (?:de|du) (?:village|canton|quartier)|prefects?|sub-prefects?|"
             r"mayors?|governors?|officials?|lawmakers?|commissioners?|judges?|ministers?|administrators?|village chiefs?)")
_OFFICIAL_OBJECT = r"\s+(?:(?:le|la|les|l'|un|une|des|the|a|an|their|its|local)\s*)?(?:[\w'-]+\s+)?" + _OFFICIAL + r"\b"
_CHASE_OFFICIAL = re.compile(r"\b" + _CROWD_NOUN + r"\b(?:\s+(?!(?:par|by|ont ete|were|was|que|qu'|that|said|says?|told|"
                             r"affirm\w*|declar\w*|indiqu\w*|expliqu\w*|rapport\w*|accus\w*|and|et|mais|but|or|ou|puis|"
                             r"then)\b)[\w'-]+){0,4}?\s+"
                             r"(?:(?:(?:ont|avaient|a|avait)\s+(?:\S+\s+)?(?:pour)?(?:chasse|expulse|deloge|evince)\w*|chased|"
                             r"hounded|expelled|(?:drove|driven|forced|ran|run)\s+out)" + _OFFICIAL_OBJECT
                             + r"|(?:drove|driven|forced|ran|run)" + _OFFICIAL_OBJECT + r"\s+(?:out|away)\b"
                             r"|forced" + _OFFICIAL_OBJECT + r"\s+to (?:flee|leave|quit)\b)")
#: what an angry crowd does that is more than protest
_ANGRY_ACTS = ("death", "injury", "attack", "clash", "fighting", "looting", "abduction", "arrest", "sexual", "abuse",
               "lethal_force", "air", "shelling", "ied", "suicide", "disrupted")
#: a crowd that dispersed of its own: the reflexive ("se sont dispersés") or the intransitive with its manner
#: ("dispersed peacefully", "dispersed without incident"); a passive ("was dispersed peacefully") is the police's
_DISPERSED = re.compile(r"dispers")
_SELF_DISPERSED_AFTER = re.compile(r"\w*\s+(?:peacefully|calmly|quietly|without (?:any )?incident|on their own|of their own|"
                                   r"dans le calme|sans (?:aucun )?incident|calmement|pacifiquement|d'eux-memes|"
                                   r"d'elles-memes)")
_SELF_DISPERSED_BEFORE = re.compile(r"\b(?:se sont|s'est|s'etaient|s'etait|se sont ensuite|se sont finalement)\s+$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|ete|est|sont|etait|etaient|by|par)\s+(?:\w+\s+)?$")
#: a burning whose object is a symbol (a flag, an effigy, a portrait, a poster): a protest's gesture, no property
#: destroyed ("ont brûlé des drapeaux français", "burned an effigy of the president")
_BURN = re.compile(r"brul|burn|incendi|set (?:on )?fire|torch")
_SYMBOL_NOUN = (r"(?:drapeaux?|effigies?|portraits?|photos?|affiches?|flags?|effig(?:y|ies)|pictures?|posters?|banners?|"
                r"banderoles?)\b")
#: the words before a burnt symbol: a determiner, a number or an adjective of size or country, no other noun ("le
#: studio photo du maire" is a studio)
_SYMBOL_FILLER = (r"(?:to|on|down|up|des|les|le|la|l'|un|une|deux|trois|quatre|cinq|plusieurs|quelques|nombreux|"
                  r"the|a|an|some|several|many|two|three|four|five|dozens of|his|her|their|its|ses|leurs?|sa|son|"
                  r"grande?s?|giant|huge|large|big|gigantesques?|geante?s?|french|us|american|russian|francais|"
                  r"americains?|russes?)")
_SYMBOL_BURNT = re.compile(r"\s+(?:" + _SYMBOL_FILLER + r"\s+|l')*?" + _SYMBOL_NOUN +
                           # a symbol that names a place or a shop ("the photo studio", "the posters office") is none
                           r"(?!\s+(?:studios?|offices?|shops?|stores?|houses?|buildings?|kiosks?|stands?|booths?|"
                           r"printers?|print shops?|labs?|centres?|centers?|business\w*|workshops?))")
#: a coordinated object after a burnt symbol, led by a determiner or a number (", des pneus", "and two police cars",
#: "et le siège du parti"), up to the clause's end: its head must be another symbol
_SYMBOL_COORD = re.compile(r"(?:,|\bet\b|\band\b)(?=\s+(?:des|les|le|la|l'|un|une|deux|trois|quatre|cinq|plusieurs|"
                           r"quelques|the|a|an|some|several|two|three|four|five)\b)")
_CLAUSE_STOP = re.compile(r"[.;:!?]|\b(?:but|mais|puis|then|before|avant|after|apres|while|alors|lors|during|"
                          r"pendant|when|quand|lorsque|who|which|qui|que|dont)\b")
#: what sets a fight apart from a bombing told in the same sentence
_APART = re.compile(r";|\b(?:later|elsewhere|meanwhile|separately|afterwards|plus tard|ailleurs|par ailleurs|"
                    r"entre-temps|ensuite)\b")


def _symbol_burnt(folded: str, end: int) -> bool:
    """Whether what a burning cue ending at ``end`` burnt is only symbols (:data:`_SYMBOL_BURNT`): each object
    coordinated after the first, up to its clause's end, a symbol too ("des drapeaux et des effigies"; not "des
    drapeaux, des pneus et trois voitures", "flags and two police cars")."""
    m = _SYMBOL_BURNT.match(folded, end)
    if not m:
        return False
    stop = _CLAUSE_STOP.search(folded, m.end())
    rest = folded[m.end() : stop.start() if stop else len(folded)]
    return all(_SYMBOL_BURNT.match(rest, c.end()) for c in _SYMBOL_COORD.finditer(rest))


def _protesters_own_force(folded: str, m: re.Match) -> bool:
    """Whether the force of ``m`` (a lethal_force cue) was the protesters' own: they are its subject or its agent,
    or the people it hurt are police or soldiers."""
    before, after = folded[max(0, m.start() - 48) : m.start()], folded[m.end() : m.end() + 48]
    return bool(_PROTESTER_SUBJECT.search(before) or _PROTESTER_AGENT.search(after) or _FORCES_HURT.search(before))


def _grievances(folded: str, protests: list[re.Match]) -> list[tuple[int, int]]:
    """The spans of the grievances the protests of ``protests`` are linked to."""
    spans = []
    for m in protests:
        link = _GRIEVANCE.search(folded, m.start(), min(len(folded), m.end() + 60))
        if link is None or re.search(r"[;:]", folded[m.end() : link.start()]):
            continue
        stop = _GRIEVANCE_END.search(folded, link.end())
        spans.append((link.start(), stop.start() if stop else len(folded)))
    return spans


def grievance_context(folded: str, lang: str) -> list[tuple[int, int]]:
    """The grievances of a protest sentence that tell an act done to others ("marched to denounce the killing of
    five herders"): context, whose dead, actors and places are the grievance's, not the protest's. None when the
    sentence tells an act of its own outside them (then the protest's scope is read by ``signals``)."""
    protests = list(cue("protest", lang).finditer(folded))
    if not protests or all(_GATHERING.fullmatch(m.group(0))
                           and _GATHERING_HIT.search(folded[max(0, m.start() - 64) : m.start()]) for m in protests):
        return []
    spans = _grievances(folded, protests)
    held = [(a, b) for a, b in spans if any(cue(k, lang).search(folded[a:b]) for k in ("death", "injury"))]
    for k in (*_GRIEVANCE_CUES, "injury", "lethal_force", "riot"):
        for c in cue(k, lang).finditer(folded):
            if not any(a <= c.start() < b for a, b in spans):
                return []  # an act told outside the grievance: the sentence's own
    return held


def _protest_scope(folded: str, lang: str, out: dict) -> None:
    """Read a protest's cues by their scope, in place: the cues of acts done to others that stand only in a
    protest's grievance ("une marche contre les frappes de drones", "protested over the killing of three traders")
    are its cause, not an act of the event (they are dropped); a gathering named as what violence hit ("une
    frappe a touché un rassemblement", "gunmen opened fire on a gathering") is the target of that violence, not a
    protest (the protest cue is dropped)."""
    protests = list(cue("protest", lang).finditer(folded))
    if all(_GATHERING.fullmatch(m.group(0)) and _GATHERING_HIT.search(folded[max(0, m.start() - 64) : m.start()])
           for m in protests) or all(_SPEECH_SETTING.fullmatch(m.group(0))
                                     and _SPEECH_AT.search(folded, max(0, m.start() - 64), m.start()) for m in protests):
        del out["protest"]
        return
    spans = _grievances(folded, protests)
    if not spans:
        return
    for k in [k for k in out if k in _GRIEVANCE_CUES]:
        if all(any(a <= c.start() < b for a, b in spans) for c in cue(k, lang).finditer(folded)):
            del out[k]


def _victims(folded: str, lang: str, start: int, end: int, reach: int = 80) -> tuple[str, tuple[int, int] | None]:
    """How the victims of the killing at ``start:end`` are named: ``("victims_unarmed", span)`` when as
    unarmed, ``("victims_armed", span)`` when as soldiers or fighters, ``("", None)`` when not named.

    The victims are read where the killing names them: after an active verb ("killed 14 traders",
    "ont tué dix villageois") or a noun of death that takes its victims after it ("la mort de vingt
    civils", "ont fait douze morts parmi les soldats", "the killing of five soldiers"), before a passive
    or intransitive one ("two soldiers and a civilian were killed", "neuf civils ont été tués", "12 people
    died"), within ``reach`` characters. They are unarmed when civilians or people of no stated kind are
    named there and no soldier or fighter is, a subset named after "including"/"dont"/"notamment" aside
    ("neuf civils, dont deux supplétifs"); armed when soldiers or fighters are named there."""
    subject = bool(_PASSIVE.search(folded[max(0, start - 16) : start]) or _INTRANSITIVE.match(folded, start)
                   or _reduced_passive(folded, lang, start, end)) \
        and not (_DEATH_NOUN.fullmatch(folded, start, end) and _NOUN_OF.match(folded, end))
    lo, hi = (max(0, start - reach), start) if subject else (end, end + reach)
    window = folded[lo:hi]
    # armed victims must stand in the killing's own clause: "Dozos abducted four men, they were executed" and
    # "killing one man, local guards retaliated" name the armed side as another clause's subject
    # (before the verb a comma may list the dead, "six people, five civilians and a soldier, were killed": there
    # a clause starts at a pronoun subject or a link word; after it, at any comma)
    # (a short aside in brackets, an acronym or a place, "des volontaires (VDP) ont été tués", breaks no clause)
    bare = _ASIDE.sub(lambda m: " " * len(m.group()), window)
    if subject:
        cuts = [m.end() for m in _SUBJECT_CLAUSE.finditer(bare)]
        clause = (cuts[-1] if cuts else 0, len(window))
    else:
        clause = (0, min((m.start() for m in _CLAUSE.finditer(bare)), default=len(window)))
    first: dict[str, tuple[int, int]] = {}  # the first victim named, unarmed and armed
    subset: dict[str, tuple[int, int]] = {}  # the same among the victims named after "dont"/"including"
    civilian = False  # whether the unarmed victims are named as civilians, not as people of no stated kind
    for kind in ("victims_civilian", "victims_people", "victims_forces", "victims_fighters"):
        side = "victims_unarmed" if kind in ("victims_civilian", "victims_people") else "victims_armed"
        for m in cue(kind, lang).finditer(window):
            if _NOT_VICTIM.search(window[max(0, m.start() - 40) : m.start()]) \
                    or (side == "victims_armed" and not clause[0] <= m.start() < clause[1]):
                continue
            found = subset if _SUBSET.search(window[max(0, m.start() - 48) : m.start()]) else first
            if side not in found or m.start() + lo < found[side][0]:
                found[side] = (m.start() + lo, m.end() + lo)
                civilian = civilian or (found is first and kind == "victims_civilian")
    if subject and (after := _SUBSET_AFTER.match(folded, end)):
        # the subset of a passive's subject told after its verb: "douze personnes ont péri, dont cinq douaniers"
        tail = folded[after.end() : after.end() + reach]
        tail = tail[: min((m.start() for m in _CLAUSE.finditer(tail)), default=len(tail))]
        for kind in ("victims_civilian", "victims_people", "victims_forces", "victims_fighters"):
            side = "victims_unarmed" if kind in ("victims_civilian", "victims_people") else "victims_armed"
            for m in cue(kind, lang).finditer(tail):
                subset.setdefault(side, (after.end() + m.start(), after.end() + m.end()))
    # a subset tells the kinds of a toll whose head names none: "47 personnes, dont 14 soldats" (the head
    # "personnes" out of reach or of no stated kind) has soldiers among its dead; under a head named
    # as civilians ("neuf civils, dont deux supplétifs") the subset does not change the victims' side
    if "victims_armed" not in first and not civilian and "victims_armed" in subset:
        # a subset naming civilians and soldiers both ("notamment des civils et des militaires") is a mixed toll:
        # the roles decide
        return ("", None) if "victims_unarmed" in subset else ("victims_armed", subset["victims_armed"])
    for side in ("victims_armed", "victims_unarmed"):
        if side in first:
            return side, first[side]
    return "", None


#: a participle of killing with no auxiliary, its victims before it: "136 civilians killed on Sunday", "dix civils
#: tués par des hommes armés" (English: the participle before a preposition, a time word or a break; French: a
#: plural or feminine participle with no "avoir" before it)
_REDUCED_EN = re.compile(r"\s*(?:[,.;]|(?:on|in|at|by|during|when|near|overnight|last|after|while|since|between|across|"
                         r"around|inside|outside)\b(?! (?:least|most|total|all)\b))")
_PARTICIPLE_FR = re.compile(r"(?:tue|abattu|execute|massacre|assassine|fusille|egorge)(?:es|e|s)\b")
_AVOIR = re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|ayant|avoir)\s+(?:\S+\s+){0,2}$")


def _reduced_passive(folded: str, lang: str, start: int, end: int) -> bool:
    """Whether the killing at ``start:end`` is a participle that tells its victims before it (see ``_REDUCED_EN``)."""
    # the participle right after a noun naming civilians ("civilians killed in", "50 women, killed on", "civils tués")
    before = folded[max(0, start - 30) : start].rstrip(" ,")
    if not any(m.end() == len(before) for m in cue("victims_civilian", lang).finditer(before)):
        return False
    if lang == "en":
        return folded[start:end].endswith("ed") and _REDUCED_EN.match(folded, end) is not None
    return _PARTICIPLE_FR.fullmatch(folded, start, end) is not None \
        and not _AVOIR.search(folded, max(0, start - 40), start)


_PASSIVE = re.compile(r"\b(?:were|was|been|being|ete|etaient|sont|est)\s+(?:\S+\s+)?$")
_INTRANSITIVE = re.compile(rf"(?:{words_re('died', 'en')}|{words_re('died', 'fr')}|dead|deaths?|lost|morts?|mortes?|perirent|decede|perdu|"
                           r"trouve)")
#: a noun of death followed by its victims: "la mort de", "morts parmi", "deaths of", "the killing of"
_DEATH_NOUN = re.compile(r"morts?|mortes?|deaths?|corps|cadavres?|bodies|corpses")
_NOUN_OF = re.compile(r"\s+(?:d'au moins|de|d'|des|du|of|among|amongst|parmi)\b")
#: a noun named as the agent ("menée par des jihadistes", "killed by militants") or as an adjective of an
#: attack ("des attaques jihadistes") is no victim
_NOT_VICTIM = re.compile(r"(?:\b(?:par|by|between|entre)\s+(?:\S+\s+){0,2}|\b(?:attaques?|attacks?|assauts?|raids?|groupes?|groups?)\s+)$")
#: where a clause ends: punctuation, or a relative or temporal link ("where", "lorsque")
_LINKS = r"\b(?:where|when|while|after|ou|quand|lorsque|alors que|apres)\b"
_CLAUSE = re.compile(rf"[,;:()]|{_LINKS}")
_SUBJECT_CLAUSE = re.compile(rf"[;:()]|{_LINKS}|,\s+(?:they|he|she|ils|elles|il|elle)\b")
#: a short aside in brackets: an acronym, a place, a figure ("(VDP)", "(Mopti)", "(officiel)")
_ASIDE = re.compile(r"\([^();]{1,24}\)")
#: a subset opened right after a killing's verb: ", dont ...", ", including ..."
_SUBSET_AFTER = re.compile(r"\s*,?\s*(?:dont|notamment|y compris|parmi lesquels|parmi lesquelles|including|among them)\b")
_SUBSET = re.compile(r"\b(?:dont|notamment|y compris|parmi (?:eux|lesquels|lesquelles)|including|among (?:them|which|whom))\b[^.;]*$")


#: the cues that tell how an event was done (a device, a strike, shells, a bomber) or that it was a fight: from the
#: event's other sentences they count only when that sentence goes on telling the event (:func:`continues_event`)
MEANS = frozenset({"air", "_air_act", "shelling", "ied", "suicide", "clash", "_fight", "fighting"})
#: a village as someone's home or a journey's end, the words just before it: "their village", "leur village", "natives
#: of the village", "originaires du village", "returning to", "regagnaient", "on their way to"
_VILLAGE_HOME = re.compile(r"\b(?:(?:their|his|her|leurs?|son|sa|ses|notre|our|native|home)(?:\s+[\w']+)?|"
                           r"(?:originaires?|natives?|hail(?:ed|s|ing) from|came from|comes? from|(?:returning|returned|"
                           r"return|going|went|heading|travell?ing|bound|way|back|home)(?: home| back)? (?:to|for|from|"
                           r"towards)|regagn\w*|rentr\w*|retourn\w*|reven\w*|de retour|en route|se rend\w*|"
                           r"(?:en|sur le) chemin)(?:\s+[\w']+){0,3}?)\s+$")
#: an act told on a road, an axis or in a vehicle ("sur l'axe", "on the road", "passagers d'un car", "stopped a bus"),
#: a convoy, a lorry or a checkpoint ("un convoi de camions", "aboard a truck", "à un poste de contrôle")
_ON_ROAD = re.compile(r"\b(?:sur (?:l.axe|la route|la piste|le trajet|la nationale|le tron[cç]on)|"
                      r"on (?:the|a) (?:\S+\s+)?(?:road|highway|route)|along (?:the|a) (?:\S+\s+)?(?:road|highway)|"
                      r"(?:un|le|du|d.un|ce) (?:car|autocar|bus|minibus)\b|passagers|passengers|"
                      r"(?:a|the) (?:\S+\s+)?(?:bus|minibus|coach)\b|convois?\b|convoys?\b|"
                      r"(?:un|le|du|d.un|ce|des|leurs?) (?:\S+\s+)?camions?\b|"
                      r"(?:a|the|their|its) (?:\S+\s+)?(?:trucks?|lorry|lorries)\b|"
                      r"a bord d|aboard|on board|voyageurs|travell?ers|checkpoints?|postes? de controle|"
                      r"barrages? routiers?)")
#: a military camp, a base or a post as the object of a seizure, a few words after its verb: "s'est emparé dimanche du
#: camp militaire", "pris le contrôle de la base", "seized control of the army post" (not a camp of the displaced)
_TAKES_POST = re.compile(r"[\w']*(?:\s+[\w'-]+){0,5}?\s+(?:camps?|bases?|postes?|posts?|outposts?|positions?|garrisons?|"
                         r"garnisons?|casernes?|barracks)\b(?! (?:de|des|d.|of|for) (?:deplaces|refugies|displaced|"
                         r"refugees|idps?)\b)")
#: a place of work that is no community: a mine, a gold-panning site ("un site d'orpaillage", "a gold mine")
_WORK_SITE = re.compile(r"\b(?:sites? (?:miniers?|d.orpaillage|aurifere?s?|d.extraction)|orpaillage|mines? d.or|"
                        r"(?:gold|mining|mine|quarry) sites?|(?:gold|artisanal) mines?\b|gold ?fields?\b)")
#: the dead told as captives: detainees, prisoners, hostages ("six of the hostages they held", "des détenus")
_HELD = re.compile(r"\b(?:detenus|prisonniers|otages|captifs|sequestres|detainees|prisoners|hostages|captives|"
                   r"in (?:their |its )?custody|en detention)\b")


def _held_dead(folded: str, out: dict, offset: int) -> bool:
    """Whether the dead of the sentence's killing are captives: a captive word in the killing's clause, just after
    its verb ("killed six of the hostages") or just before it ("les otages ont été exécutés"), with no other verb's
    clause between ("killed ten villagers and took five hostages" is a killing of villagers)."""
    if "death" not in out:
        return False
    start, end = out["death"][0] - offset, out["death"][1] - offset
    after = _HELD.search(folded, end, end + 40)
    if after and not _CLAUSE_BREAK.search(folded, end, after.start()):
        return True
    before = None
    for before in _HELD.finditer(folded, max(0, start - 40), start):
        pass
    return before is not None and not _CLAUSE_BREAK.search(folded, before.end(), start)


#: what ends the killing's clause: a stop, a comma, a link to another verb ("and took", "puis ont enlevé")
_CLAUSE_BREAK = re.compile(r"[,;:.]|\b(?:and|et|then|puis|before|avant|after|apres|while|tandis)\b")
_OUTCOME_ONLY = re.compile(r"neutrali[sz]")
_DOWNED_BEFORE = re.compile(r"\b(?:abattu\w*|abattre|shot down|shoot(?:ing)? down|downed|downing)\s+(?:[\w']+\s+){0,2}$")
_DOWNED_AFTER = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:a|ont|avait|was|were|has been|had been)\s+(?:ete\s+)?"
                           r"(?:abattue?s?|shot down|downed)\b")
#: an aircraft that carries people or watches: "évacués par des moyens aériens", "flown out by helicopter", "des
#: drones de surveillance", "drones survolaient la zone", "surveillance drones"
_AIR_NO_STRIKE_BEFORE = re.compile(r"\b(?:(?:evacue|transporte|achemine|rapatrie|ravitaille|evacuated|transported|"
                                   r"airlifted|flown|carried|ferried|supplied)\w*\s+(?:\S+\s+){0,2}?(?:par|by|a bord d.|"
                                   r"aboard|on board)|(?:surveillance|reconnaissance|survol\w*|observation)(?:\s+\S+)?)"
                                   r"\s+(?:[\w']+\s+){0,2}$")
_AIR_NO_STRIKE_AFTER = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:de (?:surveillance|reconnaissance|observation)|survol\w*|"
                                  r"overfl[eoy]\w*|fl[eoy]w?\w* over|hover\w*|"
                                  r"(?:for|on) (?:surveillance|reconnaissance))\b")
#: an aircraft told as the instrument of the act: "attacked the camp with armed drones", "using drones", "au moyen de
#: drones", "tués par des drones"
_AIR_INSTRUMENT = re.compile(r"(?<!equipped )(?<!fitted )(?<!armed )(?<!dotes )(?<!equipes )\b(?:with|using|by|via|"
                             r"by means of|avec|par|au moyen d.|a l.aide d.)\s+(?:(?:des|de|d'|un|une|les|leurs?|ses|"
                             r"their|its|a|an|armed|kamikaze|suicide|explosive|attack|combat|armes?|kamikazes|"
                             r"suicides?|piegees?|\d+|two|three|several|plusieurs|deux|trois)\s*){0,3}$")
_BY_AGENT = re.compile(r"\b(?:par|by)\s+(?:(?:des|les|de|un|une|the|a|some|suspected|presumed|presumes)\s+|d')?")
_CLAUSE_END = re.compile(r"[.;:]")
#: an arrest verb in the active voice: its agent is its subject, never a "par"/"by" phrase after it ("les gendarmes
#: ont arrêté trois suspects", "police arrested three suspects"); in English the active verb takes its object next
_ARREST_ACTIVE = {
    "fr": (re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|ayant|avoir)\s+(?:(?!ete\b)\S+\s+)?$"), None),
    "en": (re.compile(r"\b(?:was|were|been|being|be|is|are|get|gets|got|getting)\s+(?:\S+\s+)?$"),
           re.compile(r"\s+(?:the|a|an|some|several|many|dozens|scores|hundreds|\d+|one|two|three|four|five|six|seven|"
                      r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|his|her|their|its|them|him|at least|more than|"
                      r"over|about|nearly|around|suspected|alleged)\b")),
}
#: what stands between an arrest verb and a "par"/"by" phrase when that phrase is another act's agent: a clause of
#: its own (a relative, a suspicion, an infinitive, a time link) or another verb ("soupçonnés d'avoir participé à
#: l'attaque menée par ...", "accused of helping in an attack carried out by ...")
_AGENT_GAP_BREAK = {
    "fr": re.compile(r"\b(?:qui|que|qu|dont|lequel|laquelle|lesquels|lesquelles|soupconn\w*|accus\w*|d.avoir|d.etre|"
                     r"afin|apres|alors|tandis|lorsqu\w*|quand|men(?:e|ee|es|ees)|perpetr\w*|commise?s?|conduite?s?|"
                     r"lance(?:e|s|es)?|organise(?:e|s|es)?|orchestre(?:e|s|es)?|revendique(?:e|s|es)?|dirige(?:e|s|es)?|"
                     r"attribue(?:e|s|es)?|tendue?s?|participe)\b"),
    "en": re.compile(r"\b(?:who|which|that|whom|whose|after|while|when|because|accused|suspected|(?!during\b|morning\b|"
                     r"evening\b)\w{3,}ing|(?!arrested\b|detained\b|apprehended\b|captured\b)\w{3,}ed|carried|led|"
                     r"taken|done|made|blamed)\b"),
}
#: a verb coordinated with the arrest verb, which shares its agent ("arrested and taken away by", "arrêtés puis
#: conduits par")
_COORDINATED = re.compile(r"^\s*(?:\S+\s+)?(?:and|or|then|et|puis|ou)\s+(?:later\s+|ensuite\s+)?[\w']+")
#: the acts whose words between an arrest verb and a "par"/"by" phrase make that phrase their agent
_OTHER_ACTS = ("attack", "death", "clash", "fighting", "ambush", "abduction", "looting", "ied", "air", "shelling")


def _arrest_agent_is_armed(folded: str, m: re.Match, lang: str) -> bool:
    """Whether the arrest verb ``m`` has armed men or an armed group as its own agent ("arrêtés lundi sur la route,
    près du village, par des hommes armés", "detained on the road by unidentified gunmen"): a passive verb whose
    "par"/"by" phrase follows within its clause, with no other verb, clause or act between them. A state force as
    the active subject ("la gendarmerie a arrêté quatre jeunes, suspectés d'avoir renseigné les auteurs de
    l'embuscade tendue par des jihadistes") arrests, whoever another verb's agent is."""
    key = "en" if lang == "en" else "fr"
    before, after = _ARREST_ACTIVE[key]
    aux = before.search(folded, max(0, m.start() - 24), m.start())
    if key == "fr" and aux is not None:
        return False
    if after is not None and aux is None and after.match(folded, m.end()):
        return False
    by = _BY_AGENT.search(folded, m.end(), min(len(folded), m.end() + 140))
    if by is None:
        return False
    gap = _COORDINATED.sub(" ", folded[m.end() : by.start()])
    if _CLAUSE_END.search(gap) or len(gap.split()) > 14 or _AGENT_GAP_BREAK[key].search(gap) \
            or any(cue(k, lang).search(gap) for k in _OTHER_ACTS):
        return False
    g = cue("group_generic", lang).search(folded[by.end() : by.end() + 48])
    return g is not None and g.start() == 0
#: a noun brought in by an indefinite article or a figure ("a passenger boat", "un camp", "12 soldiers"): named later
#: with a definite one ("the boat", "le camp") it points back to the event
_INDEFINITE = re.compile(r"\b(?:an?|some|several|\d+|une?|des|plusieurs|quelques)\s+((?:[a-z-]{3,}\s+){0,2}[a-z-]{3,})")
_DEFINITE = re.compile(r"\b(?:the|this|these|those|le|la|les|ce|cet|cette|ces|l')\s*((?:[a-z-]{3,}\s+)?[a-z-]{3,})")
_FUNCTION_WORDS = frozenset("les des une par pour dans sur avec sans leur leurs son ses qui que dont est sont ont the and "
                            "for with from that this who which were was has have had their its been also".split())
#: a report verb just before a word of another story ("said separately", "a indiqué par ailleurs"): the word tells
#: another source, not another story, unless what was reported follows it ("a affirmé, d'autre part, que ...")
_SOURCE_VERB = re.compile(r"\b(?:said|says|told|added|reported|stated|(?:a|ont) (?:\S+ )?(?:dit|declare|indique|precise|"
                          r"ajoute|rapporte|affirme|annonce|souligne|explique))\s*,?\s*$")
_THAT = re.compile(r"\s*,?\s*(?:que|qu'|that)\b")
#: the countries of the region, named all through a text: no sign that two sentences tell one event
_COUNTRIES = frozenset({"Mali", "Burkina", "Faso", "Niger", "Nigeria", "Benin", "Bénin", "Togo", "Tchad", "Chad",
                        "Mauritanie", "Mauritania", "Ghana", "Sahel", "Algérie", "Algeria", "Sénégal", "Senegal"})


def continues_event(text: str, folded: str, told_text: str, told_folded: str, lang: str, *, next_to_main: bool) -> bool:
    """Whether a sentence (``text``, folded ``folded``) of an event after its main sentence goes on telling that event
    (told so far by ``told_text``, folded ``told_folded``: the main sentence and the sentences found to go on telling
    it), so that the means it names are the event's. It tells no other story ("par ailleurs", "d'autre part",
    "separately", "in another village"; not where the word only qualifies the report verb, "the operator said
    separately", "a indiqué par ailleurs la compagnie", while "a affirmé, d'autre part, que ..." tells another
    story), and it comes right after the main sentence (``next_to_main``), names the event back ("l'attaque", "les
    assaillants", "the attackers"), names back with a definite article what the event's sentences brought in ("a
    passenger boat" ... "the boat"), or names their place or day again. A mine, a strike or a fight named further
    on with none of these is another event's or background ("Gunmen killed six traders at the market. ... The army
    has also been clearing mines on the road.")."""
    for m in cue("told_apart", lang).finditer(folded):
        if not (_SOURCE_VERB.search(folded, max(0, m.start() - 40), m.start()) and not _THAT.match(folded, m.end())):
            return False
    if next_to_main or cue("event_back", lang).search(folded):
        return True
    brought = {w for m in _INDEFINITE.finditer(told_folded) for w in m.group(1).split() if w not in _FUNCTION_WORDS}
    if any(w in brought for m in _DEFINITE.finditer(folded) for w in m.group(1).split()):
        return True
    days = {m.group(0) for m in cue("event_day", lang).finditer(told_folded)}
    if days and any(m.group(0) in days for m in cue("event_day", lang).finditer(folded)):
        return True
    places = {m.group(1) for m in _PLACE.finditer(told_text)} - _COUNTRIES
    return any(m.group(1) in places for m in _PLACE.finditer(text))


def is_event_sentence(sig: dict) -> bool:
    return any(k in sig for k in EVENT_CUES)


#: cues of violence done by someone (an attacker, a weapon, a seizure): a death beside none of them
#: may be a disaster's
_VIOLENT_ACTS = frozenset(EVENT_CUES) - {"death", "looting", "abuse"}
#: cues a change of government also fires (the head of state detained, the palace taken)
_COUP_ALSO = frozenset({"arrest", "territory_nsa", "territory_gov"})
#: cues of a weapon named (which may be equipment, not its use), and of harm done to someone
_WEAPONS = frozenset({"air", "shelling", "ied"})
_NON_STATE = frozenset({"jihadist", "rebel", "militia", "unidentified"})
_HARM = frozenset({"injury", "victims_civilian", "victims_people", "victims_forces"})
#: the ied cue's bare word "mine(s)": with nothing else of a blast told and a mining site named (its ore, owner,
#: output, a stake in it) it names a mining site or a stock
_BARE_MINE = re.compile(r"mines?")
#: a mine named as a definite place ("the Kobou mine", "the gold mine", "la mine de Kobou", "cette mine")
_THE_MINE = re.compile(r"\b(?:the|this|that|its|la|cette|sa|leur)\s+(?:[\w'-]+\s+){0,2}$")
#: a device's contact told with other verbs than a blast's ("heurté une mine", "stepped on a mine", "ran over")
_MINE_HIT = re.compile(r"\b(?:heurt\w*|roul\w* sur|march\w* sur|sur (?:une|des|la) mines?|stepped|trod|ran over|drove over|"
                       r"detonat\w*|went off|on (?:a|the) mine|endommag\w*|damag\w*|detrui\w*|destroy\w*|ripped|tore|wrecked|planted|laid|posee?s?|enfoui\w*|artisan\w*|improvis\w*|pos\w* (?:une|des) mines?|victim\w*|blesse\w*|tue\w*)\b")
#: the ied cue's words for a blast that name no device ("an explosion", "a blast", "a explosé"): a strike or a shell
#: the event's other sentences tell is what went off
_BLAST = re.compile(r"blasts?|explosions?|a explose|blown up|blew up\s*|(?!(?:mines?|bombs?|devices?|ieds?|explosives?|"
                    r"grenades?|shells?|rockets?|mortars?)\b)\S+\s+(?:\S+\s+)?exploded")
#: a vehicle as what blew up ("their armoured vehicle exploded", "leur véhicule a explosé"): the frame of a mine or an
#: IED under it, not a blast whose means is left to other sentences
_VEHICLE_BLEW = re.compile(r"\b(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|bus(?:es)?|minibus(?:es)?|pick-?ups?|tankers?|"
                          r"motorcycles?|vehicules?|voitures?|camions?|camionnettes?|motos?|citernes?|autobus)\b"
                          r"(?:\s+\S+){0,2}?\s+(?:a explose|exploded)$")
#: the air cue's words that only name an aircraft or an air force ("drones", "aircraft", "l'aviation"), no strike
_AIR_MEANS = re.compile(r"drones?|aircraft|military aircraft|air force|warplanes?|(?:helicopter )?gunships?|fighter jets?|"
                        r"l.aviation|aviation \w+|avions? de (?:chasse|combat)|helicopteres? (?:de combat|d.attaque)|"
                        r"(?:vecteurs|moyens) aeriens")
#: a seizure whose object is a mine ("seized control of the mine"): a mining site taken, not ground
_TAKES_MINE = re.compile(r"\s+(?:\S+\s+){0,3}?mines?\b")
_WORDS = re.compile(r"[\w']+")
#: where a frame word's reach ends: a clause break, not a comma opening a subset ("..., including ...")
_BREAK = re.compile(r"[;:]|,(?!\s+(?:including|such as|notamment|dont|y compris)\b)")
_URL = guard(r"\b(?:https?://|www\.)\S+")


def no_event_reason(folded: str, sig: dict, lang: str, after: str | None = None) -> str | None:
    """Why a folded sentence with event cues (``sig``, from :func:`signals`) reports no violent
    event, or None when it may open one. The sentence must report an act of violence, not hold a
    cue word in another frame:

    - ``trial``: a trial, a sentence, an anniversary or a commemoration of past violence;
    - ``disaster``: deaths from a collapse, a flood, an accident or a disease, with no attacker,
      weapon or seizure named;
    - ``coup``: a change of government, whose detentions and seizures are no arrest or capture;
    - ``reaction``: a condemnation, mourning or meeting that names attacks but no victim, death,
      wound, abduction, arrest or protest (a class of people only named as what attacks are against, "les attaques
      contre les populations civiles", "attacks against civilians", is no victim);
    - ``state``: a place's state of violence ("les attaques se multiplient dans le Centre", "the region
      is plagued by attacks") that names attacks or fighting but no victim, death, wound, nor a day, the state
      phrase governing the main clause (not in "où ...", ", en proie à ...") and no act told beside it (an
      attack on or against someone, an attack verb: "le théâtre d'une attaque contre un poste");
    - ``intent``: every cue stands within two words after a verb of intent, readiness or threat
      ("ready to resume fighting", "menacent d'attaquer");
    - ``release``: hostages or people held for long are freed ("les otages enlevés en 2022 ont été
      libérés"): a captivity that ends is no abduction, unless the sentence tells the taking as an act
      ("ont enlevé dix personnes", "kidnapped and later released"); people taken on a day the report
      tells and freed since ("enlevés lundi, libérés mercredi") are still the abduction's event;
      also people freed, seen again or heard from whose taking (or arrest) the sentence tells only by a
      participle that qualifies them or in a clause of the time elapsed since it ("le maire enlevé en mars
      a donné signe de vie", "reporters arrested after a broadcast reappeared", "two weeks after police
      detained them, ..."): their fate is the news, the taking its background (:func:`_taken_before`);
    - ``equipment``: aircraft, drones or mines named as equipment bought, delivered or shown, with no
      death, wound, victim or strike verb, the equipment word governing each weapon ("l'acquisition de drones",
      "took delivery of four drones"; not "a drone struck a convoy equipped with...");
    - ``statement``: a protest made through diplomatic channels ("a convoqué l'ambassadeur pour protester") or a ban
      of protests ("interdit toute manifestation", "banned protests"), with no other cue: a statement, not a protest
      (a denial is not one: "the army denied that its strike killed civilians" still tells the strike);
    - ``cause``: every cue stands in a cause named by a noun phrase after a political, administrative or economic act
      ("sanctions over the killing of civilians", "limogé après une série d'attaques"): an act taken because of
      violence, not the violence;
    - ``mine``: a mine named with no blast, harm or clearing told ("a stake in the uranium mine", "la mine a été
      nationalisée", "seized control of the mine"): a mining site or a stock, not an explosion;
    - ``state`` also: a fight named only as what someone does ("troops fighting jihadists", "les armées qui combattent
      les jihadistes"), with no death, wound or day: who fights, not a fight;
    - ``told``: every cue is the object of a telling verb (up to three words after it, in its clause) in a sentence
      that names a book or a film before the verb (:func:`_work_before_telling`), with no day and no count of people
      after the verb ("dans son livre, le journaliste raconte les massacres de 2019", "the film depicts the war"): the
      work's subject, no act of the news;
    - ``programme``: sexual violence or abuse named as what a programme prevents, treats or raises
      awareness of, the programme word governing it ("la prévention des violences sexuelles"), with no act
      of it told ("ont été violées", "raped", "flogged": the act is the event, whoever reports it).

    ``after`` is "disaster" when the sentence comes after a disaster's and may tell its deaths
    (:func:`carries_disaster`): deaths told with no act of violence there ("the mine collapsed, killing 40.
    Rescuers found 61 bodies.") are the disaster's.
    """
    if "_mine_site" in sig:
        sig = {**sig, "ied": sig["_mine_site"]}  # the mine rule below reads a mining site's mine as the cue it is
    if not is_event_sentence(sig):
        return "no_cue"
    cues_here = {k for k in EVENT_CUES if k in sig}
    if any(not _anniversary_as_time(folded, m, cues_here, lang) for m in cue("non_event_frame", lang).finditer(folded)):
        return "trial"
    if after == "disaster" and cues_here == {"death"} and not cue("group_generic", lang).search(folded):
        return "disaster"
    if cue("disaster", lang).search(folded) and not cues_here & _VIOLENT_ACTS \
            and not cue("group_generic", lang).search(folded):
        return "disaster"
    if cue("coup", lang).search(folded):
        cues_here -= _COUP_ALSO
        if not cues_here:
            return "coup"
    if cues_here <= {"attack", "clash"} and not (_HARM & set(sig) - _class_targeted(folded, lang)) \
            and cue("reaction", lang).search(folded):
        return "reaction"
    if cues_here <= {"attack", "clash"} and not _HARM & set(sig) and _main_state(folded, lang) \
            and (not cue("event_day", lang).search(folded) or _acts_in_stricken_places(folded, cues_here, lang)) \
            and not cue("state_act", lang).search(_without_stricken_places(folded, lang)):
        return "state"
    if cues_here == {"abduction"} and cue("release", lang).search(folded) and cue("captivity", lang).search(folded) \
            and not cue("abduction_act", lang).search(folded):
        return "release"
    if (taking := cues_here - ({"attack"} if _attackers_as_agents(folded, lang) else set())) \
            and taking <= {"abduction", "arrest"} and not _HARM & set(sig) \
            and (cue("release", lang).search(folded) or cue("after_captivity", lang).search(folded)) \
            and not cue("abduction_act", lang).search(folded) \
            and _taken_before(folded, taking, lang):
        return "release"
    if cues_here <= _WEAPONS and not _HARM & set(sig) and not cue("strike_act", lang).search(folded) \
            and _governed(folded, cues_here, "equipment", lang, 4, holder=True):
        return "equipment"
    if cues_here - {"territory_nsa", "territory_gov"} == {"ied"} and not (_HARM | {"disrupted"}) & set(sig) \
            and not cue("strike_act", lang).search(folded) \
            and all(_BARE_MINE.fullmatch(m.group()) for m in cue("ied", lang).finditer(folded)) \
            and cue("mining_site", lang).search(folded) \
            and all(_TAKES_MINE.match(folded, m.end()) for k in cues_here - {"ied"} for m in cue(k, lang).finditer(folded)):
        return "mine"
    if cues_here == {"clash"} and not {"death", "injury"} & set(sig) and not cue("event_day", lang).search(folded) \
            and _inside(folded, "clash", "fight_descriptor", lang):
        return "state"
    if cues_here <= {"sexual", "abuse"} and not cue("act_harm", lang).search(folded) \
            and _governed(folded, cues_here, "programme", lang, 4):
        return "programme"
    if not cue("event_day", lang).search(folded) and _work_before_telling(folded, lang) \
            and not _counted_after_telling(folded, lang) \
            and _governed(folded, cues_here, "telling", lang, 3):
        return "told"
    # (attacks named in a state of violence beside the threat, "to deal with the resurgence of attacks", are no act)
    if _governed(_blank_states(folded, lang), cues_here, "intent", lang, 2):
        return "intent"
    if cues_here == {"protest"} and (cue("diplomatic", lang).search(folded) or _governed(folded, cues_here, "ban", lang, 3)):
        return "statement"
    if _in_cause(folded, cues_here, lang):
        return "cause"
    return None


#: an anniversary named as the time of an act: "à la veille du deuxième anniversaire de ...", "on the eve of the
#: anniversary of ...", "days before the anniversary", "le jour du dixième anniversaire", "..., jour du", "..., on the
#: anniversary", "as the country marked the anniversary", "alors que le pays célébrait le 64e anniversaire"
_ANNIVERSARY_TIME = re.compile(r"\b(?:a la veille|a l'approche|a quelques (?:heures|jours|semaines)|le jour meme|le jour|"
                               r"(?<=, )jour|on the eve|ahead|in the run-up to|on the day|"
                               r"(?:hours?|days?|weeks?) (?:before|ahead of)|(?<=, )on|"
                               r"(?:alors que|tandis que|as|while) (?:[\w'-]+ ){1,3}(?:celebr|marqu|commemor|mark)\w*)"
                               r"\s+(?:of\s+|du\s+|de la\s+|de l'|des\s+|de\s+)?(?:the\s+|its\s+|their\s+)?"
                               r"(?:[\w'-]+\s+){0,2}$")
_ANNIVERSARY = re.compile(r"anniversa")
#: a verb that recalls or reports, between a fronted anniversary's comma and the act ("..., survivors said gunmen had
#: killed their relatives"): the act is what is recalled
_RECALLED = re.compile(r"\b(?:said|say|says|told|recall\w*|remember\w*|affirm\w*|racont\w*|rappel\w*|declar\w*|"
                       r"expliqu\w*|souvien\w*)\b")


def _anniversary_as_time(folded: str, m: re.Match, cues_here: set[str], lang: str) -> bool:
    """Whether a frame word of the ``non_event_frame`` cue is an anniversary named as the time of an act the sentence
    tells outside that phrase ("Des hommes armés ont tué quatre civils lundi, à la veille du deuxième anniversaire du
    coup d'État", "gunmen killed four civilians on the eve of the anniversary"): the act's time, no commemoration. An
    act named only inside the phrase ("à la veille de l'anniversaire du massacre") is still the anniversary's."""
    if not _ANNIVERSARY.match(m.group()):
        return False
    eve = _ANNIVERSARY_TIME.search(folded, max(0, m.start() - 50), m.start())
    if eve is None:
        return False
    stop = _CLAUSE_END.search(folded, m.end())
    a, b = eve.start(), stop.start() if stop else len(folded)
    acts = [c for k in cues_here for c in cue(k, lang).finditer(folded)]
    comma = folded.find(",", m.end(), b)
    if comma >= 0 and not any(c.start() < a for c in acts):
        # the phrase fronted ("Le jour même du premier anniversaire du massacre, des hommes armés ont tué ...", "Days
        # before the anniversary, gunmen killed ..."): it ends at its comma, and the act is the main clause's, its
        # subject and verb right after the comma (not a memorial's dead, "se sont recueillis devant la stèle des
        # quarante soldats tués", "gathered at the cemetery where 30 villagers were killed")
        return any(c.start() > comma and len(_WORDS.findall(folded[comma:c.start()])) <= 4
                   and not _RECALLED.search(folded, comma, c.start()) for c in acts)
    return any(not a <= c.start() < b for c in acts)


#: a taking's participle: a word of the abduction or arrest cues in this form qualifies the people held
_TAKEN_PARTICIPLE = {"fr": re.compile(r"(?:enlev|kidnapp|sequestr|arret|interpell|apprehend|captur)(?:e|ee|es|ees)$"),
                     "en": re.compile(r"(?:abduct|kidnapp|arrest|detain|apprehend|captur|seiz|snatch)e?d$")}
#: a captivity's noun (the people held, their state): it names no taking
_CAPTIVITY_NOUN = re.compile(r"otages?|hostages?|captivit\w*|held captive|whereabouts")
#: the few words right after the participle, where a recent day makes the taking news too (:func:`_recent_day_after`)
_NEXT_WORDS = re.compile(r"[\s,]*(?:\S+\s+){0,3}\S+")
#: a recent week or eve, beside the days of the ``event_day`` cue
_RECENT_WEEK = re.compile(r"\b(?:(?:cette|this|last) (?:week|semaine)|la veille|la nuit)\b")


def _recent_day_after(folded: str, pos: int, lang: str) -> bool:
    """Whether a recent day (a weekday, "hier", "overnight": the ``event_day`` cue, not a written date) or week is told
    in the four words after ``pos`` ("enlevés lundi", "abducted on Sunday", "arrested last week")."""
    nxt = _NEXT_WORDS.match(folded, pos)
    words = nxt.group(0) if nxt else ""
    return _RECENT_WEEK.search(words) is not None \
        or any(not any(c.isdigit() for c in m.group(0)) for m in cue("event_day", lang).finditer(words))


#: a clause of the time elapsed since an act ("deux mois après leur enlèvement par ...", "weeks after gunmen seized ..."):
#: what it tells is the background of what the sentence then tells
_ELAPSED = re.compile(r"\b(?:\S+\s+){1,2}(?:days?|weeks?|months?|years?|jours|semaines|mois|ans|annees)\s+(?:after|since|"
                      r"apres)\b")
#: the agent of a passive or a participle, up to the group's noun: "enlevé par des hommes armés", "taken by gunmen"
_AGENT_BEFORE = re.compile(r"\b(?:par|by)\s+(?:(?:des|les|de|d'|un|une|the|a|some|suspected|presumed|presumes|armed|"
                           r"unidentified|unknown|individus|inconnus)\s*){0,2}$")


def _attackers_as_agents(folded: str, lang: str) -> bool:
    """Whether each attack word of the sentence names the agent of a taking ("par des hommes armés", "by gunmen"),
    a group that takes, not an attack."""
    found = list(cue("attack", lang).finditer(folded))
    return bool(found) and all(_AGENT_BEFORE.search(folded, max(0, m.start() - 40), m.start()) for m in found)


def _taken_before(folded: str, cues_here: set[str], lang: str) -> bool:
    """Whether the sentence tells the taking of the people it tells of only as their background: each abduction or
    arrest word is a captivity noun ("otages", "captivity") or a bare participle that qualifies them ("le maire
    enlevé en mars", "journalists arrested after a broadcast", "Abducted ten days ago, the two men ..."), with no
    auxiliary before it (taking_told: "ont été enlevés" tells the act) and no recent day after it ("enlevés lundi,
    libérés mercredi" is the abduction's news, freed since)."""
    part = _TAKEN_PARTICIPLE["en" if lang == "en" else "fr"]
    aux = cue("taking_told", lang)
    for k in cues_here:
        for m in cue(k, lang).finditer(folded):
            word = re.match(r"[\w']*", folded[m.start():]).group(0)
            if _CAPTIVITY_NOUN.match(folded, m.start()):
                continue
            if _ELAPSED.search(folded, 0, m.start()) and not _CLAUSE_END.search(folded, _ELAPSED.search(
                    folded, 0, m.start()).end(), m.start()):
                continue  # told in a clause of time elapsed since it: "two weeks after the army detained them, ..."
            if not part.match(word) or aux.search(folded[max(0, m.start() - 40) : m.start()]) \
                    or _recent_day_after(folded, m.start() + len(word), lang):
                return False
    return True


#: a cause named by a noun phrase: "after a string of attacks", "over the killing of", "après l'attaque d'un poste"
#: (a link that only ever names a cause, "because of", "à cause de", takes a bare noun too: "closed because of attacks";
#: so does a participle of citing, "citing insecurity caused by attacks", "invoquant l'insécurité liée aux attaques")
_CAUSE = guard(r"\b(?:because of|due to|a cause d(?:e|u|es|')|en raison d(?:e|u|es|')|citing|pointing to|"
               r"(?:en )?(?:invoquant|evoquant|arguant d(?:e|u|es|')))\s*|"
               r"\b(?:over|after|following|amid|in response to|in retaliation for|in memory of|"
               r"apres|a la suite d(?:e|u|es|')|suite a(?:ux?)?|en represailles? (?:a|aux?)|"
               r"en memoire d(?:e|u|es|'))\s*(?=(?:the|a|an|this|these|their|its|une?|l'|la|le|les|des|du|d'|ces|cette|"
               r"leurs?)\b)")


#: a state of violence that names places by it ("areas hit by attacks", "les zones touchees par les attaques")
_STRICKEN_PLACES = re.compile(r"(?:areas|regions|zones|districts|localities|communities|villages|towns|localites|"
                              r"communes|provinces)\b")


def _without_stricken_places(folded: str, lang: str) -> str:
    """The folded sentence with its phrases naming places by their state of violence blanked out."""
    blank = list(folded)
    for m in cue("state_of_violence", lang).finditer(folded):
        if _STRICKEN_PLACES.match(m.group(0)):
            blank[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(blank)


def _acts_in_stricken_places(folded: str, cues_here: set[str], lang: str) -> bool:
    """Whether every attack or clash word of the sentence lies in a phrase naming places by their state of violence
    ("Aid reached areas hit by attacks on Monday"): a day told beside it dates something else than an attack."""
    rest = _without_stricken_places(folded, lang)
    return rest != folded and not any(cue(k, lang).search(rest) for k in cues_here)


def _blank_states(folded: str, lang: str) -> str:
    """The folded sentence with its phrases of a state of violence ("la recrudescence des attaques", "a spate of
    attacks") blanked out."""
    out = list(folded)
    for m in cue("state_of_violence", lang).finditer(folded):
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _in_cause(folded: str, cues_here: set[str], lang: str) -> bool:
    """Whether every cue of ``cues_here`` (and every wound) stands in a cause named by a noun phrase ("sanctions over
    the killing of civilians", "a été limogé après une série d'attaques", "a fermé la frontière après l'attaque d'un
    poste"), up to the clause's end, after a main clause telling a political, administrative or economic act or a
    flight (``political_act``): the sentence tells an act taken because of violence told elsewhere.
    A cause told as a clause ("after gunmen killed ...") tells the act and is not one."""
    first = _CAUSE.search(folded)
    if first is None or not cue("political_act", lang).search(folded[: first.start()]):
        return False
    spans = []
    for m in _CAUSE.finditer(folded):
        stop = _GRIEVANCE_END.search(folded, m.end())
        spans.append((m.end(), stop.start() if stop else len(folded)))
    finite = _FINITE_IN_CAUSE[lang if lang == "en" else "fr"]
    for k in cues_here | {"injury"}:
        for c in cue(k, lang).finditer(folded):
            span = next(((a, b) for a, b in spans if a <= c.start() < b), None)
            if span is None or finite.search(folded, span[0], span[1]) \
                    or (lang == "en" and c.group(0).endswith("ed")):
                return False
            # a cause with a toll and a day of its own is the news of that act ("after an attack on Tuesday ...
            # left 15 soldiers dead"), not a mere cause
            if _TOLL.search(folded, span[0], span[1]) and cue("event_day", lang).search(folded[span[0] : span[1]]):
                return False
    return True


#: a count of people after a telling verb ("le rapport documente l'exécution de 30 civils"): an act told with its
#: victims, not a work's subject (years, "entre 2018 et 2020", and spans of time, "pendant dix ans", count no one)
_COUNT_TOLD = re.compile(r"(?:\b(?!(?:1[89]|20)\d\d\b)\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|"
                         r"deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|trente|dizaines?))\b"
                         r"(?!\s+(?:d')?(?:ans|annees|mois|semaines|jours|heures|siecles?|years|months|weeks|days|hours|"
                         r"decades?)\b)")


def _work_before_telling(folded: str, lang: str) -> bool:
    """Whether a book, a film or another work is named before a telling verb, as its subject or its frame ("le roman
    raconte", "dans ce documentaire, la réalisatrice retrace", "her first novel depicts"): a witness or an official who
    describes an act ("a survivor describes how ...") tells the news."""
    works = [w.end() for w in cue("work", lang).finditer(folded)]
    return any(e <= t.start() for t in cue("telling", lang).finditer(folded) for e in works)


def _counted_after_telling(folded: str, lang: str) -> bool:
    """Whether a count of people stands after a telling verb, in its clause."""
    for t in cue("telling", lang).finditer(folded):
        stop = _CLAUSE_END.search(folded, t.end())
        if _COUNT_TOLD.search(folded, t.end(), stop.start() if stop else len(folded)):
            return True
    return False

#: a finite verb between a cause's link and its cue makes the cause a clause ("after gunmen killed", "après que"); a
#: participle before its agent is a reduced relative of the cause's noun ("insecurity caused by attacks"), no verb; nor
#: is an adjective in "-ed" of the doers ("attacks by armed groups", "suspected jihadists")
_FINITE_IN_CAUSE = {"fr": re.compile(r"\b(?:a|ont|avait|avaient|est|sont|ete|que|qu')\b|\bqu'"),
                    "en": re.compile(r"\b(?:was|were|has|have|had|(?!(?:armed|masked|suspected|alleged|unidentified|"
                                     r"so-called)\b)\w{3,}ed(?! by\b)|left|struck|hit|took|shot|blew|came|went|"
                                     r"made|killed|fled|stormed|ambushed)\b")}
#: a count in a cause span ("15 soldiers dead", "quinze morts"): with a day of its own, the act is told as news
_TOLL = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|deux|trois|"
                   r"quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|dizaines?)\b")


#: what opens a relative clause: a state of violence told in one only qualifies a place the sentence tells of
_RELATIVE = re.compile(r"\b(?:ou|qui|dont|lequel|laquelle|where|which|who|whose)\b")
_FINITE = re.compile(r"\b(?:fai(?:t|saient|sait) face|faces?\b|se multiplient)")


def _main_state(folded: str, lang: str) -> bool:
    """Whether a state of violence governs the sentence's main clause: a state phrase not in a relative clause
    ("la région, où les violences se multiplient, ...") nor in an apposition opened by a comma ("Mopti, en proie
    aux violences, ...")."""
    for m in cue("state_of_violence", lang).finditer(folded):
        lead = folded[: m.start()]
        clause = lead[lead.rfind(",") + 1 :] if "," in lead else None
        if clause is not None and (_RELATIVE.search(clause) or (not clause.strip() and not _FINITE.match(m.group(0)))):
            continue  # a relative clause, or an apposition a comma opens ("Mopti, en proie à" but not ", fait face à")
        if clause is None and _RELATIVE.search(lead) and lead.strip():
            # a relative clause with no comma before it ("la région où les violences se multiplient a été...")
            continue
        return True
    return False


#: a place named after a preposition of place, in the sentence as written ("à Tillabéri", "near Boni")
_PLACE = re.compile(r"\b(?:à|au|aux|en|près de|vers|dans la région de|in|at|near|around|outside)\s+"
                    r"((?:[A-ZÀ-Ý][\w'-]+)(?:[ -][A-ZÀ-Ý][\w'-]+)*)")


def carries_disaster(prev: str, prev_folded: str, text: str, folded: str, lang: str, next_one: bool) -> bool:
    """Whether a sentence (``text``, folded ``folded``) after a disaster's (``prev``, ``prev_folded``, no sentence
    with another cue between) may tell the disaster's deaths: it points back to them ("les corps", "the dead",
    "rescuers"), or it is the very next sentence (``next_one``) and names no place and no day that the disaster's
    sentence did not name. A sentence that brings a new place or day tells another event ("Des inondations ont
    fait vingt morts à Niamey samedi. Trois civils ont été tués dimanche à Tillabéri.")."""
    if cue("disaster_back", lang).search(folded):
        return True
    if not next_one:
        return False
    if any(m.group(1) not in prev for m in _PLACE.finditer(text)):
        return False
    return all(m.group(0) in prev_folded for m in cue("event_day", lang).finditer(folded))


def _inside(folded: str, key: str, frame: str, lang: str) -> bool:
    """Whether every match of cue ``key`` in the folded sentence lies inside a match of the ``frame`` cue."""
    spans = [m.span() for m in cue(frame, lang).finditer(folded)]
    return bool(spans) and all(any(a <= m.start() and m.end() <= b for a, b in spans)
                               for m in cue(key, lang).finditer(folded))


def _governed(folded: str, cues_here: set[str], frame: str, lang: str, reach: int, holder: bool = False) -> bool:
    """Whether every cue of ``cues_here`` in the folded sentence stands at most ``reach`` words after a word of
    the ``frame`` cue, in its clause (no semicolon, colon or comma between, but a comma opening a subset): the frame word governs the cue
    ("menacent d'attaquer", "l'acquisition de drones", "la prévention des violences sexuelles"), where a frame
    word elsewhere in the sentence ("drones struck a convoy equipped with...", "..., health workers said") does not.
    With ``holder`` (equipment, which has a holder and a list of items), a cue before the first frame word in its
    clause is its holder ("the air force took delivery of four drones"), a cue close after a governed one is
    governed too ("l'acquisition de drones pour l'aviation"), and at least one cue must be governed."""
    found = list(cue(frame, lang).finditer(folded))
    if not found:
        return False
    first = found[0].start()
    heads = [f.end() for f in found]  # a frame word, or (with holder) a cue it governs
    governed = 0
    for m in sorted((m for k in cues_here for m in cue(k, lang).finditer(folded)), key=lambda m: m.start()):
        if any(e <= m.start() and not _BREAK.search(folded, e, m.start())
               and len(_WORDS.findall(folded[e : m.start()])) <= reach for e in heads):
            governed += 1
            if holder:
                heads.append(m.end())
        elif not (holder and m.end() <= first and not _BREAK.search(folded, m.end(), first)):
            return False
    return governed > 0 or not holder


def is_evaluative(folded: str, lang: str) -> bool:
    """A sentence that sums up or judges an event ("one of the deadliest attacks", a question)
    rather than reports it: it opens an event only when no sentence of the text reports one."""
    return cue("evaluative", lang).search(folded) is not None


def classify(main: dict, rest: dict, *, perp_kind: str | None, target_category: str,
             fatalities: int, death_verb: str | None = None) -> Classification:
    """``main``/``rest``: signals of the main sentence and of the event's other sentences."""
    sig = dict(rest)
    sig.update(main)  # the main sentence's spans win
    has = lambda k: k in main  # noqa: E731
    anyh = lambda k: k in sig  # noqa: E731
    ev = lambda *ks: tuple(sig[k] for k in ks if k in sig)  # noqa: E731
    during_attack = bool(main.get("_during_attack"))
    # the victims are read where the killing is told: the main sentence, else (when it tells no death) the
    # event's other sentences ("Villages were attacked overnight. Forty civilians were killed.")
    # (a toll summed over several attacks that names no one side of its dead, e.g. raids on two villages and a
    # checkpoint that left N dead in all, gendarmes and villagers together, leaves the side to the sentences that tell
    # the event's own attack)
    summed = has("_several") and "victims_unarmed" not in main and "victims_armed" not in main
    victims = main if has("death") and not summed else sig
    if "victims_unarmed" in victims and "victims_armed" in victims:  # the other sentences name both: the roles decide
        victims = {}
    # the victims named as civilians, with no fighting: violence against civilians whatever the roles read as
    # the target ("killed 22 civilians", "onze civils, dont trois supplétifs")
    # (people of no stated kind, "12 people dead", leave the side to the target when the attack is named as on
    # soldiers, an armed group or peacekeepers: "an attack on an army post left 12 people dead")
    # an attack the main sentence aims at a post, a camp, a patrol or a convoy of soldiers or police ("attacked an army
    # position", "une attaque contre une patrouille de gendarmerie") has an armed target whatever the roles read, and
    # civilians killed there died in a battle (ACLED)
    # (the attack's object told in another sentence of the event, "the attack ... gunmen attacked an army unit that
    # guarded the site", arms it too unless the main sentence names its dead as civilians; dead named as people of no
    # stated kind, "five people were killed at a checkpoint", name no side where the main sentence tells no village and
    # no toll summed over several attacks, of which the object told may be another's)
    armed_object = has("armed_object") or ("armed_object" in rest and (
        "victims_unarmed" not in main or ("_people" in main and not has("village") and not has("_several"))))
    # (victims read only from the event's other sentences, the main sentence telling an attack on soldiers,
    # peacekeepers or an armed group and no death, leave the side to that target: civilians also killed in an attack
    # on a camp died in a battle, ACLED)
    armed_roles = target_category in ("security_forces", "peacekeepers", "armed_group")
    unarmed_victims = "victims_unarmed" in victims and not has("fighting") and not armed_object \
        and not ("_people" in victims and armed_roles) and not (armed_roles and not has("death"))
    # two organised armed sides (ACLED's Armed clash): a target of soldiers, peacekeepers or an armed group, or
    # victims named as soldiers or fighters ("dix morts parmi les soldats de la garnison")
    armed_target = (target_category in ("security_forces", "peacekeepers", "armed_group") or armed_object
                    or "victims_armed" in victims) and not unarmed_victims
    # fighting or a clash word anywhere in the event ("neutralisés", "riposté"); an assault ("l'assaut", "a rebel
    # assault") is one side's act, an attack word, and arms no one
    clash = anyh("clash") or anyh("fighting")
    state_perp = perp_kind in ("state", "foreign_forces", "peacekeepers")

    def out(sub, tactic, conf, *keys):
        return Classification(SUB_TO_TYPE[sub], sub, tactic, conf, ev(*keys))

    if anyh("sexual"):
        return out("Sexual violence", "sexual_violence", 0.8, "sexual")
    # the main event decides: a suicide bomber told in a later sentence of an attack or fight the main sentence
    # reports (a complex assault on a base opened by a car bomb) leaves it an attack or a clash
    # a bomber who opens a complex assault told as a fight in the main sentence ("a car bomb, then gunmen stormed the
    # base and fighting went on") leaves it a clash
    if (has("suicide") and (has("_fight_apart") or not (has("clash") or has("fighting")))) \
            or (anyh("suicide") and not any(k in main for k in ("death", "attack", "clash", "fighting"))):
        return out("Suicide bomb", "suicide_bombing", 0.9, "suicide")
    # a strike, a shell or a blast in the sentence of a protest is its act (a gathering hit by a drone is an air
    # strike, a bomb in a crowd remote violence); a weapon the protest is against was dropped by signals()
    if (has("protest") or (perp_kind == "protesters" and anyh("protest"))) \
            and not any(has(k) for k in ("air", "shelling", "ied")):
        # ACLED: demonstrators who riot, burn, loot, throw stones, clash with the police or kill make a violent
        # demonstration whoever else kills; peaceful demonstrators met with lethal force or force that wounds
        # seriously, excessive force (by whomever, named or not: deaths at a protest with no violence of its own);
        # dispersed, arrested or blocked, a protest with intervention
        # (soldiers or police killed in the protest's own sentence: a killing of them told elsewhere is another event)
        if anyh("riot") or anyh("looting") or has("clash") or "victims_armed" in main:
            return out("Violent demonstration", "protest", 0.6, "protest")
        # (deaths told only in the event's other sentences, with no force met told anywhere and other dead than
        # the protesters, are not the protest's: a lament or a cause quoted, "we march because our brothers are killed")
        # (force that kills or maims told only in the event's other sentences, with none of the protesters told dead
        # there, is a wound's detail or another day's or another's force: "four were treated for gunshot wounds",
        # "police had opened fire on Friday", "the UN condemned the use of lethal force"; ACLED's excessive force is
        # force that kills or seriously wounds at this protest, its intervention one that disperses or wounds with no
        # such force reported of it, as shots fired in the air)
        if (fatalities > 0 and (has("death") or (anyh("death") and (anyh("protest_intervention")
                                                                      or anyh("_protesters_dead"))))) \
                or has("lethal_force") or (anyh("lethal_force") and anyh("_protesters_dead")):
            return out("Excessive force against protesters", "protest", 0.7, "protest", "death", "lethal_force")
        # (protesters wounded in the protest's sentence, or force told in another sentence, is force met: at least an
        # intervention; a wound of others, soldiers or villagers the protest is about, is none)
        if anyh("protest_intervention") or has("arrest") or has("_protesters_hurt") or anyh("lethal_force"):
            return out("Protest with intervention", "protest", 0.7, "protest", "protest_intervention")
        return out("Peaceful protest", "protest", 0.85, "protest")
    if has("riot") or (anyh("riot") and not has("death")):
        # ACLED: a mob (a lynching, an angry crowd, popular justice) makes mob violence; rioting, stones thrown or tyres
        # burnt by a group that names no mob, a violent demonstration
        if anyh("mob"):
            return out("Mob violence", "other", 0.7, "riot", "mob")
        return out("Violent demonstration", "protest", 0.6, "riot")
    # an aircraft or an air force only named (no strike told as an act) beside an armed group that attacks is what
    # it attacked or where ("an attack on an air force base that damaged an aircraft"), not its means
    air_named_only = has("air") and "_air_act" not in main and perp_kind in _NON_STATE
    if has("air") and not has("fighting") and not air_named_only:  # an air-ground operation (with fighting) is a battle
        return out("Air/drone strike", "air_strike", 0.85, "air")
    # ACLED's Disrupted weapons use: a device defused or made safe, a cache found, weapons seized, an attack foiled,
    # told in the main sentence with no one killed and no fight ("soldiers defused a mine on the road", "rockets
    # were found in a militant camp"); a device that went off and killed stays remote violence (a toll read with
    # no word of death in the event, "neutralisé deux engins", counts devices, not dead); a wound in its sentence
    # is a blast's, and arms seized by attackers who are not the state are their loot, not a disruption
    if has("disrupted") and (fatalities == 0 or not anyh("death")) \
            and not any(has(k) for k in ("death", "clash", "fighting", "injury")) \
            and not (has("attack") and not state_perp):
        return out("Disrupted weapons use", "other", 0.6, "disrupted")
    # shells or rockets fired in a fight (fire returned, an assault beside them) make a battle, as an air strike in one
    if has("shelling") and not (has("fighting") or has("clash")):
        return out("Shelling/artillery/missile attack", "shelling", 0.85, "shelling")
    if has("ied") and not has("clash"):
        # a blast that names no device, its cause told as a strike or shells in a sentence that goes on telling the
        # event ("three herders died in an explosion ... a helicopter had fired on their camp"), is that strike
        if has("_blast_only") and "_air_act" in rest:
            return out("Air/drone strike", "air_strike", 0.7, "air")
        if has("_blast_only") and "shelling" in rest:
            return out("Shelling/artillery/missile attack", "shelling", 0.7, "shelling")
        return out("Remote explosive/landmine/IED", "ied", 0.85, "ied")
    # abductees killed or found dead, or beaten or tortured, make an attack (a killing told beside the abduction
    # is one even where no toll was read: "abducted and later executed")
    if has("abduction") and not has("death") and not (anyh("death") and fatalities > 0) and not has("abuse"):
        return out("Abduction/forced disappearance", "abduction", 0.8, "abduction")
    # ACLED codes a town taken by the state or its allies as regained, whatever the verb ("the army took control
    # of the town", "les FAMa ont pris le contrôle de"): the taker's side decides, not the verb's prefix; a taking
    # told in a later sentence stands when the main sentence tells fighting with no death, killing or attack
    # ("clashes continue between the army and the rebels. ... the army took control of the town")
    gov_took = lambda h: h("territory_gov") or (h("territory_nsa") and state_perp)  # noqa: E731
    if (gov_took(has) or (gov_took(anyh) and fatalities == 0 and not any(k in main for k in ("death", "attack")))) \
            and not (anyh("clash") and fatalities > 0):
        return out("Government regains territory", "armed_clash", 0.6, "territory_gov", "territory_nsa")
    # a seizure told only in a later sentence stands when the main sentence reports no killing, attack or fight
    # (a military camp or post seized in an attack or a fight the event tells, "ont attaqué et pris le contrôle du camp
    # militaire", is the battle that took it; a base only told overrun stays ground taken)
    post_fought = anyh("_post_taken") and any(anyh(k) for k in ("attack", "clash", "fighting"))
    if (has("territory_nsa") or (anyh("territory_nsa") and not any(k in main for k in ("death", "attack", "clash")))) \
            and not state_perp and not post_fought:
        return out("Non-state actor overtakes territory", "armed_clash", 0.65, "territory_nsa")
    # detainees beaten or tortured: an attack (ACLED codes the abuse, not the arrest); people taken in a fight (not
    # in an operation with no fight told: "arrêtés lors d'une opération militaire") or where someone was wounded:
    # the fight or the attack is the event
    if has("arrest") and not any(has(k) for k in ("death", "abuse", "fighting")) \
            and not (has("injury") and not has("zero_fatalities")):
        # ACLED's Arrests are the state's (or a de facto authority's) detentions: people "arrested" or "stopped" by
        # armed men or an armed group, the agent of the verb ("interceptés et arrêtés par des hommes armés"), are
        # abducted (a group's members arrested, "des jihadistes arrêtés par l'armée", stay an arrest)
        if has("_arrest_by_armed"):
            return out("Abduction/forced disappearance", "abduction", 0.7, "arrest")
        return out("Arrests", "arrest", 0.75, "arrest")
    # property looted or destroyed with no other violence (ACLED): a wound beside it (not "no one was hurt"), an attack
    # on soldiers or peacekeepers ("attacked the post and burned it"), or people abducted in the event, makes the
    # attack, the clash or the abduction the event
    if (has("looting") or (anyh("looting") and not has("death") and not has("attack"))) and fatalities == 0 \
            and not any(has(k) for k in ("clash", "abuse")) and not (has("injury") and not has("zero_fatalities")) \
            and not anyh("abduction") \
            and not (has("attack") and target_category in ("security_forces", "peacekeepers")):
        return out("Looting/property destruction", "looting_burning", 0.75, "looting")
    # the means told in the event's other sentences decide when the main sentence tells no act, only that an
    # attack took place ("le camp a fait l'objet d'une attaque", "gunmen attacked the town"), or only deaths with
    # no fighting anywhere ("five fighters were killed. A drone hit their camp.")
    # (a main sentence that tells only men neutralised, "les FAMa ont neutralisé vingt terroristes", tells their
    # death, not a fight: a strike or a blast told in a sentence going on with it is its means)
    told = {k for k in ("death", "attack", "clash", "fighting", "abuse", "looting") if k in main
            and (k != "clash" or "_fight" in main)}
    if not told or told == {"attack"} or (told == {"death"} and not anyh("_fight") and not anyh("fighting")):
        # an attack on unarmed people or property that killed no one ("quiet"): people taken away make an
        # abduction, even where a mine is named; property burnt or looted with no one hurt, destruction
        quiet = told == {"attack"} and fatalities == 0 and (not anyh("death") or anyh("zero_fatalities")) and not armed_target
        # a weapon told after an attack is a means of the fight, not the event's type; after deaths, a strike or
        # shelling is their cause, where a mine or an IED named later is as often materiel found or seized
        # (an attack on unarmed people or property told with no fight anywhere in the event takes its means from
        # the other sentences: "militants attacked a ferry. Three rockets hit its engines")
        weapon = told != {"attack"} or not (anyh("clash") or anyh("fighting") or armed_target)
        # (men only told neutralised take as their means an aircraft of another sentence only where that sentence
        # tells it strike, "Une deuxième frappe a visé leurs véhicules", not "des drones de l'armée patrouillaient")
        outcome_only = "clash" in main and "_fight" not in main
        if anyh("air") and weapon and (has("air") or "_air_act" in rest or not outcome_only):
            return out("Air/drone strike", "air_strike", 0.6, "air")
        if anyh("shelling") and weapon:
            return out("Shelling/artillery/missile attack", "shelling", 0.6, "shelling")
        # (deaths alone, of soldiers as of civilians, whose means another sentence tells as a device that went off,
        # "Quatre soldats ont été tués. Leur véhicule a sauté sur une mine", "Their vehicle struck a landmine": the
        # device killed them, where no attack, no fight and no device found or defused is told anywhere)
        if told == {"death"} and anyh("ied") and not any(anyh(k) for k in ("attack", "disrupted", "clash")):
            return out("Remote explosive/landmine/IED", "ied", 0.55, "ied")
        if anyh("abduction") and quiet:
            return out("Abduction/forced disappearance", "abduction", 0.6, "abduction")
        if anyh("ied") and not told:
            return out("Remote explosive/landmine/IED", "ied", 0.6, "ied")
        if anyh("abduction") and not told:
            return out("Abduction/forced disappearance", "abduction", 0.6, "abduction")
        if anyh("arrest") and not told:
            return out("Arrests", "arrest", 0.6, "arrest")
        if anyh("looting") and quiet and not anyh("injury"):
            return out("Looting/property destruction", "looting_burning", 0.6, "looting")
    # killings, attacks, clashes
    if anyh("ambush"):
        tactic = "ambush"
    elif (death_verb == "targeted" or (has("individual_target") and not during_attack)) and 0 < fatalities <= 2 \
            and not has("clash") and not has("armed_object"):
        # (a post, a camp or a patrol targeted, "gunmen targeted a police station, killing two officers", is an assault
        # on an armed place, not the targeting of a person)
        tactic = "assassination"
    elif has("village") and (has("attack") or has("death") or has("looting")) and not state_perp:
        tactic = "raid_on_village"
    elif has("abuse") or (death_verb == "executed" and fatalities >= 3):
        tactic = "other"
    elif has("clash") or armed_target:
        tactic = "armed_clash"
    else:
        tactic = "other"
    # a battle's tactic is the fight's (an ambush, else armed_clash): a village named where two armed sides fought is
    # where they fought, not a raid on its people ("jihadists attacked the army post in the village of ..."), unless
    # the main sentence names unarmed people among the dead (the villagers killed in the raid)
    battle = "armed_clash" if tactic == "raid_on_village" and not (has("victims_civilian") or has("victims_people")) \
        else tactic
    # an attack on civilians by an armed group where the event names a village or a hamlet, in the main sentence or
    # in any other of its sentences ("gunmen killed 12 civilians. They had stormed the village at dawn"), is a raid
    # on the village; an ambush told only beside a village the main sentence attacks is one of the
    # raid's moves ("attacked the village ... having first ambushed two farmers")
    # (from another sentence, the village counts where it is named as a place of the story, not as the victims' home
    # or their journey's end, and where the main sentence does not place the act on a road or in a vehicle: "killed
    # four passengers of a bus. They were returning to their village")
    village = has("village") or ("_village_place" in rest and not has("_on_road"))
    if tactic in ("other", "ambush") and village and any(anyh(k) for k in ("attack", "death", "looting")) \
            and not state_perp and not has("ambush") and not has("abuse") \
            and (tactic == "other" or (has("village") and has("attack"))):
        tactic = "raid_on_village"
    if has("abuse") and fatalities == 0 and not has("clash"):
        return out("Attack", "other", 0.6, "abuse")
    # (a transport vehicle ambushed or fired on, "un autocar est tombé dans une embuscade", "a minibus came under fire",
    # with no victims named is the civilians' vehicle: the roles read it so once the sub-event type is known)
    unarmed_target = target_category in _UNARMED or (target_category == "none" and has("_civilian_vehicle"))
    if (anyh("ambush") or has("_one_sided")) and not anyh("fighting") and unarmed_target and not armed_target \
            and not (has("clash") and not has("_one_sided")):
        # an ambush of unarmed people (an official's car, traders, a bus), or fire on them, with no fighting: an attack
        # on civilians
        return out("Attack", "other" if tactic == "armed_clash" else tactic, 0.65, "ambush", "death", "clash")
    # state forces and civilians: an attack, unless the main sentence reports fighting (civilians dead in crossfire)
    if clash and not (target_category == "civilians" and state_perp and not has("fighting")) \
            and not unarmed_victims:
        return out("Armed clash", battle, 0.75, "clash", "death", "attack")
    if armed_target:
        return out("Armed clash", battle, 0.7, "death", "attack")
    # deaths told with no act of their own take their means from the event's other sentences ("six civilians
    # died. Their bus had struck a mine"); an attack told in the main sentence (gunmen, an assault) is the act, and
    # a device named elsewhere is another event's or background ("gunmen killed six traders ... a mine had hit
    # a patrol the week before")
    if anyh("ied") and not has("attack"):
        return out("Remote explosive/landmine/IED", "ied", 0.55, "ied")
    # a killing of many civilians by an armed group that is not the state, told with no village named, is a raid on
    # their community all the same (a hamlet, a farm, a named locality: "the attack on <place> left sixty dead");
    # executions of detainees, abuse, and a killing on a road, in a vehicle or a convoy (travellers, passengers), at a
    # mine or of captives stay other
    if tactic == "other" and not state_perp and fatalities >= _MASS_KILLING and target_category in ("civilians", "none") \
            and death_verb != "executed" and not has("abuse") and not (has("_on_road") or has("_no_community")):
        tactic = "raid_on_village"
    return out("Attack", tactic, 0.65, "death", "attack", "abuse", "looting")


#: the toll from which an armed group's killing of civilians is a raid on their community
_MASS_KILLING = 5


def _fatality_band(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3_9" if n < 10 else "10_plus"


def concepts(main: dict, rest: dict, *, perp_kind: str | None, target_category: str, fatalities: int,
             death_verb: str | None, rules: str) -> tuple[str, ...]:
    """An event's language-neutral concept ids, the input of a concept model (see :mod:`.training`).

    The cue names fired in the main sentence (``m:ied``, ``m:victims_unarmed``) and only in the event's
    other sentences (``r:air``), the perpetrator's kind, the target category, a band of the death toll, the
    kind of killing, the rules' own sub-event type, and each main-sentence cue and the rules' type crossed
    with the target and the perpetrator. French and English texts fire the same ids through their cue
    lexicons, so a model fitted on English notes reads French reports.
    """
    out = [f"m:{k}" for k in sorted(main) if not k.startswith("_")]
    if main.get("_during_attack"):
        out.append("m:during_attack")
    out += [f"r:{k}" for k in sorted(rest) if k not in main and not k.startswith("_")]
    context = (f"perp:{perp_kind}", f"target:{target_category}")
    out += [*context, f"dead:{_fatality_band(fatalities)}", f"killing:{death_verb}", f"rules:{rules}"]
    out += [f"{a}&{b}" for a in out if a.startswith(("m:", "rules:")) for b in context]
    return tuple(out)
