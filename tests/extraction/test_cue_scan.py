"""One pass over a sentence for many cues gives what searching each cue on its own gives."""

import pytest

from sahelwatch.extraction.classify import SIGNAL_CUES
from sahelwatch.extraction.resources import cue, cue_scan, cues
from sahelwatch.folding import fold_aligned as fold

# our own sentences, each meant to fire several cues (or none)
SENTENCES = {
    "fr": [
        "Des hommes armés ont tué douze villageois et blessé cinq autres lors d'une embuscade près du marché.",
        "Un engin explosif improvisé a visé un convoi de l'armée ; deux soldats sont morts.",
        "Les manifestants ont été dispersés par la police à coups de gaz lacrymogène.",
        "Le chef du village a été enlevé puis exécuté, selon un élu local.",
        "Une frappe de drone a visé une base des insurgés, sans faire de victime civile.",
        "Le marché a été pillé et plusieurs boutiques incendiées.",
        "Il pleuvait sur la ville ce matin.",
        "",
    ],
    "en": [
        "Gunmen killed twelve villagers and wounded five others in an ambush near the market.",
        "A roadside bomb hit an army convoy; two soldiers died and no civilians were hurt.",
        "Police fired tear gas at protesters who had blocked the road.",
        "The village chief was abducted and later found dead, a local official said.",
        "An air strike hit an insurgent base, the army said, and fighting went on all night.",
        "It rained over the town this morning.",
        "",
    ],
}


def reference(names, lang, folded):
    """Each cue searched on its own, as :meth:`CueSet.search` does."""
    out = {}
    for name in names:
        m = cue(name, lang).search(folded)
        if m:
            out[name] = (m.start(), m.end(), m.group())
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_pass_finds_the_first_match_of_each_cue_in_order(lang):
    scan = cue_scan(SIGNAL_CUES, lang)
    fired = set()
    for s in SENTENCES[lang]:
        folded = fold(s)
        got = scan.first(folded)
        assert {k: (m.start(), m.end(), m.group()) for k, m in got.items()} == reference(SIGNAL_CUES, lang, folded)
        assert list(got) == [n for n in SIGNAL_CUES if n in got]  # the names' order is kept
        fired |= set(got)
    # the sentences exercise the scan: several cues fire, and the quiet sentence fires none
    assert {"death", "ambush", "injury", "ied", "protest", "abduction", "air"} <= fired
    assert scan.first(fold(SENTENCES[lang][-2])) == {}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_cue_of_the_lexicon_scans_like_its_own_search(lang):
    names = tuple(sorted(n for n, lg in cues() if lg == lang))
    scan = cue_scan(names, lang)
    for s in SENTENCES[lang]:
        folded = fold(s)
        assert {k: (m.start(), m.end()) for k, m in scan.first(folded).items()} == \
            {k: v[:2] for k, v in reference(names, lang, folded).items()}
