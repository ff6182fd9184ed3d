from sahelwatch.extraction.language import detect_language
from sahelwatch.extraction.sentences import sentences, split_sentences


def test_detects_french_english_and_other():
    assert detect_language("Deux soldats ont été tués mardi dans une embuscade près de Boni.").lang == "fr"
    assert detect_language("Two soldiers were killed on Tuesday in an ambush near Boni.").lang == "en"
    assert detect_language("Der Bürgermeister hat heute eine neue Schule eröffnet.").lang == "other"
    assert detect_language("   ").lang == "other"


def test_splitting_keeps_offsets_abbreviations_and_numbers():
    text = "M. Keïta a parlé. Quelque 1.000 habitants ont défilé ; la marche a duré 2,5 heures. Fin."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "M. Keïta a parlé.", "Quelque 1.000 habitants ont défilé ; la marche a duré 2,5 heures.", "Fin."]


def test_pluperfect_sentence_is_background_but_reported_speech_is_not():
    text = ("Aqmi a revendiqué l'attentat commis samedi, affirmant qu'il avait tué seize soldats. "
            "En mars, deux bergers avaient été enlevés par des inconnus au nord de Niono.")
    s = sentences(text, "fr")
    assert [x.background for x in s] == [False, True]


def test_backward_looking_lead_is_background_in_both_languages():
    assert sentences("La veille, deux soldats ont péri.", "fr")[0].background
    assert sentences("Days earlier, two soldiers died near Boni.", "en")[0].background
    assert not sentences("Two soldiers died on Monday near Boni.", "en")[0].background


def test_run_on_text_is_cut_into_bounded_sentences():
    from sahelwatch.extraction.sentences import MAX_SENTENCE

    text = "mot " * 5000
    spans = split_sentences(text)
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE for s, e in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())
