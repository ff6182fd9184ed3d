from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold


def loc(text, lang="fr"):
    return resolve_location(text, fold(text), lang, [(0, len(text))])


def test_cercle_context_resolves_an_unknown_village():
    r = loc("Un cultivateur a été abattu jeudi dans le village de Kéwa-Sirakoro, dans le cercle de Djenné.")
    assert (r.admin1, r.admin2, r.name) == ("Mopti", "Djenne", "Kéwa-Sirakoro")


def test_known_locality_gets_its_units():
    r = loc("Deux soldats ont été tués près de Boni.")
    assert (r.admin1, r.admin2, r.precision) == ("Mopti", "Douentza", "near")


def test_menaka_region_maps_to_the_cercle_of_the_2012_2018_scheme():
    r = loc("Les corps ont été retrouvés à Tamalat, dans la région de Ménaka.")
    assert (r.admin1, r.admin2) == ("Gao", "Menaka")


def test_region_only_uses_the_regional_capital():
    r = loc("Deux soldats ont été tués dans la région de Kidal.")
    assert (r.admin1, r.admin2, r.precision) == ("Kidal", "Kidal", "admin1")


def test_burkina_and_niger_units():
    assert loc("Des hommes armés ont attaqué Mansila, dans la province du Yagha.").admin2 == "Yagha"
    r = loc("Gunmen attacked a camp near Inates in the Tillaberi region.", "en")
    assert (r.country, r.admin1, r.admin2) == ("Niger", "Tillaberi", "Ayerou")
    assert loc("Gunmen attacked Bourzanga, Bam province.", "en").admin1 == "Centre-Nord"


def test_unknown_place_next_to_a_known_one_uses_its_units():
    r = loc("L'aviation a frappé à In-Khalil, près de Tessalit.")
    assert (r.name, r.admin2) == ("In-Khalil", "Tessalit")
