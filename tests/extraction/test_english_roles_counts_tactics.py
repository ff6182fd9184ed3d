"""English wire phrasing: vague and written-out counts, passive and relayed attributions, tactic words, target
categories (sentences written for these tests; a French twin where the rule is shared)."""

import pytest

from sahelwatch.extraction.counts import find_numbers


@pytest.mark.parametrize("text,low,best,high", [
    ("two dozen", 24, 24, None), ("half a dozen", 6, 6, None), ("a dozen", 12, 12, None),
    ("three dozen", 36, 36, None), ("a couple of", 2, 2, None), ("nearly two dozen", None, 24, 24),
])
def test_english_dozens_and_couples_are_counted(text, low, best, high):
    n = find_numbers(text, "en")[0]
    assert (n.low, n.best, n.high) == (low, best, high)


@pytest.mark.parametrize("text,dead", [
    ("Nearly two dozen civilians were killed by suspected jihadists in the village of Tin-Akof on Sunday.", 24),
    ("Half a dozen soldiers were killed near Dori on Monday.", 6),
    ("At least a dozen soldiers were killed in an ambush near Tessit on Sunday.", 12),
    ("More than 30 soldiers were killed in an attack on a base near Inata on Sunday.", 31),
    ("Twenty-three villagers were killed in an attack near Bankass on Monday.", 23),
    ("One hundred and twelve people were killed in the attack on Solhan on Friday.", 112),
    ("Authorities attributed the killing of 7 villagers near Bankass on Monday to Katiba Macina.", 7),
])
def test_english_counts_of_the_dead(first_event, text, dead):
    assert first_event(text).fatalities["best"] == dead


@pytest.mark.parametrize("lang,text,perp,attribution", [
    ("en", "The attack, which killed 9 soldiers near Boulkessi on Tuesday, was claimed by JNIM.", "jnim", "claimed"),
    ("fr", "L'attaque, qui a coûté la vie à neuf soldats près de Boulkessi mardi, a été revendiquée par le JNIM.",
     "jnim", "claimed"),
    ("en", "Authorities attributed the killing of 7 villagers near Bankass on Monday to Katiba Macina.",
     "katiba_macina", "attributed"),
    ("en", "According to a JNIM statement relayed by a monitoring group, its fighters killed 12 Wagner mercenaries "
           "near Tinzaouaten on Monday.", "jnim", "claimed"),
    ("en", "Gunmen suspected to be members of JNIM ambushed an army patrol near Boni on Monday, killing seven "
           "soldiers.", "jnim", "suspected"),
])
def test_passive_blamed_and_relayed_perpetrators(first_event, lang, text, perp, attribution):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == perp
    assert e.attribution == attribution


def test_an_intermediary_relaying_a_claim_is_not_the_perpetrator(first_event):
    e = first_event("According to a JNIM statement relayed by the SITE Intelligence Group, its fighters killed 12 Wagner "
                 "mercenaries near Tinzaouaten on Monday.")
    assert e.perpetrator.canonical_id == "jnim"


def test_victims_killed_when_gunmen_attacked_are_not_the_gunmen(first_event):
    e = first_event("Two health workers were killed when gunmen attacked a health centre near Gossi on Monday.")
    assert e.target_category == "civilians"
    assert "unidentified" in e.perpetrator.canonical_id


@pytest.mark.parametrize("text,sub,tactic", [
    ("A roadside bomb killed three soldiers near Gao on Monday.", "Remote explosive/landmine/IED", "ied"),
    ("At least 15 people died when a bus struck a landmine near Djibo on Monday.", "Remote explosive/landmine/IED", "ied"),
    ("A drone strike killed five civilians at a market in Tillaberi on Sunday, residents said.", "Air/drone strike",
     "air_strike"),
    ("A suicide bomber drove a VBIED into an army camp in Boulkessi on Monday, killing five soldiers.", "Suicide bomb",
     "suicide_bombing"),
    ("Jihadists shelled the town of Djibo with mortars on Monday, killing two children.",
     "Shelling/artillery/missile attack", "shelling"),
    ("Suspected Islamic State fighters raided the village of Ogossagou on Monday, killing 35 people.", "Attack",
     "raid_on_village"),
])
def test_english_tactic_words(first_event, text, sub, tactic):
    e = first_event(text)
    assert (e.sub_event_type, e.tactic) == (sub, tactic)


@pytest.mark.parametrize("text,category", [
    ("A bus struck a landmine near Djibo on Monday, killing at least 15 passengers.", "civilians"),
    ("Gunmen kidnapped three aid workers of a French NGO near Menaka on Monday.", "humanitarian"),
    ("Two health workers were shot dead by gunmen near Gossi on Monday.", "civilians"),
    ("Gunmen shot dead a pastor and two catechists near Djibo on Sunday.", "civilians"),
    ("Gunmen ambushed the convoy of the mayor of Ansongo on Monday, killing him.", "government_officials"),
    ("Militants shelled the MINUSMA camp in Tessalit with mortars on Monday, wounding two peacekeepers.", "peacekeepers"),
])
def test_english_target_categories(first_event, text, category):
    assert first_event(text).target_category == category


def test_french_convoy_of_a_prefect_is_not_a_military_convoy(first_event):
    e = first_event("Des hommes armés ont attaqué lundi le convoi du préfet de Tillia, tuant le préfet.", "fr")
    assert e.target_category == "government_officials"
