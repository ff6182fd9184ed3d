"""Who did it to whom: perpetrator and target roles, attribution, target category.

Roles come from the grammar around each actor mention, scored:

- agent of a passive ("tués par des hommes armés", "claimed by", "killed by"),
  head of an attack noun ("attaque de miliciens", "opération de la force Barkhane",
  "attack by"), a claim ("Aqmi a revendiqué", "X claimed"), a hedge ("présumés membres
  de la katiba Macina", "suspected ISGS militants"), a blame ("attribue l'attaque à Aqmi"),
  or the subject of an active violent verb ("Les FAMa ont tué", "gunmen ambushed"):
  perpetrator;
- after "contre/visant/against/targeting", object of an active violent verb, or subject of a
  passive violent verb ("un officier du MNLA a été tué"): target.

A named perpetrator beats a generic one ("des hommes armés ..., présumés membres de la
katiba Macina" gives Katiba Macina). Two named perpetrators joined by "ou"/"or" ("GSIM ou
EIGS") give an unidentified armed group. Attribution: ``claimed`` when the group claimed it,
``suspected`` when the report hedges, ``attributed`` when the source or authorities name
the group as fact, ``unknown`` when no named group is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import UNIDENTIFIED, ActorMention
from .prefilter import GuardSet, guard
from .resources import cue, words_re

# the deed in the present as a headline tells it ("le JNIM tue huit civils", "JNIM kills 12 soldiers", "militants
# storm"): read only at the start of the text's title or first sentence (see _at_headline_start), the name its
# subject with nothing but an actor noun between them ("JNIM fighters kill"); elsewhere the present tells a habit, a
# report's generalisation or a clause ("Quand le JNIM tue ...", "Each time JNIM kills ...", "Attack on X kills N")
_HEADLINE_PRESENT = {
    # (the plural: its own verb, no comma, colon or other noun phrase between, "des soldats tués, les terroristes
    # attaquent"; "les forces armées neutralisent un groupe")
    "fr": guard(r"^(?:\s+(?!l'|(?:des|les|un|une|le|la|du|deux|trois|ces|leurs?|ses|plusieurs)(?![\w-]))[^\s.;,:]+){0,3}?\s+"
                r"(?:neutralisent|tuent|abattent|attaquent|frappent|bombardent|pilonnent|detruisent|"
                r"eliminent|ciblent|enlevent|executent|massacrent|incendient|pillent|arretent|interpellent|capturent|"
                r"demantelent)\b"
                r"|^\s*(?:neutralise|abat|attaque|frappe|bombarde|pilonne|detruit|elimine|enleve|demantele|capture|"
                r"tue|massacre|execute|incendie|assassine|egorge)\s+(?:un|une|des|plusieurs|\d+|"
                r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|"
                r"cent|une? (?:dizaine|vingtaine|trentaine|quinzaine|cinquantaine|centaine))\b"),
    "en": guard(r"^\s*(?:(?:fighters|militants|jihadists|gunmen|insurgents|rebels|militiamen|troops|soldiers|men)\s+)?"
                # (after a first deed and its object: "Malian army strikes JNIM base, kills 30 militants")
                r"(?:(?:strikes?|hits?|pounds?|bombs?|attacks?|raids?|storms?|overruns?)\s+[^.;,:]{1,40}?(?:,|\band)\s+)?"
                r"(?:kills?|abducts?|kidnaps?|storms?|executes?|massacres?|overruns?|ambush(?:es)?|torch(?:es)?)"
                r"(?= (?:an?|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
                r"several|at least|more than|over|about|nearly|some)\b)"),
}
# what may stand before the subject of a headline's present: a "Place :" or dateline prefix, a determiner
_HEADLINE_LEFT = re.compile(r"^\s*(?:[^.;:!?,\n]{0,40}?\s*(?::|\s[-\u2013\u2014])\s*)?(?:(?:the|an?|le|la|les|l'|des|une?|du|de la|de l')\s*)?$")


# the words that tell armed men unnamed
_UNNAMED = re.compile(r"\b(?:unidentified|unknown|non identifie\w*|inconnu\w*|non encore identifie\w*)\b")


def _at_headline_start(folded: str, sent_start: int, start: int) -> bool:
    """Is the mention at ``start`` the subject opening the text's title or first sentence (a "Place :" prefix and a
    determiner allowed before it)?"""
    before = folded[:sent_start]
    if before.strip() and (re.search(r"[.!?;]\s|\n\s*\S[^\n]*\n", before.lstrip()) or not before.rstrip(" \t").endswith("\n")):
        return False
    return bool(_HEADLINE_LEFT.match(folded[sent_start:start]))


_DE = r"(?:de la |de l'|du |des |d'|de |les |le |la |l'|aux |au |a la |a l'|a )?(?:force |groupe |operation |armee |mouvement |la force |le groupe |l'operation |militants du |membres du )?"
_P = {
    "fr": {
        "agent": guard(r"\bpar\s+(?:des |les |le |la |l'|un |une |d'autres )?(?:[^\s,;]+\s+){0,4}?" + _DE + r"$"),
        "attack_of": guard(r"\b(?:attaques?|attentats?|offensives?|opérations?|embuscades?|frappes?(?: aériennes?)?|raids?|tirs|(?<!d')assauts?|incursions?|assaillants|offensive)\s+(?:\S+\s+){0,2}?(?:de la |de l'|du |des |d'|de )" + _DE.replace("operation", "opération").replace("armee", "armée") + r"$"),
        "object": guard(r"\b(?:a|ont|avait|avaient)\s+(?!été\b)(?:(?!par\b)\S+\s+){0,1}?(?:frappé|attaqué|tué|abattu|exécuté|enlevé|visé|ciblé|accroché|chassé|bombardé|arrêté|interpellé|capturé|détruit|pris pour cible|affronté)\s+(?:\S+\s+){0,2}?(?:des |les |le |la |l'|un |une )?(?:\S+\s+){0,2}?(?:de la |de l'|du |des |d')?$|\b(?:coûté|coûtant) la vie (?:à|aux)\s+(?:\S+\s+){0,3}?(?:de la |de l'|du |des |d')?$|\bla mort (?:de|d')\s*(?:\S+\s+){0,3}?(?:de la |de l'|du |des |d')?$"
                         # "sont parvenus à capturer trois des assaillants", "ont pu abattre deux bandits", "infligé des pertes aux rebelles"
                         r"|\b(?:(?:r[ée]ussi|tent[ée]|essay[ée]|parvenue?s?) (?:à|a|de|d')|pu )\s*(?:tuer|neutraliser|abattre|éliminer|eliminer|capturer|arrêter|arreter|interpeller)\s+(?:\S+\s+){0,2}?(?:des |les |de |d')?$"
                         r"|\binflig\w*\s+(?:\S+\s+){0,3}?(?:à|a|aux)\s+(?:des |les |la |l')?$"),
        "source": guard(r"\b(?:selon|communique|annonce|rapporte|indique|publie|relaye\w*|diffuse\w*|traduit\w*|affirme|a-t-on appris|appuyee?s? par|soutenue?s? par|accompagnee?s? par|escortee?s? par|aidee?s? par)\b[^,;]{0,40}$"),
        # forces named as the guard of what was attacked ("un convoi sécurisé par des FAMa"): read only before the
        # state's forces (a checkpoint "tenu par" a group is the group's)
        "guarded_by": guard(r"\b(?:securisee?s?|protegee?s?|gardee?s?|tenue?s?) par\b[^,;]{0,40}$"),
        "victim_after": guard(r"^\s*(?:\S+\s+){0,1}?(?:tués|blessés|interpellés|arrêtés|enlevés|capturés|neutralisés|tuées|exécutés)\b"),
        "claimant": guard(r"\b(?:selon|d'apres|dans|a travers|via)\s+(?:un |une |le |la |les |des |son |sa |ses )?(?:communiques?|messages?|videos?|enregistrements?|declarations?|revendications?|publications?|canal|canaux|organe|agence)\s+(?:\S+\s+){0,3}?(?:du |de la |de l'|des |d'|de )" + _DE + r"$|\bcommunique\s+(?:\S+\s+){0,2}?(?:du |de la |de l'|des |d')$"
                          # "Dans un communiqué publié samedi, le GSIM détaille ...": the group speaking of its own act
                          r"|^\s*(?:dans|via|a travers)\s+(?:un |une |son |sa |ses )(?:communique|message|video|declaration|enregistrement)\b[^.;:]{0,60},\s*(?:le |la |les |l')?$"),
        "claimant_right": guard(r"^\s*(?:\([^)]*\)\s*)?(?:(?:a|ont)\s+)?(?:affirme|affirment|annonce|annoncent|indique|assure|declare|dit|reconnu|revendique)\s+(?:avoir|qu'(?:il|ils|elle) (?:a|avait|avaient|ont)|que ses (?:combattants|hommes|elements))\b|^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:dans|via|a travers)\s+(?:un |une |son |sa |ses )?(?:communique|message|video|declaration|enregistrement|revendication)|^\s*(?:\([^)]*\)\s*)?(?:a|ont)\s+(?:affirme|annonce|indique|assure|declare|revendique)\b[^.;]{0,60}\b(?:communique|message|video|enregistrement|declaration|canal|organe)"),
        "hedge": guard(r"\b(?:presum\w*|soupconn\w*|presentes? comme|affilie\w*|lie\w* a|associe\w* (?:a|au|aux)|proches? d\w*|se reclamant d\w*|se revendiquant d\w*|(?:qui )?(?:disent|disant|affirmant|pretendant) (?:appartenir|etre membres?) (?:a|au|aux|du|de)|appartenant (?:a|au|aux)|identifies? comme (?:des |les )?(?:membres|elements|combattants)? ?(?:de|du|des|d')?)\s+(?:\S+\s+){0,3}?" + _DE + r"$"
                       # an adverb of likelihood before the group ("vraisemblablement membres de l'EIGS")
                       r"|\b(?:vraisemblablement|probablement|sans doute|apparemment)\s+(?:des |les )?"
                       r"(?:(?:membres|elements|combattants|militants|hommes|jihadistes|djihadistes)\s+)?" + _DE + r"$"),
        "member": guard(r"\b(?:membres?|combattants?|elements?|miliciens?|islamistes|jihadistes|djihadistes|rebelles|militants|hommes|kamikazes?|unites?)\s+(?:\S+\s+){0,1}?(?:de la |de l'|du |des |d'|de )" + _DE + r"$"),
        "blame": guard(r"\b(?:attribu\w*|imput\w*|accus\w*|mis en cause|met(?:tent)? en cause|pointe\w* du doigt)\s+(?:\S+\s+){0,4}?" + _DE + r"$"
                       # the act's mark names its author ("l'attaque porte la signature du JNIM", "le mode opératoire de l'EIGS")
                       r"|\b(?:port\w*|a|avait|aurait)\s+(?:toutes\s+)?(?:la |les )?(?:signatures?|marques?)\s+(?:du |de la |de l'|des |d')$"),
        "against": guard(r"\b(?:contre|visant|ciblant|vise|visait|abritant|heurte|touche)\s+(?:\S+\s+){0,4}?" + _DE + r"$"),
        "facility_of": guard(r"\b(?:quartier general|siege|camp|base|poste|convoi|patrouille|vehicule|positions?|caserne)\s+(?:\S+\s+){0,2}?(?:de la |du |de l'|des |d')(?:force |mission )?(?:conjointe )?(?:du |de la |de l')?$"),
        "claim_right": guard(r"^\s*(?:\)\s*,?\s*|\([^)]*\)\s*,?\s*)?(?:,[^,;]{0,60},\s*)?(?:qui\s+)?(?:(?:a|ont|avait|aurait)\s+(?:\S+\s+)?revendiqu|revendique(?:nt)?\b)"),
        "accused_right": guard(r"^\s*(?:\S+\s+){0,3}?(?:sont|est|ont ete|a ete|seraient|serait)\s+(?:accuses?|soupconnee?s?|impliquee?s?|mise?s? en cause)\s+(?:d|dans)\b"),
        "active_right": guard(r"^[^.;]{0,90}?\b(?:a|ont|avaient|avait|auraient|aurait)\s+(?!ete\b)(?:(?!ete\b)\S+\s+){0,2}?(?:attaque|tue|abattu|execute|enleve|pille|incendie|frappe|tire|mene|largue|accroche|chasse|repris|pris|detruit|emporte|assassine|massacre|arrete|interpelle|capture|demantele|tendu|vise|bombarde|commis|molest\w*|saccage|affirme controler|depouille|exploser|neutralise|tendu|agresse|braque|viole|lynche|egorge|decapite|cible|brule|encercle|investi|elimine|pilonne)\b|^[^.;]{0,40}?\b(?:se sont affrontes|s'est fait exploser|ont affronte)"
                              # "les FAMa ont réussi à neutraliser ...": the deed in the infinitive after its auxiliary
                              # (the attackers' assault told as an attempt is their deed alike: "ont tenté de prendre le camp")
                              r"|^[^.;]{0,40}?\b(?:(?:a|ont|avait|avaient)\s+(?:(?:reussi|tente|essaye|entrepris|cherche)\s+(?:a|de|d')|pu\s)|"
                              r"(?:est|sont|etait|etaient)\s+parvenue?s?\s+(?:a|d'))\s*(?:\S+\s+)?"
                              r"(?:tuer|neutraliser|abattre|eliminer|detruire|frapper|attaquer|capturer|arreter|interpeller|enlever|"
                              r"pilonner|bombarder|demanteler|prendre|reprendre|investir|s'emparer|penetrer|envahir|occuper|encercler|"
                              r"assieger|incendier|piller)\b"
                              # a strike or an operation carried out ("l'armée a conduit, tôt jeudi, une série de frappes")
                              r"|^[^.;]{0,60}?\b(?:a|ont|avait|avaient)\s+(?:opere|effectue|conduit|lance|realise)\b[^.;]{0,50}?"
                              r"\b(?:frappes?|operations?|raids?|bombardements?|offensives?|assauts?|attaques?|embuscades?)\b"
                              # "l'armée affirme avoir tué 30 terroristes": the speaker's own deed
                              # (its country after it and a day between: "l'armée du Mali indique ce dimanche avoir neutralisé")
                              r"|^\s*(?:\([^)]*\)\s*)?(?:(?:du|de la|de l'|des|d')\s*[^\s,;.]+\s+)?(?:(?:a|ont)\s+)?"
                              r"(?:affirm|annonc|assur|dit|disent|declar|indiqu)\w*\s+(?:(?!qu)[^\s.;]+\s+){0,3}?avoir\s+(?:\S+\s+)?"
                              r"(?:tue|neutralise|abattu|detruit|frappe|bombarde|arrete|interpelle|capture|attaque|repousse|elimine|pilonne|"
                              r"mene (?:\S+ ){0,2}?(?:operations?|frappes?|raids?|assauts?|offensives?))\b"),
        "passive_right": guard(r"^[^.;]{0,90}?\b(?:a|ont|sont|est|avait|avaient)\s+(?:\S+\s+)?ete\s+(?:\S+\s+)?(?:tue|tues|tuee|tuees|blesse|blesses|blessee?s?|enleve\w*|abattu\w*|execute\w*|assassine\w*|vise\w*|attaque\w*|cible\w*|pris pour cible|chasse\w*|arrete\w*|interpelle\w*|captur\w*|apprehende\w*|frappe\w*|detrui\w*|molest\w*|accuse\w*|neutralise\w*|elimine\w*)\b"
                               rf"|^[^.;]{{0,60}}?\b(?:sont morts?|(?:a|ont) (?:{words_re('died', 'fr')})|a heurte|ont heurte|a saute|ont saute|sont tombes)\b"
                               r"|^[^.;]{0,160}?\b(?:(?:est|sont) tombee?s? dans (?:une|un|l')\s?(?:embuscade|guet-apens|piege)|(?:a|ont) ete pris(?:e|es)? dans (?:une|l')\s?embuscade)\b"),
    },
    "en": {
        "agent": guard(r"\bby\s+(?:the |a |an |suspected |alleged |presumed )?(?:[^\s,;]+\s+){0,3}?$"),
        "attack_of": guard(r"\b(?:attacks?|operations?|ambush(?:es)?|strikes?|raids?|offensive|assault)\s+(?:\S+\s+){0,1}?(?:by|of)\s+(?:the |suspected |alleged )?$"),
        "object": guard(r"\b(?:(?:claimed|cost|took) the li(?:ves|fe) of|attacked|killed|ambushed|struck|targeted|hit|shelled|bombed|clashed with|fought|engaged|arrested|detained|captured|abducted|kidnapped)\s+(?:(?!(?:by|when|as|while|after|before|during|in|on|near|at|and|then)\b)\S+\s+){0,2}?(?:the |a |an |two |three |several )?$"),
        "source": guard(r"\b(?:according to|said|reported|announced|relayed|published|posted|circulated|translated|monitored|quoted|backed by|supported by|accompanied by|escorted by|helped by)\b[^,;]{0,30}$"),
        "guarded_by": guard(r"\b(?:secured|guarded|protected|manned) by\b[^,;]{0,30}$"),
        "victim_after": guard(r"^\s*(?:\S+\s+){0,1}?(?:killed|wounded|arrested|captured|detained|abducted)\b(?=\s*(?:[,.;)]|$|in\b|on\b|at\b(?! least)|near\b|by\b|during\b|when\b|after\b|as\b|while\b))"),
        "claimant": guard(r"\bciting\s+(?:a |an |the )?(?:(?:statement|claim|video|message|communique|post|propaganda outlet|media arm|news agency)s?\s+(?:\S+\s+){0,2}?(?:by|from|of|issued by|released by)\s+)?(?:the )?$|\b(?:according to|in)\s+(?:a|an|the)\s+(?:statement|claim|video|message|communique|post)s?\s+(?:\S+\s+){0,2}?(?:by|from|of|issued by|released by)\s+(?:the )?$"),
        "claimant_right": guard(r"^\s*(?:\([^)]*\)\s*)?(?:(?:group|movement|coalition|alliance)\s+)?(?:said|says|announced|stated|reported|boasted)\b[^.;]{0,40}\b(?:statement|communique|message|video|propaganda|media arm|channels?)|^\s*(?:\([^)]*\)\s*)?(?:(?:group|movement|coalition|alliance)\s+)?(?:said|says|announced|stated|boasted|admitted)\s+(?:that\s+)?(?:it|they|its (?:fighters|men|militants))\s+(?:had\s+)?(?:killed|attacked|ambushed|carried out|captured|seized|destroyed|shot down|executed|abducted)\b"),
        "hedge": guard(r"\b(?:suspected|presumed|alleged|believed to be|affiliated with|linked to|associated with|tied to|close to|claiming to (?:belong to|be (?:from|members of|fighters of))|(?:who )?(?:said|say) they (?:belonged|belong) to|believed to (?:belong to|be members of)|thought to (?:be|belong to)|purporting to be|suspected (?:to be|of being) (?:members of )?|(?:identified|described) as (?:members of )?|claiming allegiance to|loyal to|suspected of (?:belonging|links) to)(?:\s+|(?<=\s))(?:\S+\s+){0,2}?(?:the )?$"),
        "member": guard(r"\b(?:members?|fighters?|militants?|militiamen|elements?|gunmen|jihadists?)\s+(?:of|from)\s+(?:the )?$"),
        "blame": guard(r"\b(?:blamed|attributed|accused|pinned)\s+(?:[^\s.;]+\s+){0,12}?(?:on|to)\s+(?:the |suspected |members of (?:the )?)?$"
                       # the act's mark names its author ("an attack that bore the hallmarks of JNIM")
                       # (not denied: "did not bear the hallmarks of JNIM", "has never had the signature of")
                       r"|(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:bore|bears|bear|had|has|carried|carries)\s+(?:all\s+)?(?:the\s+)?(?:hallmarks?|signature|marks)\s+of\s+(?:the\s+)?$"),
        "against": guard(r"\b(?:against|targeting|targeted|(?:attacks?|raids?|assaults?|strikes?|fire) on|hit|struck)\s+(?:\S+\s+){0,3}?(?:the |a |an )?$"),
        "facility_of": guard(r"\b(?:headquarters|base|camp|post|convoy|patrol|vehicle|positions?|barracks)\s+of\s+(?:the\s+)?$"),
        "claim_right": guard(r"^\s*(?:\)\s*,?\s*|\([^)]*\)\s*,?\s*)?(?:(?:group|movement|coalition|alliance)\s+)?(?:,[^,;]{0,60},\s*)?"
                             # a time between the group and its claim ("the group on Friday claimed", "X late Monday claimed")
                             r"(?:(?:on|late|early|last|this) (?:\S+ ){0,1}?\S+\s+|(?:yesterday|today|overnight)\s+)?"
                             r"(?:(?:earlier|later|also|already|quickly|swiftly|subsequently|has since|since)\s+)?(?:(?:has |have |had )?(?:claimed|claims)\b(?! the li(?:ves|fe)\b)|(?:said|says|stated|announced) (?:that )?(?:it|they) (?:was|were) behind\b)"),
        "accused_right": guard(r"^\s*(?:\S+\s+){0,3}?(?:are|is|were|was|have been|has been|had been)\s+(?:accused|suspected|implicated|blamed)\s+(?:of|in|for)\b"),
        "active_right": guard(r"^\s*(?:,[^,.;]{0,80},\s*)?(?:\S+\s+){0,6}?(?:"
                              # the deed in an infinitive: an assault told as an attempt, a blow the defenders managed
                              r"(?:tried|attempted|sought|managed|(?:were|was) able) to (?:storm|seize|overrun|take|capture|"
                              r"attack|raid|infiltrate|invade|enter|kill|neutrali[sz]e|shoot|destroy)|invaded|attacked|killed|ambushed|abducted|kidnapped|looted|burned|torched|stormed|struck|shelled|fired|seized|overran|took|clashed|raided|executed|shot|arrested|detained|captured|bombed|launched|carried out|led|conducted|mounted|targeted|opened fire|blew|detonated|neutrali[sz]ed|recaptured|retook|regained|liberated|abducted|executed|massacred|assaulted|assassinated|robbed|murdered|beheaded|lynched|gunned down|raped|beat|looted|kidnapped)\b"),
        "passive_right": guard(r"^[^.;]{0,80}?\b(?:was|were|been|are|is)\s+(?:\S+\s+)?(?:killed|wounded|injured|abducted|kidnapped|targeted|attacked|ambushed|shot|executed|arrested|detained|captured|apprehended|hit|struck|neutrali[sz]ed|eliminated)\b"
                               rf"|^[^.;]{{0,60}}?\b(?:{words_re('died', 'en')}|lost (?:their|his|her) li(?:ves|fe)|hit an?|struck an?|ran over|(?:fell|walked|ran|drove) into an? (?:\S+ )?ambush|(?:was|were) caught in an? (?:\S+ )?ambush)\b"),
    },
}

# a force's noun used as the adjective of a thing or a body that is not the force's people or post ("une attaque
# armée", "les autorités militaires", "a military source", "two military operations"): no victims of the force's kind.
# The force's people named by their rank or office ("military officials", "des responsables militaires", "a military
# spokesman", "military leaders") are its personnel and stay security forces; a speaker among them is cut off as the
# source clause. French "armée" the noun takes a determiner ("l'armée", "une armée", "son armée"); the adjective
# follows its noun
_NOT_PERSONNEL = frozenset((
    "source sources autorite autorites authority authorities operation operations regime regimes junte juntes junta "
    "juntas hierarchie gouvernement gouvernements government governments ruler rulers statement statements communique "
    "communiques bulletin bulletins cooperation intelligence renseignement renseignements strike strikes frappe frappes "
    "aircraft avion avions aviation campaign campaigns campagne campagnes offensive offensives coup coups putsch council "
    "conseil court courts tribunal tribunaux justice presence intervention interventions analyst analysts analyste "
    "analystes expert experts").split())
_ARMY_DETERMINERS = frozenset("l' d' une son sa leur notre votre cette propre nouvelle la".split())
_WORD_BEFORE = re.compile(r"(?:^|[\s(])(\S+?'|\S+)\s*$")
_WORD_AFTER = re.compile(r"\s+([\w'-]+)")


def _force_adjective(folded: str, a: int, b: int) -> bool:
    """Is the force noun ``folded[a:b]`` ("armee", "militaire(s)", "military") an adjective here?"""
    word = folded[a:b]
    before = _WORD_BEFORE.search(folded, max(0, a - 30), a)
    prev = before.group(1) if before else ""
    if word == "armee":
        return bool(prev) and prev not in _ARMY_DETERMINERS and not prev.endswith(("l'", "d'"))
    if word.startswith("militaire"):
        return prev in _NOT_PERSONNEL
    if word == "military":
        after = _WORD_AFTER.match(folded, b)
        return bool(after) and after.group(1) in _NOT_PERSONNEL
    return False


# aid organisations, by name or by kind (one list: the aid workers among the victims and the employers of staff;
# "humanitaire"/"humanitarian" alone qualifies a crisis or an access as well, so only with an organisation's noun)
_AID_ORGS = {
    "fr": r"cicr|croix-rouge|ong|pam|programme alimentaire|msf|medecins sans frontieres|unicef|hcr|"
          r"(?:organisations?|agences?|acteurs?|convois?) humanitaires?",
    "en": r"ngo|red cross|icrc|wfp|msf|doctors without borders|medecins sans frontieres|unicef|unhcr|(?:medical )?charit(?:y|ies)|"
          r"(?:humanitarian|aid) (?:groups?|agenc(?:y|ies)|organi[sz]ations?|convoys?|ngos?)",
}
# aid workers named as such: the staff named with them are among them ("the killing of a driver ... in attacks on aid
# workers")
_AID_PEOPLE = {"fr": re.compile(r"\b(?:travailleurs?|agents?) humanitaires?\b"), "en": re.compile(r"\b(?:aid|humanitarian) workers?\b")}
_VICTIM_NOUNS = {
    "fr": [
        ("peacekeepers", r"\bcasques? bleus?\b|\bminusma\b|\bonusien"),
        ("security_forces", r"\bsoldats?\b|\bmilitaires?\b|\bgendarm\w*|\bpolici\w*|\bgardes?\b|\bpatrouille|\bconvoi\b(?! (?:du|de la|de l'|d'une?|des|de) (?:\S+ )?(?:prefet|sous-prefet|maire|gouverneur|ministre|depute|commercants|camions|civils|vehicules|transporteurs|humanitaires|forains|passagers|marchandises|vivres))|\barmee\b|\bcamp militaire|\bposte (?:de controle|de securite|militaire|de gendarmerie|de police)|\bcaserne|\bfama\b|\bforces? de (?:defense|securite)|\bbrigade\b|\bdouaniers?|\bgarde nationale|\bvdp\b|\bsuppletifs?\b|\bescortes?\b(?! par\b)|\bvolontaires?\b(?! (?:de la croix|humanitaires?|de sante|d'une ong|d'ong|de l'ong|de l'onu|des nations|medicaux|communautaires|du pam|du cicr|de l'unicef))"),
        ("humanitarian", r"\bhumanitaire|\btravailleurs? humanitaires?|\b(?:" + _AID_ORGS["fr"] + r")\b"),
        ("government_officials", r"\bmaire\b|\bprefet|\bsous-prefet|\bgouverneur|\bdepute|\bfonctionnaire|\bagent (?:des eaux|de l'etat|de l'administration)|\bsecretaire du|\belus?\b|\bconseiller"),
        ("armed_group", r"\bjihadistes?\b|\bdjihadistes?\b|\bislamistes?\b|\bterroristes?\b|\bcombattants?\b|\bmiliciens?\b|\bassaillants?\b|\brebelles?\b|\bhommes armes\b|\bchasseurs\b|\bdozos?\b|\bmembres d'une milice\b|\b(?:groupes?|comites?) d'autodefense\b"),
        ("civilians", r"\bcivils?\b|\b(?:victimes|populations?|personnes|pertes|cibles) civiles\b|\bvillageois\b|\bhabitants?\b|\bcultivateurs?\b|\bagriculteurs?\b|\bfemmes?\b|\benfants?\b|\bpassagers?\b|\bcommercants?\b|\bbergers?\b|\beleveurs?\b|\bpersonnes\b|\bfideles\b|\bimam\b|\bchefs? (?:du|de) village|\bnotables?\b|\bpeuls?\b|\bdogons?\b|\bbambaras?\b|\btouaregs?\b|\bjeunes?\b|\bhommes\b|\belev\w+|\benseignants?\b|\bfamilles?\b|\bfrancaise\b|\bressortissant|\bcommunaute|\bmenages\b|\badolescente?s?\b|\bvoleurs?\b|\bsuspects?\b|\bpresumes?\b|\bagents? de sante\b|\binfirmi\w+|\bmedecins?\b|\bchauffeurs?\b|\btransporteurs?\b|\bouvriers?\b|\btravailleurs?\b|\bemployes?\b|\bpasteurs?\b|\bpretres?\b|\bcatechistes?\b|\bcures?\b|\bpredicateurs?\b|\borpailleurs?\b|\bforains\b|\bmarabouts?\b|"
                      # displaced people ("des déplacés", "personnes déplacées internes")
                      r"\bdeplacee?s\b(?! (?:vers|dans|par|sur|de force)\b)|"
                      # civil society, the press and politicians out of office (ACLED's civilians when arrested or attacked)
                      r"\bjournalistes?\b|\bactivistes?\b|\bopposants?\b|\bblogueu\w+|\bsyndicalistes?\b|\bavocats?\b|"
                      r"\b(?:leaders?|chefs?|presidente?s?|responsables?|dirigeante?s?|fondateurs?) (?:du|d'un|de l'|de la|d'une) (?:\S+ )?"
                      r"(?:partis?|syndicats?|associations?|mouvements?|societe civile|organisations?)\b|\bhommes? politiques?\b|"
                      r"\bancien (?:premier )?ministre\b"),
        ("property", r"\bbureaux? de vote|\becoles?\b|\bbatiments?\b|\bcases?\b|\bgreniers?\b|\bbetail\b|\bboeufs\b|\bentrepots?\b|\bmagasins?\b|\bvehicules?\b|\bmotos?\b|(?<!dans le )(?<!au )(?<!du )(?<!region du )\bcentres?\b(?!-| du pays)"),
    ],
    "en": [
        ("peacekeepers", r"\bpeacekeep\w*|\bminusma\b|\bblue helmets?"),
        ("security_forces", r"\bsoldiers?\b|\btroop(?:s|ers?)?\b|\bservicem[ae]n\b|\b(?:military|security|army) personnel\b|\bmilitary\b|\bgendarm\w*|\bpolice\w*|\bguards?\b|\bpatrol\b|\bconvoy\b(?! of (?:the |a |an )?(?:\S+ )?(?:prefect|sub-prefect|mayor|governor|minister|deputy|officials?|traders|civilians|trucks|lorries|buses|passengers|merchants|aid|humanitarian|goods|food))|\barmy\b|\bbase\b|\bcheckpoint\b|\bsecurity forces\b|\barmed forces\b|\bbarracks\b|\bofficers?\b|\bescorts?\b|\bvdp\b|(?<!health )(?<!aid )(?<!humanitarian )(?<!medical )(?<!cross )(?<!ngo )(?<!community )(?<!un )\bvolunteers?\b(?! (?:of|for|from|with) (?:the |an? )?(?:red cross|ngo|charity|united nations|un\b|unicef|wfp|icrc|msf))|\bauxiliar(?:y|ies)\b"),
        ("humanitarian", r"\bhumanitarian|\baid workers?|\b(?:" + _AID_ORGS["en"] + r")\b"),
        ("government_officials", r"\bmayor\b|\bprefect\b|\bsub-prefect\b|\bdistrict (?:chief|commissioner)\b|\bgovernor\b|\bofficials?\b|\bcivil servants?\b|\bmp\b|\blawmaker|\bcouncill?ors?\b|\bdeputy\b"),
        ("armed_group", r"\bjihadists?\b|\bmilitants?\b|\bislamists?\b|\bterrorists?\b|\bfighters?\b|\bmilitiamen\b|\bassailants\b|\battackers\b|\brebels?\b|\bgunmen\b|\binsurgents?\b|\bmembers of (?:an? |the )?(?!volunteer)(?:\S+ )?militia\b|\bself-defen[cs]e (?:militia|fighters|group)s?\b|"
                        # vigilantes and hunters' militias: ACLED's militias, an armed side
                        r"\bvigilantes?\b(?! justice)|\b(?:dozo|donso) hunters\b"),
        ("civilians", r"\bcivilians?\b(?! (?:volunteers|auxiliar\w+|members of (?:an? |the )?(?:auxiliary|self-defen[cs]e|volunteer)))|\bvillagers?\b|\bresidents?\b|\bfarmers?\b|\bwomen\b|\bchildren\b|\bpassengers?\b|\btraders?\b|\bherders?\b|\bpeople\b|\bworshippers?\b|\bimam\b|\bvillage (?:chief|head)\b|\bstudents?\b|\bteachers?\b|\bfamil\w+|\bmen\b|\bpupils\b|\bthie(?:f|ves)\b|\bsuspects?\b|\bcouple\b|\bnationals?\b|\bhealth (?:workers?|staff)\b|\bstaff members?\b|\bnurses?\b|\bdoctors?\b|\bdrivers?\b|\btransporters?\b|\bworkers?\b|\bemployees?\b|\bpastors?\b|\bpriests?\b|\bcatechists?\b|\bpreachers?\b|\bmerchants?\b|\bshepherds?\b|\bminers?\b|\bgold miners?\b|\bwedding guests\b|\bmourners\b|\bvillage chiefs?\b|"
                      r"\bidps?\b|\bjournalists?\b|\breporters?\b|\bactivists?\b|\bbloggers?\b|\btrade unionists?\b|\blawyers?\b|\bpoliticians?\b|"
                      r"\bopposition (?:leaders?|figures?|members?|activists?|politicians?|supporters?)\b|\b(?:party|union|association|movement) (?:leaders?|presidents?|chiefs?)\b|"
                      r"\bformer (?:prime )?minister\b"),
        ("property", r"\bpolling stations?\b|\bschools?\b|\bbuildings?\b|\bhouses?\b|\bhuts?\b|\bgranar\w+|\blivestock\b|\bcattle\b|\bwarehouses?\b|\bshops?\b|\bvehicles?\b"),
    ],
}
_HIT_MINE = guard(r"^[^.;]{0,60}?\b(?:hit|struck|ran over|drove over|ran into|triggered|set off|a heurte|ont heurte|a saute sur|ont saute sur|a roule sur|ont roule sur)\s+(?:an? |the |une? |des )?(?:\S+\s+){0,2}?(?:(?:land)?mines?|bombs?|ieds?|explosives?|explosive devices?|engins? explosifs?|engins?)\b")
# a parent organisation named to describe a local branch ("al Qaeda's affiliate JNIM", "la branche sahélienne de l'EI")
_BRANCH = guard(r"^(?:'s|’s)?\s*(?:\S+\s+){0,2}?(?:affiliate|branch|franchise|offshoot|wing|arm|filiale|branche|franchise)\b")
_DEFENDED = guard(r"^\s*(?:\S+\s+){0,2}?(?:(?:ont|a|avaient|avait)\s+)?(?:repousse|dejoue|repelled|repulsed|foiled|thwarted|fought off|beat back)\s+"
                       r"(?:une? |l'|les |des |an? |the |several |plusieurs )?(?:\S+\s+){0,1}?(?:attaques?|assauts?|tentatives?|incursions?|offensives?|attacks?|assaults?|attempts?|raids?)\b")
# Wagner / Africa Corps beside the national army: ACLED's first actor is the army, the Russians its associates
_ASSOCIATES_OF_STATE = frozenset({"wagner", "africa_corps"})
_PARENTS = frozenset({"al_qaeda", "islamic_state"})
_AFFILIATION = guard(r"\b(?:linked to|affiliated (?:with|to)|loyal to|allied (?:with|to)|associated with|tied to|connected to|"
                          r"aligned with|lie(?:e|s|es)? (?:a|au|aux)|affilie(?:e|s|es)? (?:a|au|aux)|associe(?:e|s|es)? (?:a|au|aux)|"
                          r"proches? (?:de|d'|du|des))\s+(?:the |l'|la |le |les )?$")
# a parent named to describe an armed group ("des jihadistes liés à al-Qaïda", "al Qaeda-linked militants",
# "fighters tied to al Qaeda and the Islamic State"): a description, never an actor of the event itself
_LINKED_RIGHT = guard(r"^(?:'s|’s)?[- ]?(?:linked|affiliated|aligned|allied|inspired|backed|related|loyal)\b")
# the other parent's short name beside a parent ("linked to ISIS or al-Qaeda"); "IS" only in capitals, read on the
# text itself, since the folded "is" is also the English verb ("linked to al-Qaeda and is active in ...")
_PARENT_SHORT = r"(?:isis|isil|ei|daech|daesh|aqmi|aqim|(?:the )?islamic state|l'etat islamique|al[- ]qa[ei]da|al[- ]qaida)"
_OTHER_PARENT_BEFORE = re.compile(r"\b" + _PARENT_SHORT + r"\s+(?:and|et|or|ou)\s+(?:a |à |de l'|d'|du |the )?$")
_OTHER_PARENT_AFTER = re.compile(r"\s+(?:and|et|or|ou)\s+(?:a |à |de l'|d'|du |the |to )?" + _PARENT_SHORT + r"\b")
_IS_BEFORE = re.compile(r"\bIS\s+(?i:and|or)\s+(?i:the\s+)?$")
_IS_AFTER = re.compile(r"\s+(?i:and|or)\s+(?i:to\s+)?IS\b")
# (the second parent may come with its noun: "liés à al-Qaïda ou au groupe État islamique")
_TWO_PARENTS = guard(r"^\s*(?:,|et|and|ou|or)\s+(?:(?:a|à|au|aux|de|d'|du|la|le|l'|the)\s*){0,2}(?:(?:groupe|group|organisation)\s+)?$")
# bodies that report on violence rather than commit it: a government or the United Nations as the source
_REPORTERS = guard(r"_government$|^united_nations$")
#: a force killing men (the men after it): the force side's kill verb and up to three words ("l'armée a neutralisé
#: trois ...", "troops killed seven ..."), never a passive's agent
_FORCE_KILLED = {"fr": r"\b(?:neutralise|tue|abattu|elimine)s?\s+(?:(?!par\b)\S+\s+){0,3}?",
                 "en": r"\b(?:neutrali[sz]ed|killed|shot dead|eliminated)\s+(?:(?!by\b)\S+\s+){0,3}?"}
#: the forces' own post or unit as the place attacked
_FORCE_POST = r"(?:postes?|camps?|bases?|positions?|detachements?|casernes?|garnisons?|patrouilles?|convois?)\b"
#: the killing told during an attack ("... lors de l'attaque", "au cours d'un assaut")
_DURING_AN_ATTACK = r"(?:\s+[^\s.;,]+){0,4}?\s+(?:lors|au cours|pendant) (?:de l'|d'une? )(?:attaque|assaut|incursion)"


@dataclass(frozen=True, slots=True)
class _AnsweredAttack:
    """The grammar of an attack the forces answered, in one language, read by :func:`_answered_attack`: the answer
    named, the attack on the forces named, or the force + its kill verb + the attackers or fighters + the clause that
    ties them to an attack on the forces."""
    answer: str  # the answer named ("la riposte", "repelled", "a été la cible")
    attack_on: tuple[str, ...]  # an attack on the forces' men or post ("une attaque contre le poste", "raids on the army")
    kill: str  # the force's kill verb and the words before the men (:data:`_FORCE_KILLED`)
    attackers: str  # the men named as attackers ("assaillants", "attackers")
    who: str  # the relative pronoun of a clause about the men
    struck: str  # the stems of a clause telling whom the attackers struck ...
    forces: str  # ... which is no other victim when it names the forces ("qui attaquaient le poste")
    operation: str  # the forces' own operation ("lors d'une opération de ratissage"): no answer
    fighters: str  # any men the force killed
    aux: str  # the auxiliary before the attack verb of the relative clause
    attacked: str  # the attack verbs of the relative clause ("qui ont attaqué", "who stormed")
    det: str  # the determiner of the forces' post
    post: str  # the forces' post or unit
    elided: bool = False  # the attackers with an elided article during the attack told ("une vingtaine d'assaillants")
    of_post: str | None = None  # the fighters killed during an attack "of" the forces' post ("lors de l'attaque de son poste")


def _answered_attack(g: _AnsweredAttack):
    """The pattern of ``g``: the answer, the attack on the forces, the attackers the force killed (unless the clause
    after them tells other victims or the forces' own operation), and fighters it killed while they attacked its post."""
    parts = [g.answer, *g.attack_on,
             g.kill + g.attackers + r"\b"
             + r"(?!\s+" + g.who + r"\s+[^.;,]{0,20}?\b(?:" + g.struck + r")\w*(?![^.;,]{0,40}?\b(?:" + g.forces + r")\b))"
             + r"(?![^.;]{0,25}?\b(?:" + g.operation + r")\b)"]
    if g.elided:
        parts.append(g.kill + r"d'" + g.attackers + _DURING_AN_ATTACK)
    if g.of_post is not None:
        parts.append(g.kill + g.fighters + _DURING_AN_ATTACK + r"\s+" + g.of_post + r"(?:[a-z-]+\s+)?" + g.post)
    parts.append(g.kill + g.fighters + r"\s+" + g.who + r"\s+" + g.aux + r"(?:" + g.attacked + r")\s+" + g.det
                 + r"(?:[a-z-]+\s+)?" + g.post)
    return guard("|".join(parts))


_ANSWERED_ATTACK = {
    "fr": _AnsweredAttack(
        answer=r"\b(?:riposte|ripost\w+|contre-offensive|contre-attaque|repouss\w+|(?:a|ont) (?:promptement |vigoureusement )?reagi|"
               r"fait face aux assaillants|(?:tente|tentaient|tentative) de s'infiltrer|tentatives? d'infiltration|(?:contenue?s?|dejouee?s?|mise?s? en echec) par|(?:a|ont) ete dejouee?s?)\b|\b(?:a|ont) ete la cible\b",
        attack_on=(r"\battaques?\b[^.;]{0,40}?\b(?:contre|visant|a vise|ont vise|ciblant|a cible)\s+(?:\S+\s+){0,2}?"
                   r"(?:detachements?|camps?|bases?|postes?|positions?|militaires|soldats|forces|l'armee|garnisons?|patrouilles?|convois?|unites?|fds)\b",),
        kill=_FORCE_KILLED["fr"], attackers=r"(?:assaillants|attaquants|agresseurs)", who="qui",
        # "des agresseurs qui braquaient un commerçant" tells another victim
        struck=r"attaqu|braqu|agress|pill|vis|cibl|enlev|ranconn|terroris|menac|tir|s'en pren",
        forces=r"postes?|camps?|bases?|positions?|detachements?|casernes?|garnisons?|patrouilles?|"
               r"convois?|militaires|soldats|forces|gendarmes|policiers|fds|l'armee|unites?|brigades?|commissariats?",
        operation=r"operations?|ratissages?|bouclages?|fouilles?|offensives?|reconnaissance",
        fighters=r"(?:d')?[a-z-]+(?: armes)?", aux=r"(?:ont |avaient )?",
        attacked=r"attaqu\w*|tentai\w* de (?:prendre|s'emparer)|(?:ont )?pris d'assaut|assaill\w*|vis\w*",
        det=r"(?:(?:de |du |de la |de l')?(?:son|sa|ses|leur|leurs|le|la|les|l'|un|une|des)\s*)", post=_FORCE_POST,
        # "neutralisé dix terroristes lors de l'attaque de son poste"
        elided=True, of_post=r"(?:de |du |de la |de l'|d'une? |des )(?:(?:son|sa|ses|leur|leurs)\s+)?"),
    "en": _AnsweredAttack(
        answer=r"\b(?:responding|in response|repell?ed|repulsed|fought back|fought off|foiled|thwarted|infiltration attempts?|"
               r"counter-?attack\w*|counter-?offensive)\b",
        attack_on=(r"\b(?:attacks?|assaults?|raids?) on (?:an? |the )?(?:\S+\s+){0,2}?(?:army|military|base|camp|post|detachment|outpost|"
                   r"patrol|convoy|soldiers|troops|garrison|position)s?\b",
                   r"\b(?:attacks?|assaults?|raids?)\b[^.;]{0,20}?\b(?:targeted|targeting|against|hit|struck)\s+(?:an? |the )?(?:\S+\s+){0,2}?"
                   r"(?:army|military|base|camp|post|detachment|outpost|patrol|convoy|garrison|position)s?\b"),
        kill=_FORCE_KILLED["en"], attackers=r"(?:attackers|assailants)", who="who",
        # "attackers who were robbing a trader" tells another victim
        struck=r"attack|rob|raid|loot|abduct|kidnap|target|shoot|shot|fir|terrori|threaten|harass|extort|ambush",
        forces=r"bases?|camps?|posts?|outposts?|positions?|detachments?|garrisons?|barracks|patrols?|convoys?|soldiers|"
               r"troops|police|army|forces|units?|checkpoints?",
        operation=r"operations?|sweeps?|clearing|offensives?|reconnaissance",
        # "killed seven gunmen who attacked their base"
        fighters=r"[a-z-]+", aux=r"(?:had\s+)?", attacked=r"attacked|stormed|raided|tried to (?:take|overrun|storm)|targeted",
        det=r"(?:their|the|an?|its|his)\s+",
        post=r"(?:base|camp|post|outpost|position|detachment|garrison|barracks|patrol|convoy)s?\b"),
}
# an attack on state forces that they answered ("la riposte des FDS", "soldiers repelled the assault", "une attaque a
# visé le camp", "l'armée a neutralisé trois assaillants lors de l'attaque d'un site"): the attackers are the
# perpetrators, the state forces the target
_RESPONSE = {lang: _answered_attack(g) for lang, g in _ANSWERED_ATTACK.items()}
_CLAIMED_BY = guard(r"\b(?:revendiqu\w*|claimed)\s+(?:\S+\s+){0,2}?(?:par|by)\s+(?:(?:\S+\s+){0,4}?|[^().;]{0,80}\()$")
# "has not been claimed by any group, but X ...", "n'a pas encore été revendiquée": no claim, whoever is named next
_NOT_CLAIMED = guard(r"\b(?:not|never|yet to be|no one|nobody|pas|jamais|aucun\w*|personne)\b(?:\s+\S+){0,3}?\s+(?:revendiqu\w*|claimed)\b")
# the agent of a verb that tells no violence ("camps used by X", "une zone contrôlée par X"): a background fact
_NON_VIOLENT_AGENT = guard(r"\b(?:used|run|controlled|frequented|founded|created|formed|financed|funded|recruited|trained|"
                           r"inhabited|dominated|considered|designated|listed|sanctioned|known|supported|utilisee?s?|"
                           r"controlee?s?|frequentee?s?|fondee?s?|creee?s?|financee?s?|recrutee?s?|formee?s?|dominee?s?|"
                           r"considere\w*|designee?s?|sanctionnee?s?|connue?s?)\s+(?:\S+\s+){0,1}?(?:par|by)\s+(?:\S+\s+){0,4}?$")
# a place held by the actor after it ("tenu par", "occupée par", "held by", "controlled by")
_HELD_BY_LEFT = guard(r"\b(?:held|occupied|controlled|tenue?s?|occupee?s?|controlee?s?)\s+(?:\S+\s+){0,1}?(?:par|by)\s+"
                      r"(?:\S+\s+){0,4}?$")
# ... that the deed took ("a capturé le camp", "ont repris la ville", "captured the base", "retook the town")
_CAPTURED_PLACE_BEFORE = guard(r"\b(?:captur\w*|repris|reprise|pris le controle|seized|retook|recaptured|took control of|"
                               r"overran|stormed|prise? d'assaut)\s+(?:\S+\s+){0,2}?(?:camps?|bases?|villes?|localites?|postes?|"
                               r"positions?|towns?|villages?|posts?|garrisons?|garnisons?|bastions?|strongholds?)\b")


def _held_place_taken(left: str) -> bool:
    """Is the actor after ``left`` the holder of a place the deed took ("a capturé le camp de X, tenu par les
    rebelles")? Not the agent of that deed (a roadblock held by a group where people were killed stays the group's)."""
    return bool(_HELD_BY_LEFT.search(left[-70:]) and _CAPTURED_PLACE_BEFORE.search(left))


# the author of a report ("a statement by the police", "un communiqué signé par l'armée"): its source, not a doer
_REPORT_BY = guard(r"\b(?:statements?|communiques?|reports?|announcements?|messages?|posts?|bulletins?|"
                   r"releases?|declarations?|briefings?|rapports?)\s+(?:\S+\s+){0,2}?(?:issued |signed |signe\w* |"
                   r"released |publie\w* )?(?:par|by)\s+(?:\S+\s+){0,4}?$")
_VIOLENT_AGENT = guard(r"\b(?:tue|tues|tuee|tuees|abattu\w*|attaque\w*|enleve\w*|execute\w*|massacre\w*|perpetre\w*|commis\w*|"
                            r"menee?s?|visee?s?|ciblee?s?|assassine\w*|kidnappe\w*|blesse\w*|egorge\w*|incendie\w*|killed|attacked|"
                            r"abducted|kidnapped|executed|massacred|carried out|perpetrated|committed|targeted|ambushed|shot|wounded|"
                            r"launched|staged|raided|burned|torched)\s+(?:\S+\s+){0,2}?(?:par|by)\s+(?:\S+\s+){0,4}?$")
_REPORTS_RIGHT = guard(r"^\s*(?:\([^)]*\)\s*)?"
                            # the body's office that speaks ("the state police command has confirmed")
                            r"(?:(?:command|headquarters|spokes(?:man|woman|person)|department|service|authorities|"
                            r"officials?|public relations officer|state command|commandement|porte-parole|direction)\s+)?"
                            r"(?:(?:has|have|had|a|ont|avait|avaient)\s+)?(?:(?:also|aussi|egalement)\s+)?"
                            rf"(?:{words_re('report_verbs', 'en')}|indicated|explained|declared|denied|"
                            rf"{words_re('report_verbs', 'fr', 'e')}|fait etat|dementi|communique)\b"
                            r"(?![^.;]{0,30}?\b(?:avoir|qu'(?:il|elle)s?|it|they|its|their)\b)")
_REBEL_WORD = guard(r"rebel|s[eé]paratist|ind[eé]pendantist|independentist")
_STATE_KINDS = frozenset({"state", "foreign_forces"})
# the forces an attack on a post or camp is answered by: the state's, foreign ones, and peacekeepers
_DEFENDER_KINDS = _STATE_KINDS | {"peacekeepers"}
# what happens often or has gone on for long: the area's background, not the event, when it governs the clause that
# names an actor: the agent of a habitual passive ("frequently targeted by X", "regulierement vise par X") or the
# habit told within a few words after the actor ("X often raids", "X y mene souvent des incursions", "attacked by X
# for years"); a relative clause ("X, who often raid the area, ...", "X killed soldiers who often patrol there") is
# not the actor's own clause (a sentence opened by the habit, "Depuis des annees, ...", is background already)
_HABIT = (r"(?:frequently|regularly|often|repeatedly|routinely|for years|ongoing|souvent|regulierement|frequemment|"
          r"habituellement|a plusieurs reprises|depuis des (?:annees|mois))\b")
_HABITUAL_AGENT = guard(rf"\b{_HABIT}\s+(?:[^\s,;]+\s+){{0,3}}?(?:by|par|de|des|du|d')\s*(?:[^\s,;]+\s+){{0,3}}?$")
_HABITUAL_AFTER = guard(rf"^(?!\s*['’]s\b)\s*(?:(?!(?:who|whom|whose|which|that|where|qui|que|dont|ou|lesquel\w*)\b)[^\s,;.]+\s+){{0,4}}?"
                        rf"{_HABIT}")
# a claim or an attribution of the attack in the actor's sentence ("X, who often raid the area, carried out the
# attack", "revendique", "held responsible"): the habit told beside it describes the doer, it does not withdraw it
_DOER_TOLD = guard(r"\b(?:carried out|perpetrated|responsib\w*|responsab\w*|behind the|blam\w*|accus\w*|attribu\w*|imput\w*|"
                   r"auteurs?|perpetre\w*|menee?s? par)\b")
# an accusation or a perpetration a few words before an actor, the deed a few words after it (see _blamed)
_BLAMED_LEFT = guard(r"\b(?:(?:blam\w*|accus\w*|imput\w*|held|holds?|mis en cause|met(?:tent)? en cause|"
                     r"pointe\w* du doigt)\s+(?:\S+\s+){0,3}?|"
                     r"(?:carried out|perpetrated|committed|commise?s?|perpetree?s?)\s+(?:\S+\s+){0,2}?"
                     r"(?:by|par)\s+(?:\S+\s+){0,2}?)$")
_DOER_RIGHT = guard(r"^\s*(?:\S+\s+){0,3}?(?:(?:had |have |has )?(?:carried out|perpetrated|committed)|"
                    r"(?:were|was|are|is) (?:behind|responsible)|d'avoir (?:commis|perpetre|mene)|"
                    r"(?:sont|seraient|etaient) (?:les )?(?:auteurs|responsables))\b")
_OF_GROUP = re.compile(r"\s*(?:du |de la |de l'|des |de |d'|of the |of |from the |from )"
                       # "armed men from the terrorist group X", "des hommes du groupe jihadiste X"
                       r"(?:(?:terrorist |jihadist |islamist |extremist |armed )?(?:group|organi[sz]ation|movement) (?:of |of the )?|"
                       r"(?:groupe|organisation|mouvement) (?:terroriste |jihadiste |djihadiste |islamiste |arme )?(?:de |de l'|d')?)?")
_ARMED_KINDS = frozenset({"jihadist", "rebel", "militia", "unidentified", "unknown"})
# kinds whose own statements about an attack are claims (a government's statement is not)
_CLAIMANT_KINDS = frozenset({"jihadist", "rebel", "militia"})
_KIND_TO_TARGET = {"state": "security_forces", "foreign_forces": "security_forces", "peacekeepers": "peacekeepers",
                   "jihadist": "armed_group", "rebel": "armed_group", "militia": "armed_group",
                   "unidentified": "armed_group", "unknown": "armed_group", "protesters": "civilians"}


@dataclass(frozen=True, slots=True)
class Roles:
    perpetrators: tuple[ActorMention, ...]
    targets: tuple[ActorMention, ...]
    others: tuple[ActorMention, ...]
    attribution: str
    attribution_span: tuple[int, int] | None
    target_category: str
    target_span: tuple[int, int] | None
    confidence: float


# "officials accused JNIM of the attack", "blamed the Islamic State for the killings", "held ISGS responsible"
_ACCUSED_LEFT = guard(r"\b(?:accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|h(?:o|e)lds?)\s+(?:the |a |an )?$")
_ACCUSED_OF = guard(r"^\s*(?:militants? |fighters? |jihadists? |group )?(?:of|for|responsible)\b")
# another attack than the event's, named back in a later sentence
_RECALLED_ATTACK = guard(r"\b(?:une autre (?:attaque|embuscade|incursion|qui|menee|survenue)|un autre (?:assaut|raid|qui|mene|survenu)|(?:l'|une |la |cette )(?:attaque|embuscade|incursion) precedente|"
                         r"(?:la |une )precedente (?:attaque|embuscade|incursion)|another (?:one|attack|ambush|raid)|"
                         r"(?:the|an) (?:earlier|previous|prior) (?:attack|ambush|raid|assault))\b")
# "that attack" names back the attack told last: another one only when a sentence before it told another attack
# ("an earlier attack ... ISGS claimed that attack"); after the event alone it is the event ("JNIM claimed that attack")
_THAT_ATTACK = guard(r"\bthat (?:attack|ambush|raid|assault)\b")
# an attack told with a time of its own ("after a raid in March that left five dead", "an ambush last year")
_ATTACK_OF_ITS_OWN_TIME = guard(r"\b(?:attacks?|ambush(?:es)?|raids?|assaults?)\b[^.;]{0,30}?\b(?:(?:in|since|of|early|late) (?:january|february|"
                                r"march|april|may|june|july|august|september|october|november|december|(?:19|20)\d{2})|"
                                r"last (?:week|month|year)|(?:weeks?|months?|years?) (?:ago|earlier|before))\b")
_EARLIER_TOLL = guard(r"\b(?:avait|avaient|had)\s+(?:\S+\s+)?(?:coute|fait|cause|tue|cost|killed|left|caused|claimed the li)")
_ATTACK_NOUN_BEFORE = guard(r"\b(?:attaques?|attentats?|embuscades?|assauts?|raids?|incursions?|offensives?)\s+$")
# a force's operation named by the force before it ("a Malian army operation", "a Burkinabe army drone strike")
_FORCE_OPERATION_AFTER = guard(r"^\s*(?:(?:military|air|aerial|drone|ground|counter-?terrorism|counter-?insurgency)\s+)?"
                               r"(?:operations?|strikes?|airstrikes?|raids?|offensives?|bombardments?|bombings?|sweeps?)\b"
                               r"(?!\s+(?:base|centre|center|headquarters|zone|area|command)\b)")
_MEMBERS_OBJECT = guard(r"\b(?:killed|killing|kill|attacked|ambushed|abducted|kidnapped|wounded|injured|executed|shot|"
                        r"included|including|among the dead were)\s+(?:[^\s,;.]+\s+){0,3}?"
                        r"(?:members?|fighters?|militants?|elements?|officers?|agents?|personnel)\s+(?:of|from)\s+(?:the )?$")
_MOSTLY_LEFT = guard(r",\s*(?:most of (?:them|whom)|mostly|mainly|largely|the majority of them|(?:en|dans leur) (?:grande )?majorite|"
                     r"pour la plupart|majoritairement|essentiellement|principalement)\b,?\s*[^,;.]{0,40}$")
_KILLED_BEFORE = guard(r"\b(?:killing|killed|kill|tuant|tue|tues|neutralis\w*|abattu\w*|elimine\w*|eliminat\w*)\s+"
                       r"(?:[^\s,;.]+\s+){0,4}?[^\s,;.]+\s*$")
_KILLING_PARTICIPLE_LEFT = guard(r",\s*(?:\S+\s+)?(?:tuant|abattant|neutralisant|eliminant|executant|blessant|killing|"
                                 r"neutrali[sz]ing|eliminating|executing|wounding)\s+(?:[^\s,;.]+\s+){0,3}?$")
# the subject told among the dead ("Members of the national guard were among the 15 dead", "des membres des VDP
# figurent parmi les personnes tuées"): the victims, as the subject of a passive
_AMONG_THE_DEAD_RIGHT = guard(r"^[^.;]{0,40}?\b(?:(?:were|was|are|is|be)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:\S+\s+){0,2}?"
                              r"(?:dead|killed|victims|casualties|wounded|injured|fatalities)|"
                              r"(?:figur\w+|sont|etaient|est|etait|comptent|se trouv\w+)\s+(?:aussi\s+|egalement\s+)?parmi\s+"
                              r"(?:les|ces)\s+(?:\S+\s+){0,2}?(?:morts|tues|tuees|victimes|blesses|personnes tuees))\b")
_BARE_SOURCE_LEFT = guard(r",\s*(?:according to|selon|d'apres)\s+(?:the |le |la |les |l')?$")
# what a group as the source tells it suffered, not did: a strike from the air ("lors de frappes aériennes", "in a drone
# strike"), a death in custody, or its own men ("ses combattants", "its fighters", "deux de ses chefs")
_SUFFERED_REPORT = guard(r"\b(?:frappes? (?:aeriennes?|de drones?|d'un drone|de l'aviation)|(?:raids?|bombardements?) aeriens?|"
                         r"bombardements?|(?:air|drone|aerial) ?(?:strikes?|raids?|bombardments?)|airstrikes?|bombings?|"
                         r"en (?:detention|garde a vue)|in (?:custody|detention)|"
                         r"(?:ses|leurs|its|their) (?:\S+ )?(?:combattants|hommes|elements|militants|membres|chefs|commandants|"
                         r"cadres|responsables|fighters|men|members|leaders|commanders))\b")
_SENTENCE_CLOSED = re.compile(r"\s*[.!]?\s*$")
_DURING_A = guard(r"\b(?:during|in|amid|in the course of)\s+(?:an?|the)\s+(?:[^\s,;.]+\s+){0,2}?$")
# a doer or a cause of the deaths told after a force's operation ("..., when jihadists ambushed their convoy", "when
# their vehicle hit a mine", "lorsque leur camion a sauté sur une mine"): the operation is only the deaths' frame
_CAUSE_AFTER = guard(r"(?:,|\b(?:when|as|while|after|whereupon|lorsque|lorsqu'|quand|alors que|apres que|tandis que)\b)"
                     r"[^.;]*?\b(?:mines?|ieds?|engins? explosifs?|explosi\w*|bombs?|blasts?|ambush\w*|embuscades?|attack\w*|attaqu\w*|"
                     r"assaut\w*|assault\w*|sniper\w*|gunfire|opened fire|ouvert le feu|tirs? (?:de|d')|fire from|"
                     r"a saute|ont saute|hit|struck|heurte|touche)\b")
# the force's own men as the dead ("six soldiers were killed", "trois militaires ont été tués"): killed in its operation,
# not by it
_OWN_MEN = {"state": guard(r"\b(?:soldats?|militaires|gendarmes|policiers|soldiers?|troops|servicemen|gendarmes|policemen|"
                           r"officers|members of the (?:army|security forces|armed forces))\b"),
            "group_generic": guard(r"\b(?:combattants|fighters)\b")}
# the deaths' verb: the dead are told before it
_DEATH_VERB = guard(r"\b(?:ont|a|sont|est|were|was|have|has|had|died|perished|killed|tues?|tuees?|morts?)\b")


def _own_dead(left: str, lang: str, kind: str) -> bool:
    """Are the dead told before the deaths' verb in ``left`` the men of the ``kind`` ("state": the forces' men,
    "group_generic": the armed group's men, by its generic cue too)?"""
    verb = _DEATH_VERB.search(left)
    dead = left[: verb.start()] if verb else left
    if kind == "group_generic":
        return bool(cue("group_generic", lang).search(dead) or _OWN_MEN["group_generic"].search(dead))
    return bool(_OWN_MEN["state"].search(dead) or cue("state_generic", lang).search(dead))


def _operation_frames_only(left: str, right: str, lang: str) -> bool:
    """Is a force's operation named before ``right`` only the frame of the deaths, not their doer: its own men are the
    dead, or a doer or a cause is told after it or attackers before it?"""
    if _own_dead(left, lang, "state") or _CAUSE_AFTER.search(right):
        return True
    opener = _CLAUSE_OPENER.search(right)
    if opener and cue("group_generic", lang).search(right[opener.end() :]):
        return True
    # attackers told before it, unless they are the dead ("fifteen jihadists were killed during an army operation")
    return bool(cue("group_generic", lang).search(left)) and not _own_dead(left, lang, "group_generic")


_CLAUSE_OPENER = guard(r"(?:,|\b(?:when|as|while|after|whereupon|lorsque|lorsqu'|quand|alors que|apres que|tandis que)\b)")
# an operation named only as a time mark ("deux jours après une opération de l'armée", "a day after an army operation")
_OPERATION_NOUN = guard(r"^(?:operations?|opérations?)\b")
_TIME_MARK_BEFORE = guard(r"\b(?:apres|après|avant|depuis|suite a|suite à|after|before|since|following)\s+(?:une?|l'|la|le|les|des|an?|the)\s+"
                          r"(?:\S+\s+){0,2}?$")
_ATTACK_NOUN_AFTER = guard(r"^\s*(?:attacks?|ambush(?:es)?|assaults?|raids?|offensive|incursions?)\b")
_COMPANION_OF_VICTIM = guard(r"\b(?:avec|with|along with|together with|ainsi que|as well as|dont|including|among them|parmi eux)\s+"
                             r"(?:\S+\s+){0,4}?(?:de la |de l'|du |des |d'|de |of the |of )?$")
_FIRST_PARTY = guard(r"\b(?:between|entre|opposant|opposed|pitting)\s+(?:les |des |the |de |d')?(?:\S+\s+){0,2}?$")
# the state's forces named as whom the dead of an armed group fought ("quinze jihadistes ont ete tues lors d'un combat
# avec l'armee", "twelve militants were killed in a firefight with soldiers"): the doers of the killing
_CLASH_WITH = guard(r"\b(?:accrochages?|affrontements?|combats?|echanges? de tirs|clash(?:es)?|firefights?|gunfights?|fighting|"
                    r"battles?|exchanges? of fire)\s+(?:\S+\s+){0,2}?(?:avec|with)\s+(?:les |l'|la |des |the )?(?:\S+\s+)?$")
_ARMED_DEAD = guard(r"\b(?:(?:ont|a|sont|est|were|was|have been|has been)\s+(?:\S+\s+)?(?:ete\s+)?(?:\S+\s+)?"
                    r"(?:tues?|neutralises?|abattus?|morts?|killed|neutrali[sz]ed|slain|shot dead)|died|perished|(?:ont|a) peri)\b")


_OPEN_QUOTES = ('"', '"', '« ', '«', '“', '“ ', '" ', '‘')
_QUOTE_CHARS = ' "«“‘\u00a0'


def _score(m: ActorMention, folded: str, lang: str, sent_start: int, sent_end: int, text: str | None = None):
    P = _P[lang]
    left = folded[max(sent_start, m.start - 90) : m.start]
    right = folded[m.end : sent_end]
    text = text if text is not None else folded
    left_o = text[max(sent_start, m.start - 90) : m.start].lower().replace("’", "'")
    if left.endswith(_OPEN_QUOTES):
        # a name in quotes ('par des hommes armés "appartenant à Daech"', "« Macina »"): the words before the quote
        left, left_o = left.rstrip(_QUOTE_CHARS) + " ", left_o.rstrip(_QUOTE_CHARS) + " "
    right_o = text[m.end : sent_end].lower().replace("’", "'")
    perp = tgt = 0
    hedge = blame = claim = False
    if P["agent"].search(left) and not P["source"].search(left) and not (m.kind in _STATE_KINDS and P["guarded_by"].search(left)) \
            and not _NON_VIOLENT_AGENT.search(left[-70:]) and not _held_place_taken(left) \
            and not (m.kind not in _CLAIMANT_KINDS and _REPORT_BY.search(left[-70:])):
        # (not the agent of a report, "a statement by the police", nor of a verb of no violence, "camps used by X")
        perp += 3
        if _VIOLENT_AGENT.search(left[-70:]):
            perp += 1  # "tués par", "killed by": the agent of the violence, not of a clause about the victims
    att = P["attack_of"].search(left_o if lang == "fr" else left)
    if att and m.kind in _STATE_KINDS and _OPERATION_NOUN.match(att.group(0).lstrip()) \
            and (_TIME_MARK_BEFORE.search(left_o[: att.start()] if lang == "fr" else left[: att.start()])
                 or _operation_frames_only(left[: att.start()], right, lang)):
        # the force's operation as the frame of deaths it did not cause ("six soldats ont été tués lors d'une opération
        # de l'armée", "deux jours après une opération de l'armée"): not its agent
        att = None
    if att:
        perp += 3
    if P["object"].search(left_o if lang == "fr" else left):
        tgt += 3
    if _held_place_taken(left):
        # the holder of a place the deed took ("a capturé le camp de X, tenu par les rebelles", "retook the town,
        # held by JNIM"): the side struck
        tgt += 2
    if P["victim_after"].search(right_o if lang == "fr" else right):
        tgt += 3
    if lang == "en" and _MEMBERS_OBJECT.search(left[-70:]):
        # "killed 12 members of the national guard", "the dead included eight members of": the body whose members
        # are counted as the victims
        tgt += 3
    if _KILLING_PARTICIPLE_LEFT.search(left[-50:]):
        # the object of a participle of killing after the deed's clause ("..., tuant six terroristes", "killing six
        # jihadists"): the victims, not more of the doers
        tgt += 3
    most = _MOSTLY_LEFT.search(left)
    if most and _KILLED_BEFORE.search(left[: most.start()]):
        # the kind of most of the dead told after them ("a tué dix personnes, pour la plupart des combattants du
        # JNIM", "killed ten people, mostly JNIM fighters"): the group describes the victims, not the killers
        tgt += 3
    if P["hedge"].search(left):
        if _VICTIM_DESCRIBED.search(left):
            tgt += 3  # "killing ten militants believed to belong to ISGS": the victims are described, not the killers
        else:
            perp += 3
            hedge = True
    if P["blame"].search(left) or (lang == "en" and _ACCUSED_LEFT.search(left) and _ACCUSED_OF.match(right)):
        perp += 3
        blame = True
    if _CLAIMED_BY.search(left) and not _NOT_CLAIMED.search(left):
        perp += 1  # "revendiquée par X", "claimed by X": the agent of a claim is its claimant
        claim = True
    if P["claim_right"].search(right):
        perp += 4
        claim = True
    if (m.kind in _CLAIMANT_KINDS or m.method == "generic") and (P["claimant"].search(left) or P["claimant_right"].search(right) or (
            _RELAYED_LEFT.search(left) and _STATEMENT_RIGHT.match(right))):
        # an armed group relayed as the source ("citing JNIM", "selon un communiqué du JNIM"): its claim
        perp += 4
        claim = True
    if m.kind in _CLAIMANT_KINDS and _BARE_SOURCE_LEFT.search(left) and _SENTENCE_CLOSED.match(right) \
            and _PASSIVE_VICTIM[lang].search(left) and not _AGENT_WORD.search(left) \
            and not _SUFFERED_REPORT.search(left) and not _own_dead(left, lang, "group_generic"):
        # an armed group as the bare source closing an agentless report ("seven soldiers were killed, according to
        # JNIM", "sept soldats ont été tués, selon le JNIM"): its claim (a report naming its doer is not agentless)
        perp += 4
        claim = True
    if P["accused_right"].search(right):
        perp += 3
        hedge = True
    if _FIRST_PARTY.search(left[-40:]):
        perp += 1  # the first party named in a clash
    if m.kind in _STATE_KINDS and _CLASH_WITH.search(left[-60:]):
        dead = _ARMED_DEAD.search(left)
        if dead and any(g.end() <= dead.start() for g in cue("group_generic", lang).finditer(left[: dead.start()])) \
                and not cue("state_generic", lang).search(left[: dead.start()]):
            perp += 4  # more than the "with" of a fight gives a target
    if m.method == "generic" and (_ATTACK_NOUN_BEFORE.search(left[-30:]) or (
            _ATTACK_NOUN_AFTER.match(right) and not m.text.lower().endswith(("s", "men")))):  # an adjective, not a subject
        perp += 2  # the attackers a description of the attack names ("une embuscade terroriste", "a jihadist raid")
    elif m.kind in _CLAIMANT_KINDS and lang == "en" and _ATTACK_NOUN_AFTER.match(right):
        perp += 2  # an armed group's name before the attack noun ("a JNIM attack", "the ISWAP raid on ...")
    elif m.kind in _STATE_KINDS and lang == "en" and _FORCE_OPERATION_AFTER.match(right) and _DURING_A.search(left) \
            and _PASSIVE_VICTIM["en"].search(left) and not _operation_frames_only(left, right, lang):
        # a force's name before its operation, the frame of deaths told with no doer ("people were killed during a
        # Malian army operation"), as "an operation by the army" (not when attackers are told before it)
        perp += 3
    if _COMPANION_OF_VICTIM.search(left) and _PASSIVE_VICTIM[lang].search(left):
        # "X a été tué, avec trois autres membres des VDP", "two soldiers were killed along with a VDP member":
        # the companions of the dead are among the victims
        tgt += 3
    elif P["member"].search(left) and not P["passive_right"].search(right):
        perp += 1
    if P["against"].search(left[-45:]) and not blame:  # "blamed the attack on X": X is blamed, not attacked
        tgt += 3
    if P["facility_of"].search(left[-60:]):
        tgt += 2
    if m.kind not in _CLAIMANT_KINDS and _REPORTS_RIGHT.match(right):
        # "the army said two engineers were taken", "l'armée a indiqué que": the source of the report
        return 0, tgt, hedge, blame, claim
    passive = P["passive_right"].search(right) or _AMONG_THE_DEAD_RIGHT.match(right)
    active = P["active_right"].search(right)
    if active is None and _at_headline_start(folded, sent_start, m.start):
        active = _HEADLINE_PRESENT[lang].search(right)
    if _DEFENDED.search(right[:80]):
        # "les FDS ont repoussé une attaque", "troops repelled an assault": the defender is the target
        return perp, tgt + 3, hedge, blame, claim
    if _HIT_MINE.search(right[:120]):
        active = None  # "a MINUSMA convoy struck a roadside bomb": the convoy is hit
        passive = passive or _HIT_MINE.search(right[:120])
    if passive and (not active or passive.end() <= active.end()):
        # subject of a passive violent verb, unless an agent follows it ("tués par X")
        tgt += 2
    elif active:
        perp += 2
    return perp, tgt, hedge, blame, claim


@dataclass(frozen=True, slots=True)
class HeadlineDoer:
    """The named actor a page's headline makes the doer of its news, and how the headline attributes the act."""
    mention: ActorMention
    attribution: str
    # the category of the victims the headline names ("raid on army post": security forces), None when it names none,
    # and the words that tie its news to an event: its proper names but the doer's, and the days it names
    target: str | None = None
    marks: tuple[str, ...] = ()


def headline_doer(text: str, folded: str, lang: str, start: int, end: int, matcher=None) -> HeadlineDoer | None:
    """The named actor the headline ``text[start:end]`` gives as the perpetrator ("Attaque du JNIM contre une
    position de l'armée", "JNIM claims deadly raid on ...", "L'armée affirme avoir tué 30 terroristes"), read with
    the event's own cues, a cue of at least an active verb; None when the headline names no one doing it."""
    from .actors import find_actors

    lang = lang if lang in ("fr", "en") else "fr"
    line, fline = text[start:end], folded[start:end]
    mentions = find_actors(line, fline, lang, matcher=matcher)
    scores: dict = {}
    perps, _, _, attribution, *_ = _read_roles(line, fline, lang, [(0, len(line))], mentions, scores)
    m = perps[0] if perps else None
    if m is None or m.method != "alias" or m.kind not in _CLAIMANT_KINDS | _STATE_KINDS or m.canonical_id in _PARENTS:
        return None
    got = scores.get((m, 0, len(line)))
    if got is None or got[0] < 2 or got[0] <= got[1]:
        return None
    victims = _victims_named(fline, lang, [(0, len(line))], (m,), [], mentions)
    marks = tuple(w.group(0) for w in _HEADLINE_MARK.finditer(line)
                  if w.start() > 0 and not (m.start <= w.start() < m.end) and (w.group(0)[0].isupper() or w.group(1)))
    return HeadlineDoer(ActorMention(m.start + start, m.end + start, m.text, m.name, m.canonical_id, m.kind, m.method),
                        attribution, victims[0] if victims else None, marks)


# a headline's word that may name its event's place or day: a capitalised word, a day's name
_HEADLINE_MARK = re.compile(r"\b(?:(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                            r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))|[A-ZÀ-Ý][\w'-]{2,})\b")


def _headline_agrees(doer: HeadlineDoer, text: str, folded: str, lang: str, spans: list[tuple[int, int]],
                     mentions: list[ActorMention]) -> bool:
    """Does the event in the sentences ``spans`` tell the headline's act: its victims of the headline's category
    ("JNIM claims deadly raid on army post" over gunmen who killed civilians at a market does not), or, whatever
    they are, the headline's place or day named in its main sentence? True when either side names no victims."""
    victims = _victims_named(folded, lang, spans[:1], (), [], mentions) if doer.target else None
    if victims is None or victims[0] == doer.target:
        return True
    s, e = spans[0]
    return any(re.search(r"\b" + re.escape(w) + r"\b", text[s:e], 0 if w[0].isupper() else re.I) for w in doer.marks)


def _with_headline_doer(read: tuple, doer: HeadlineDoer) -> tuple:
    """The roles ``read`` of a first event, with the headline's doer as its perpetrator when the event's own sentences
    name none, or only unnamed attackers and the headline names their armed group ("Attaque du JNIM contre ..."
    over "une position a été prise pour cible par des hommes armés"). Unnamed attackers against a state actor of the
    headline are left as they are (the headline may tell the army's answer)."""
    perps, targets, others, _, _, conf, acting = read
    m = doer.mention
    if perps and not (perps[0].method == "generic" and perps[0].kind == "unidentified" and m.kind in _CLAIMANT_KINDS):
        return read
    targets = tuple(t for t in targets if t.canonical_id != m.canonical_id or t.canonical_id is None)
    return (m,), targets, others + perps, doer.attribution, (m.start, m.end), min(conf, 0.6), (m, *acting)


def assign_roles(text: str, folded: str, lang: str, spans: list[tuple[int, int]],
                 mentions: list[ActorMention], sub_event_hint: str | None = None,
                 scores: dict | None = None, headline: HeadlineDoer | None = None) -> Roles:
    """The perpetrators, targets and target category of the event in the sentences ``spans``.

    ``scores``: a dict the caller keeps between calls on the same text, language and spans (an
    event is read again once its type is known): its roles are then read once, and only the target
    category again for a new ``sub_event_hint``. ``headline``: the page headline's doer (:func:`headline_doer`),
    for the first event of a page."""
    lang = lang if lang in ("fr", "en") else "fr"
    scores = {} if scores is None else scores
    # everything but the target category is the same whatever the hint: read once per event
    key = ("roles", tuple(spans), tuple(mentions), headline)
    read = scores.get(key)
    if read is None:
        read = _read_roles(text, folded, lang, spans, mentions, scores)
        lend = headline is not None and _headline_agrees(headline, text, folded, lang, spans, mentions)
        read = scores[key] = _with_headline_doer(read, headline) if lend else read
    perp_mentions, tgt_mentions, others, attribution, attribution_span, conf, acting = read
    category, tspan = _target_category(folded, lang, spans, acting, tgt_mentions, mentions, sub_event_hint, scores,
                                       perp_mentions)
    return Roles(perp_mentions, tgt_mentions, others, attribution, attribution_span, category, tspan, conf)


def disarming_force(mentions: list[ActorMention]) -> ActorMention | None:
    """The force that defused a device or seized a cache ("soldiers defused a mine", "une unité du génie a
    désamorcé un engin"): ACLED's first actor of a disrupted weapons use is that force, not the device's owner."""
    return next((m for m in mentions if m.kind in _STATE_KINDS), None)


def _read_roles(text: str, folded: str, lang: str, spans: list[tuple[int, int]], mentions: list[ActorMention],
                scores: dict) -> tuple:
    """The roles of :func:`assign_roles` but the target category, and the actors acting as perpetrators."""
    scored = []
    for rank, (s, e) in enumerate(spans):
        for m in mentions:
            if s <= m.start < e:
                got = scores.get((m, s, e))
                if got is None:
                    got = scores[m, s, e] = _score(m, folded, lang, s, e, text)
                scored.append([m, *got, rank])
    # coordinated actors share their cues ("l'armée malienne et du GATIA sont entrées")
    for a, b in zip(scored, scored[1:]):
        if a[6] == b[6] and re.fullmatch(r"\s*(?:,|et|and|ainsi que)\s+(?:de la |de l'|du |des |d'|de |les |le |la |l'|the )?", folded[a[0].end : b[0].start]):
            for i in (1, 2):
                a[i] = b[i] = max(a[i], b[i])
    scored = [tuple(x) for x in scored]
    scored = [x for x in scored if x[0].kind not in ("civilians",) or x[2] > 0]
    # "les rebelles", "the separatists" in a report that names one rebel movement: that movement
    rebels = {x[0].canonical_id: x[0] for x in scored if x[0].kind == "rebel" and x[0].method == "alias"}
    if len(rebels) == 1:
        (rebel,) = rebels.values()
        scored = [(rebel, *x[1:]) if x[0].method == "generic" and _REBEL_WORD.search(x[0].text.lower()) else x for x in scored]
    # "les jihadistes du GSIM", "fighters of the Islamic State": the event's unnamed attackers are the group that
    # one of its descriptions names, when it names one group only (unnamed armed men attacked are left as they are)
    of_group = {y[0].canonical_id: y[0] for x in scored for y in scored
                if x[0].method == "generic" and y[0].method == "alias" and y[0].kind in _CLAIMANT_KINDS
                and y[0].start > x[0].end and _OF_GROUP.fullmatch(folded[x[0].end : y[0].start])}
    if len(of_group) == 1:
        (group,) = of_group.values()
        scored = [(group, *x[1:]) if x[0].method == "generic" and x[0].kind == "unidentified" and x[1] > x[2] else x
                  for x in scored]
    # "Boko Haram militants", "JNIM jihadists": a description right after a group's name is that group
    named_before = {id(x[0]): y[0] for x in scored for y in scored
                    if x[0].method == "generic" and x[0].kind == "unidentified" and y[0].method == "alias"
                    and y[0].kind in _CLAIMANT_KINDS and 0 <= x[0].start - y[0].end <= 3
                    and not folded[y[0].end : x[0].start].strip(" '’s")}
    scored = [(named_before[id(x[0])], *x[1:]) if id(x[0]) in named_before else x for x in scored]
    described, descriptive = _described_by_parent(folded, scored)
    # "a statement from the al-Qaeda-linked JNIM": the cues read at the parent's name (the source of a claim) are the
    # named group's it describes
    for x in scored:
        if id(x[0]) not in descriptive or not _LINKED_RIGHT.match(folded[x[0].end : x[0].end + 20]):
            continue
        heir = next((i for i, y in enumerate(scored) if y[0].method == "alias" and y[0].kind in _CLAIMANT_KINDS
                     and y[0].canonical_id not in _PARENTS and 0 <= y[0].start - x[0].end <= 20
                     and re.fullmatch(r"(?:'s|’s)?[- ]?[a-z]+\s+", folded[x[0].end : y[0].start])), None)
        if heir is not None:
            y = scored[heir]
            scored[heir] = (y[0], max(x[1], y[1]), max(x[2], y[2]), x[3] or y[3], x[4] or y[4], x[5] or y[5], y[6])
    scored = [(x[0], 0, 0, *x[3:]) if id(x[0]) in descriptive else
              (described[id(x[0])], x[1], x[2], True, *x[4:]) if id(x[0]) in described else x for x in scored]
    # an actor of a later sentence whose own clause tells what is habitual ("the area is frequently targeted by X")
    # is no doer of this event
    habitual = {id(x[0]) for x in scored if x[6] > 0 and _habitual(x[0], folded, lang, *spans[x[6]])}
    perps = [x for x in scored if x[1] > x[2] and x[1] > 0 and x[0].kind not in ("civilians", "protesters")
             and not _REPORTERS.search(x[0].canonical_id or "") and id(x[0]) not in habitual]
    targets = [x for x in scored if x[2] >= x[1] and x[2] > 0]
    # a named group beats a description; unnamed state forces ("the army") are a description too
    # a group a later sentence names as the doer of another attack ("after another one on Sunday, led by X",
    # "X claimed responsibility for that attack" after an earlier ambush) is not this event's
    recalled = {i for i in range(1, len(spans)) if _RECALLED_ATTACK.search(folded, *spans[i])
                or cue("told_apart", lang).search(folded[spans[i][0] : spans[i][1]])}
    recalled |= {i for i in range(1, len(spans)) if _THAT_ATTACK.search(folded, *spans[i])
                 and (_RECALLED_ATTACK.search(folded, spans[0][1], spans[i][0])
                      or _ATTACK_OF_ITS_OWN_TIME.search(folded, spans[0][1], spans[i][0])
                      or cue("told_apart", lang).search(folded[spans[0][1] : spans[i][0]]))}
    perps = [x for x in perps if x[6] not in recalled or x[0].method in ("generic", "generic_state")]
    named = [x for x in perps if x[0].method not in ("generic", "generic_state")]
    if any(x[6] == 0 and x[0].method == "generic" and x[0].kind == "unidentified" and x[1] >= 2 for x in perps):
        # unnamed attackers acting in the main sentence: state forces named acting in a later one (their answer, their
        # operations elsewhere) are not the attackers' name
        # (nor is a group named with no more than a weak cue there: the first of two parties, a member noun);
        # a later sentence that blames them or tells they did it ("witnesses accused soldiers of the killings",
        # "le massacre a ete commis par des VDP") names the doers, state forces included
        named = [x for x in named if x[6] == 0 or (x[1] >= 2 and (not _defends(x[0]) or _blamed(x, folded, spans)))]
    if any(x[6] == 0 and x[0].method == "generic" and x[0].kind == "unidentified"
           and (x[1] >= 3 or (x[1] >= 2 and _UNNAMED.search(x[0].text.lower()))) for x in perps):
        # the main sentence's doers told unnamed ("tués par des hommes armés", "unidentified gunmen killed"): a parent
        # describing armed men of another sentence ("villages where raids in March by fighters linked to IS ...")
        # replaces them only by a blame or a claim
        by_parent = {id(p) for p in described.values()}
        named = [x for x in named if x[6] == 0 or id(x[0]) not in by_parent or x[5] or _blamed(x, folded, spans)]
    chosen = None
    if named:
        # main sentence first, then the strongest cue, then text order
        named.sort(key=lambda x: (x[6] if x[1] < 4 else -1, -x[1], x[0].start))
        chosen = named[0]
        # "miliciens dogons de Dan Na Ambassagou": a description followed by the organisation's name
        for x in scored:
            if x[0].start > chosen[0].end and x[0].method == "alias" and (chosen[0].canonical_id or "").endswith("_militia") \
                    and re.fullmatch(r"\s*(?:de la |de l'|du |des |d'|de |of the |of )", folded[chosen[0].end : x[0].start]):
                chosen = (x[0],) + tuple(chosen[1:])
                break
        # "du GSIM ou de l'EIGS": two named groups joined by "ou"/"or" are an unidentified group; so are two
        # groups joined by "et"/"and" after an affiliation ("jihadists linked to al-Qaeda and IS"): a description
        # of the armed groups, not an attribution ("presumed MSA and GATIA militiamen" stays a joint attribution)
        others = [x for x in named if x[0].canonical_id != chosen[0].canonical_id and x[6] == chosen[6]]
        for o in others:
            a, b = sorted((chosen[0], o[0]), key=lambda m: m.start)
            # (after an affiliation a comma lists them too: "militants affiliés à Ansaroul Islam, JNIM")
            joiner = r"(?:ou|or|et|and|,)" if _AFFILIATION.search(folded[max(0, a.start - 40) : a.start]) else r"(?:ou|or)"
            if re.search(r"^\s*" + joiner + r"\s+(?:a |à |de la |de l'|du |des |d'|de |the |a l'|a la |au |aux )?$", folded[a.end : b.start]):
                chosen = (ActorMention(a.start, b.end, text[a.start:b.end], UNIDENTIFIED, None, "unidentified", "generic"),
                          chosen[1], 0, True, False, False, chosen[6])
                break
        if chosen[0].canonical_id in _ASSOCIATES_OF_STATE:
            # the army also when it is told as a description ("a Malian army unit accompanied by Wagner")
            army = next((x for x in scored if x[0].kind == "state" and x[0].canonical_id and x[6] == chosen[6]), None)
            if army is not None:
                chosen = army
        # "militants linked to al Qaeda's affiliate JNIM": the local branch, not its parent
        if chosen[0].canonical_id in _PARENTS:
            for x in scored:
                if x[0] is chosen[0] or x[0].kind != "jihadist" or x[0].canonical_id in _PARENTS or x[6] != chosen[6]:
                    continue
                between = folded[chosen[0].end : x[0].start] if x[0].start >= chosen[0].end else ""
                if (between and len(between) < 40 and _BRANCH.search(between)) or \
                        _AFFILIATION.search(folded[max(0, chosen[0].start - 40) : chosen[0].start]):
                    chosen = (x[0],) + tuple(chosen[1:])
                    break
        # "fighters of Katiba Macina, a member of JNIM, affiliated with AQIM": a group named after an affiliation
        # describes an armed group named before it in the sentence, which is the perpetrator
        if chosen[0].kind == "jihadist" and _AFFILIATION.search(folded[max(0, chosen[0].start - 40) : chosen[0].start]):
            before = [x for x in scored if x[0].method == "alias" and x[0].kind == "jihadist" and x[6] == chosen[6]
                      and x[0].end <= chosen[0].start and chosen[0].start - x[0].end < 160
                      and not re.search(r"[.;]", folded[x[0].end : chosen[0].start])]
            if before:
                chosen = (min(before, key=lambda x: x[0].start)[0],) + tuple(chosen[1:])
        # "fighters linked to IS or al-Qaeda" (the short name of the other parent unread as a name): the two parents
        # describe the armed men, who are unnamed
        if chosen[0].canonical_id in _PARENTS and _two_parents_described(folded, text, chosen[0]):
            m = chosen[0]
            chosen = (ActorMention(m.start, m.end, text[m.start : m.end], UNIDENTIFIED, None, "unidentified", "generic"),
                      *chosen[1:])
    elif perps:
        perps.sort(key=lambda x: (x[6], -x[1], x[0].start))
        chosen = perps[0]
    answered = bool(_RESPONSE[lang].search(" ".join(folded[s:e] for s, e in spans)))
    if chosen is not None and not _defends(chosen[0]) and answered:
        # the attackers' losses ("une dizaine d'assaillants neutralisés") do not make them the target
        # of their own attack: the state forces named are
        state = [(x[0], 0, max(x[1], x[2], 1), *x[3:]) for x in scored if _defends(x[0])]
        targets = state + [x for x in targets if x[0].kind not in _ARMED_KINDS and not _defends(x[0])]
    if chosen is not None and _defends(chosen[0]) and answered and not (chosen[3] or chosen[4]) \
            and not _head_of_act(chosen, text, folded, lang, spans):
        # the state forces answered an attack on them: the attackers are the perpetrators (a named armed
        # group first, else the unnamed attackers), the state forces the target
        armed = [x for x in scored if x[0].kind in _ARMED_KINDS and not _defends(x[0]) and id(x[0]) not in descriptive]
        pick = next((x for x in armed if x[0].method == "alias"), next((x for x in armed if x[0].method == "generic"), None))
        state = (chosen[0], 0, max(chosen[1], chosen[2]), *chosen[3:])
        chosen = None if pick is None else (pick[0], max(pick[1], 1), 0, *pick[3:])
        targets = [state] + [x for x in targets if x[0].kind not in _ARMED_KINDS and x[0] is not state[0]]
    if chosen is not None and chosen[0].kind in _DEFENDER_KINDS and chosen[6] > 0 and not (chosen[3] or chosen[4]):
        # state forces acting in a later sentence ("the day before, an army unit shot three militants") did not make
        # the dead of the main sentence when those are their own men ("nine gendarmes died in an ambush")
        victims = _victims_named(folded, lang, spans[:1], (), [], mentions)
        if victims is not None and victims[2] and victims[0] in ("security_forces", "peacekeepers"):
            chosen = None
    # a perpetrator stated anywhere else in the event (e.g. "L'EIGS a revendiqué cet assassinat"), also when the
    # event names no perpetrator at all ("the base was overrun ... JNIM claimed responsibility for the assault")
    if chosen is None or chosen[0].method == "generic":
        # with no perpetrator at all, only an armed group's claim names one ("the Red Cross claims three of its
        # employees were kidnapped" reports the act)
        # a claim of an earlier attack told in the pluperfect ("l'embuscade d'avril, revendiquée par X, avait fait
        # trois morts") is not one of this event
        # (the army that "claimed" the death of dozens of militants claims its own deeds, not the attackers')
        claimers = [x for x in scored if x[5] and x[0].method != "generic" and (chosen is not None or x[0].kind in _CLAIMANT_KINDS)
                    and x[6] not in recalled
                    and not (chosen is not None and _defends(x[0]))
                    and not (x[6] > 0 and _EARLIER_TOLL.search(folded, *spans[x[6]]))]
        if claimers:
            chosen = claimers[0]
    perp_mentions = (chosen[0],) if chosen else ()
    hedge_any = bool(chosen and chosen[3])
    claim_any = bool(chosen and chosen[5])
    # event-level cue words, e.g. "L'engin aurait été posé par" or "revendiqué par"
    attribution_span = None
    if chosen is not None and not claim_any and chosen[0].method != "generic":
        for s, e in spans:
            if s <= chosen[0].start < e:
                near = folded[max(s, chosen[0].start - 60) : min(e, chosen[0].end + 60)]
                if cue("claim", lang).search(near):
                    claim_any = True
                elif cue("suspected", lang).search(near):
                    hedge_any = True
    if chosen is None or chosen[0].method == "generic" or chosen[0].canonical_id is None and chosen[0].method != "ner":
        attribution = "unknown"
    elif claim_any:
        attribution = "claimed"
    elif hedge_any:
        attribution = "suspected"
    else:
        attribution = "attributed"
    if chosen is not None:
        attribution_span = (chosen[0].start, chosen[0].end)
    perp_ids = {id(m) for m in perp_mentions}
    tgt_mentions = tuple(x[0] for x in sorted(targets, key=lambda x: (x[6], x[0].start))
                         if id(x[0]) not in perp_ids and (not chosen or x[0].canonical_id != chosen[0].canonical_id or x[0].canonical_id is None))
    others = tuple(x[0] for x in scored if id(x[0]) not in perp_ids and x[0] not in tgt_mentions)
    # target category
    # every actor acting as a perpetrator ("Wagner and Malian troops killed ...") is no victim
    acting = perp_mentions + tuple(x[0] for x in perps if x[0] not in perp_mentions)
    conf = 0.85 if chosen and chosen[1] >= 3 else 0.6 if chosen else 0.4
    return perp_mentions, tgt_mentions, others, attribution, attribution_span, conf, acting


def _head_of_act(x: tuple, text: str, folded: str, lang: str, spans: list[tuple[int, int]]) -> bool:
    """Is the scored state actor ``x`` the head of the act the main sentence tells ("air strikes by the army against
    ...", "une opération de l'armée a visé ...")? Then it is the doer, whatever attack it repelled before."""
    if x[6] != 0:
        return False
    s = spans[0][0]
    m = x[0]
    src = (text if lang == "fr" else folded)[max(s, m.start - 90) : m.start]
    return bool(_P[lang]["attack_of"].search(src.lower().replace("’", "'") if lang == "fr" else src))


def _blamed(x: tuple, folded: str, spans: list[tuple[int, int]]) -> bool:
    """Does the sentence of the scored actor ``x`` blame it or tell it did the act: a blame cue before it, an
    accusation or a perpetration a few words before it ("residents blamed X for", "accusent des X", "perpetrated
    by X", "commis par X"), or the deed a few words after it ("X carried out the killings", "X d'avoir commis")?
    A state force named so is a doer of the event, not the force that answered it ("attackers killed by soldiers");
    one named further from the cue ("blamed the violence on X, followed by Y") is not."""
    s, e = spans[x[6]]
    m = x[0]
    return bool(x[4] or _BLAMED_LEFT.search(folded[max(s, m.start - 50) : m.start])
                or _DOER_RIGHT.match(folded[m.end : e]))


def _habitual(m: ActorMention, folded: str, lang: str, s: int, e: int) -> bool:
    """Does the clause that names ``m`` in the sentence ``folded[s:e]`` tell a habit rather than this event's deed
    (see ``_HABITUAL_AGENT``)? Never when the sentence claims or attributes the attack."""
    sentence = folded[s:e]
    if _DOER_TOLD.search(sentence) or cue("claim", lang).search(sentence):
        return False
    left = folded[max(s, m.start - 48) : m.start]
    right = folded[m.end : e]
    return bool(_HABITUAL_AGENT.search(left) or _HABITUAL_AFTER.match(right))


def _defends(m: ActorMention) -> bool:
    """State forces, foreign forces, peacekeepers and the state's auxiliaries (VDP): the side that answers attacks."""
    return m.kind in _DEFENDER_KINDS or (m.canonical_id or "") in _STATE_AUXILIARIES


def _two_parents_described(folded: str, text: str, m: ActorMention) -> bool:
    """Is the parent ``m`` one of two parents named after an affiliation ("linked to IS and al-Qaeda")?"""
    if _AFFILIATION.search(folded[max(0, m.start - 40) : m.start]) and \
            (_OTHER_PARENT_AFTER.match(folded, m.end) or _IS_AFTER.match(text, m.end)):
        return True
    other = _OTHER_PARENT_BEFORE.search(folded[max(0, m.start - 30) : m.start]) or \
        _IS_BEFORE.search(text[max(0, m.start - 30) : m.start])
    at = max(0, m.start - 30) + other.start() if other else 0
    return bool(other and _AFFILIATION.search(folded[max(0, at - 40) : at]))


def _described_by_parent(folded: str, scored: list[tuple]) -> tuple[dict[int, ActorMention], set[int]]:
    """The parent organisations (al-Qaeda, the Islamic State) named to describe a group rather than as
    actors: ``(described, descriptive)``, where ``descriptive`` holds the ids of those parent mentions and
    ``described`` maps an unnamed group's mention to the one parent that describes it ("des jihadistes
    liés à al-Qaïda", "al Qaeda-linked militants"). Two parents together ("groups linked to al-Qaeda and
    the Islamic State") describe the armed groups at large: no group stands for them."""
    described: dict[int, ActorMention] = {}
    descriptive: set[int] = set()
    parents = [x[0] for x in scored if x[0].canonical_id in _PARENTS]

    def joined(m: ActorMention, n: ActorMention) -> bool:
        return n is not m and bool(_TWO_PARENTS.match(folded[m.end : n.start] if n.start >= m.end else folded[n.end : m.start]))

    for m in parents:
        aff = _AFFILIATION.search(folded[max(0, m.start - 45) : m.start])
        linked = _LINKED_RIGHT.match(folded[m.end : m.end + 20])
        if not (aff or linked):
            continue
        descriptive.add(id(m))
        pair = [n for n in parents if joined(m, n)]
        descriptive.update(id(n) for n in pair)
        if pair:
            continue
        if aff:
            cand = [y[0] for y in scored if y[0].method == "generic" and y[0].end <= m.start and m.start - y[0].end <= 45
                    and not re.search(r"[.;]", folded[y[0].end : m.start])]
            g = cand[-1] if cand else None
        else:
            g = next((y[0] for y in scored if y[0].method == "generic" and 0 <= y[0].start - m.end <= 15), None)
        if g is not None:
            described[id(g)] = m
    return described, descriptive


# the sub-events of ACLED's violence against civilians: their target is people, never property
_AGAINST_PEOPLE = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
_DEFAULT_TARGET = {
    "Armed clash": "armed_group", "Non-state actor overtakes territory": "armed_group",
    "Government regains territory": "armed_group", "Air/drone strike": "armed_group",
    "Shelling/artillery/missile attack": "security_forces", "Remote explosive/landmine/IED": "security_forces",
    # an arrest of someone the text gives no armed or official kind ("un économiste a été arrêté", "a dissident was
    # detained"): ACLED codes the people its forces hold as civilians; suspected fighters are named as such
    "Suicide bomb": "security_forces", "Arrests": "civilians", "Looting/property destruction": "property",
    "Attack": "civilians", "Abduction/forced disappearance": "civilians", "Sexual violence": "civilians",
    "Mob violence": "civilians", "Violent demonstration": "none",
}
# the noun that follows a perpetrator's name is part of it ("Wagner fighters", "les FAMa et leurs elements")
# (matched at a name's end in the whole text: a plain pattern, since a guard would look for its words in the whole text)
_MEMBER_AFTER = re.compile(r"\s*(?:\)\s*)?(?:fighters?|militants?|troops|soldiers?|mercenar(?:y|ies)|elements?|members?|militiamen|"
                           r"jihadists?|combattants?|soldats?|militaires?|elements?|hommes|miliciens?|membres?|jihadistes?|"
                           r"djihadistes?|mercenaires?)\b")
_OF_WORDS = ("de la ", "de l'", "du ", "des ", "d'", "de ", "of the ", "of ")
_MEMBER_BEFORE = re.compile(r"(?:\S+\s+){1,3}(?:" + "|".join(_OF_WORDS) + r")$")


def _member_before(left: str) -> re.Match | None:
    """``_MEMBER_BEFORE.search(left)``, skipped when ``left`` does not end with one of its words ("$" also
    matches before a final newline): the search tries every offset of ``left``, each with a backtracking repeat."""
    return _MEMBER_BEFORE.search(left) if left.endswith(_OF_WORDS) or left.endswith("\n") else None


_NUM = r"(?:(?:at least|some|about|around|nearly|almost|more than|over|up to|dozens of|scores of|hundreds of|au moins|plus de|pres de|environ|une? (?:dizaine|vingtaine|trentaine|centaine) de|des dizaines de|des centaines de)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)?\s*"
# the victim slot of a violent verb: the noun the category is read from ("killed 14 villagers", "tuant cinq gendarmes")
# the space after a verb, a quotation mark closing or opening around it ('"tortured and massacred" civilians')
_QUOTED = r"[\"'»”’]?\s+[\"'«“]?\s*"
_VICTIM_SLOT = {
    "en": guard(r"\b(?:killed|killing|kill|ambushed|ambushing|attacked|attacking|abducted|abducting|kidnapped|kidnapping|"
                     r"massacred|executed|executing|shot dead|wounded|wounding|targeted|targeting|assassinated|assassinating|gunned down|"
                     r"murdered|beheaded|lynched|assaulted|shot|left|arrested|arresting|detained|detaining|"
                     r"(?:execution|killing|massacre|murder|abduction|kidnapping)s? of|"
                     # the victims listed after the attack ("Among the dead were ...", "The dead included ...")
                     r"among the (?:dead|victims|killed|casualties|wounded|hostages)(?: (?:were|was|are|is))?|"
                     r"(?:the|those) (?:dead|victims|killed|casualties) (?:were|are|included|include)|"
                     r"those killed (?:were|included))" + _QUOTED + r"(?P<obj>" + _NUM + r"(?:of (?:its|their|his|her|the) )?"
                     # a partitive head before the victims' noun ("killed 12 members of the national guard")
                     r"(?:(?:members|elements) of (?:the |its |their )?(?:[a-z-]+ )?)?(?:\S+\s+){0,2}?)"),
    "fr": guard(r"\b(?:tue|tuant|tues|tuees|ont tue|a tue|massacre|execute|executant|enleve|enlevant|blessant|attaque|ciblant|visant|assassine|abattu|egorge|lynche|"
                     r"arrete|arretant|interpelle|interpellant|la mort (?:de|d')|la vie (?:a|aux?)|"
                     r"(?:execution|massacre|assassinat|enlevement)s? (?:de|d'|des)|"
                     # the victims listed after the attack ("Parmi les victimes figurent ...", "Les morts sont ...")
                     r"parmi (?:les|ces) (?:victimes|morts|tues|blesses|otages)(?:,)? (?:figurent|figuraient|se trouvent|"
                     r"se trouvaient|on (?:compte|denombre|trouve|releve)|il y a|(?:sont|etaient))|"
                     r"(?:les|ces) (?:victimes|morts|tues) (?:sont|etaient|comptent|comprennent))" + _QUOTED + r"(?P<obj>" + _NUM + r"(?:(?:de|d'entre) (?:ses|leurs|nos|ces) )?"
                     # a partitive head before the victims' noun ("tuant cinq elements de la garde nationale")
                     r"(?:(?:membres|elements) (?:de la |de l'|du |des |d')(?:[a-z-]+ )?)?(?:\S+\s+){0,2}?)"),
}
_STATE_AUXILIARIES = frozenset({"vdp"})
# the kinds of a named actor whose name, holding a victim noun, gives the victims' category
_NAMED_VICTIM_KINDS = frozenset({"state", "foreign_forces", "peacekeepers", "jihadist", "rebel", "militia"})
# fighting between armed sides: people who die in it are caught in the clash, not its target
_CLASH = guard(r"\b(?:clash\w*|crossfire|cross-fire|fighting|gunfight|exchange of fire|affrontements?|s'affront\w*|"
                    r"combats?|echanges? de tirs|tirs croises|accrochages?)\b")
# a verb whose subject is the victim ("ont été tués", "sont morts", "were killed", "died")
_PASSIVE_VICTIM = {
    "fr": guard(r"\b(?:(?:ont|a|avaient|avait|auraient|aurait|sont|est)\s+(?:\S+\s+)?ete\s+(?:\S+\s+)?(?:tue|blesse|enleve|execute|abattu|"
                     r"massacre|egorge|assassine|kidnappe|pris en otage|arrete|interpelle|detenu|incarcere|"
                     r"place (?:en (?:detention|garde a vue)|sous mandat de depot))\w*|(?:sont|est)\s+(?:morts?|decedee?s?|tombee?s?)|"
                     rf"(?:ont|a)\s+(?:{words_re('died', 'fr')})|"
                     # a bare participle after its noun ("douze soldats tués, trois blessés", "cinq civils tués dans ...")
                     r"(?<=[a-z] )(?<! a )(?<! ont )(?<! avait )(?<! avaient )(?<! aurait )(?<! auraient )(?:tue|tues|tuee|tuees)"
                     r"(?=\s*(?:[,.;:)]|$|(?:dans|lors|au|aux|a|en|pres|et|par)\b)))"),
    "en": guard(r"\b(?:(?:were|was|have been|has been|had been)\s+(?:\S+\s+)?(?:killed|wounded|injured|abducted|kidnapped|executed|"
                     rf"massacred|shot dead|shot|beheaded|murdered|taken hostage|arrested|detained)|{words_re('died', 'en')}|lost their lives|"
                     # a bare participle after its noun ("three reporters detained over a post")
                     r"(?<=[a-z] )(?:arrested|detained)(?= (?:over|for|on|in|at|after|since|during|earlier|last)\b))\b"),
}
# "according to a JNIM statement", "selon un communiqué": the group named as the source of a statement
_RELAYED_LEFT = guard(r"\b(?:according to|citing|in|per|via|selon|dans)\s+(?:a|an|the|its|un|une|le|la)?\s*$")
_STATEMENT_RIGHT = guard(r"^\s*(?:'s\s+)?(?:statements?|communiques?|claims?|videos?|messages?|propaganda)\b")
# a hedge that describes the object of a killing or arrest verb
_VICTIM_DESCRIBED = guard(r"\b(?:killing|killed|kill|tuant|tue|tues|neutralis\w*|abattu\w*|elimine\w*|arrested|arresting|captured|capturing|detained|"
                               r"arrete\w*|interpell\w*|captur\w*|targeting|against|contre|visant)\s+(?:(?!by\b|par\b|when\b|as\b|lorsque\b|quand\b|lors\b|during\b|dans\b|in\b|d'une?\b|attaques?\b|attacks?\b|embuscades?\b|ambush\w*\b)\S+\s+){0,5}?"
                               r"(?:suspected|presumed|alleged|believed|thought|presum\w*|soupconn\w*|affilie\w*|lie\w*|linked|affiliated|"
                               # an adverb of likelihood in an apposition after the dead ("a tué vingt personnes,
                               # vraisemblablement des combattants du JNIM"): it describes them
                               r"vraisemblablement|probablement|sans doute|apparemment)\b")


def _target_kind(m: ActorMention) -> str:
    if (m.canonical_id or "") in _STATE_AUXILIARIES:
        return "security_forces"
    return _KIND_TO_TARGET.get(m.kind, "armed_group")


def _target_category(folded, lang, spans, perps, targets, mentions, hint, scores=None, chosen=()):
    got = _victims_category(folded, lang, spans, perps, targets, mentions, hint, scores, chosen)
    if got[0] == "property" and hint in _AGAINST_PEOPLE:
        # ACLED's violence against civilians is done to people: the houses, vehicles or motorbikes named beside an
        # attack or a kidnapping are not its target ("armed men on motorbikes attacked the village")
        got = ("civilians", got[1])
    # (no perpetrator read: the event's is an unidentified armed group, see the pipeline)
    if hint == "Armed clash" and got[0] in ("civilians", "armed_group", "none", "property") \
            and all(p.kind in _ARMED_KINDS and not _defends(p) for p in chosen) \
            and not any(t.method == "alias" and t.kind in _ARMED_KINDS and not _defends(t) and t not in chosen
                        and t.canonical_id not in _PARENTS
                        and (t.canonical_id is None or t.canonical_id not in {p.canonical_id for p in chosen})
                        and any(s <= t.start < e for s, e in spans) for t in mentions) \
            and not (got[0] == "civilians" and got[1] is not None and not _UNSPECIFIED.fullmatch(folded, *got[1])) \
            and not (got[0] == "armed_group" and got[1] is not None and _MILITIA_VICTIM.search(folded, *got[1])):
        # a fight an armed group started is against the state's forces (ACLED's second actor of such a clash), the
        # attackers' own dead or people of no stated kind aside; a fight with another armed group the event names is
        # that group's; victims named as civilians ("villagers", "habitants") or as a militia stay what they are
        state = next((m for m in targets if _defends(m)), None) or \
            next((m for m in mentions if _defends(m) and any(s <= m.start < e for s, e in spans)), None)
        if state is None or _target_kind(state) == "security_forces":
            return "security_forces", (state.start, state.end) if state is not None else None
        return _target_kind(state), (state.start, state.end)
    return got


def _victims_category(folded, lang, spans, perps, targets, mentions, hint, scores=None, chosen=()):
    if hint in ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"):
        return "none", None
    # the victims named in the main sentence, whatever the hint: read once per event
    scores = {} if scores is None else scores
    key = ("victims", tuple(spans[:1]), tuple(perps), tuple(mentions))
    if key not in scores:
        got = _victims_named(folded, lang, spans[:1], perps, targets, mentions)
        several = got is not None and got[2] and cue("several_attacks", lang).search(folded[spans[0][0] : spans[0][1]])
        if got is None or not got[2] or several:
            # the main sentence names the attack but not whom it killed ("Cette nouvelle attaque est attribuée à
            # ..."), or totals the dead of several attacks ("in two separate attacks", "lors de plusieurs
            # attaques"): the victims of the next sentence that tells a killing, wounding or taking, when one does
            # (for a total, not the attackers' own dead told next)
            later = next((v for i in (1, 2) if i < len(spans)
                          and (v := _victims_named(folded, lang, spans[i : i + 1], perps, targets, mentions)) and v[2]), None)
            post = cue("armed_object", lang).search(folded[spans[0][0] : spans[0][1]]) \
                if not several and later is not None and later[0] == "civilians" else None
            if post:
                # the main sentence tells an attack on an army post, a camp or a patrol and no dead: civilians the next
                # sentences list among the dead ("Les morts sont des habitants", "The dead included four civilians")
                # died in that fight, an attack on the forces (ACLED's armed clash, as "attacked an army post" reads)
                got = ("security_forces", (spans[0][0] + post.start(), spans[0][0] + post.end()), True)
            else:
                got = got if several and later is not None and later[0] == "armed_group" else later or got
        scores[key] = got
    named = scores[key]
    ckey = ("clash", tuple(spans[:1]))
    if ckey not in scores:  # the main sentence's clash word, whatever the hint: read once per event
        scores[ckey] = any(_CLASH.search(folded[s:e]) for s, e in spans[:1])
    clash = scores[ckey]
    if named is not None and named[2] and hint != "Looting/property destruction" and not clash:
        # the people the main sentence says were killed, wounded or taken ("neuf civils, dont deux
        # supplétifs, ont été tués", "killing 20 villagers"): their category, before any actor named nearby
        return named[:2]
    if named is not None and named[2] and clash and named[0] in ("security_forces", "peacekeepers") \
            and not any(_defends(p) for p in chosen):
        # soldiers who died in a fight that no state force is said to have started (a toll of soldiers told with a
        # death verb beside a clash word, the armed men they fought unnamed): the fight was against them
        return named[:2]
    if targets:
        # not an actor on the perpetrator's own side ("des jihadistes" named twice in a fight against them)
        t = next((t for t in targets if not any((p.canonical_id and p.canonical_id == t.canonical_id) or
                                                (p.method == "generic" and t.method == "generic") for p in perps)), targets[0])
        return _target_kind(t), (t.start, t.end)
    if hint == "Looting/property destruction":
        for s, e in spans[:1]:
            m = dict(_VICTIM_NOUNS_RX[lang])["humanitarian"].search(folded[s:e])
            if m:
                return "humanitarian", (s + m.start(), s + m.end())
        return "property", None
    if named is None and hint in ("Remote explosive/landmine/IED", "Armed clash"):
        # no victims named: the vehicle that hit the device tells whose it was ("une voiture a heurté une mine"), and
        # so does the vehicle an ambush or a fire hit in the main sentence ("un autocar est tombé dans une embuscade",
        # "gunmen ambushed a truck")
        for s, e in spans[:3] if hint == "Remote explosive/landmine/IED" else spans[:1]:
            v = CIVILIAN_VEHICLE.search(folded, s, e)
            if v:
                return "civilians", (v.start(), v.end())
    return named[:2] if named is not None else (_DEFAULT_TARGET.get(hint, "none"), None)


# victims of a militia or self-defence group (the armed side a fight with jihadists was against)
_MILITIA_VICTIM = guard(r"\b(?:milic\w*|militia\w*|self-defen[cs]e|autodefense|dozos?|chasseurs|hunters|koglweogo|vigilantes?)\b")
# vehicles of civilians (a military truck, bus or car is the army's; the French conjunction "car" is none)
CIVILIAN_VEHICLE = guard(r"\b(?:voitures?|(?:auto)?cars? de (?:transport|passagers|voyageurs)|autocars?|bus|minibus|camions?|"
                          r"tricycles?|charrettes?|taxis?|vehicules? (?:civils?|particuliers?|prives?|de transport(?: en commun)?|"
                          r"de passagers)|(?:a|the|their|his|her|un|le) cars?|buses|trucks?|lorr(?:y|ies)|civilian vehicles?|passenger vehicles?|"
                          r"private vehicles?)\b"
                          r"(?! (?:militaires?|de l'armee|des fama|des fds|military|army)\b)(?!-)")


_VICTIM_NOUNS_RX = {lang: [(cat, guard(rx)) for cat, rx in nouns] for lang, nouns in _VICTIM_NOUNS.items()}
_VICTIM_NOUN_GUARDS = {lang: GuardSet(rx for _, rx in nouns) for lang, nouns in _VICTIM_NOUNS_RX.items()}
_SAID = rf"(?:said|says|told|{words_re('report_verbs', 'en')})"
_SOURCE_CLAUSE = guard(r"(?:,\s*)?\b(?:selon|a-t-on appris|according to|(?:a|an|the) (?:\w+ ){0,2}?\w+ " + _SAID + "|"
                       r"\w+ " + _SAID + r")\b"
                       # the speaker after its verb, closing the sentence (", a dit un élu local", ", a indiqué le maire")
                       r"|,\s*(?:a|ont|avait|avaient)\s+(?:dit|" + words_re('report_verbs', 'fr', r'\w*') + r")\s+"
                       r"(?:l'|le |la |les |un |une |des |deux |trois |plusieurs )")
_SAID_END = guard(r"\b" + _SAID + "$")
# a short adverb that opens a sentence before its source ("En effet, selon ...", "However, according to ...")
_OPENER = re.compile(r"\W*(?:en effet|par ailleurs|de plus|en outre|toutefois|cependant|pourtant|ainsi|d'autre part|entre-temps|"
                     r"enfin|finalement|however|meanwhile|moreover|in addition|also|indeed|besides|finally)\W*")
# a speaker that opens the sentence and says what follows "que" ("Par un communiqué, le préfet du cercle avise les
# habitants que ...", "le maire indique que ..."): the victims follow "que". A verb of telling someone (informer,
# aviser, faire savoir, porter à la connaissance) takes its addressee before "que"
_SPEAKER_THAT = guard(r"^\W*(?:(?:dans|par) (?:un|une|son|sa) \w+,?\s*)?(?:l'|le |la |les |un |une )[^.;,]{0,60}?\b"
                      r"(?:(?:informe\w*|avise\w*|f(?:ait|ont) savoir|porte\w* a la connaissance)\s+(?:\S+\s+){0,5}?|"
                      rf"(?:{words_re('report_verbs', 'fr')}|signale)\w*\s+(?:\S+\s+){{0,3}}?)que\b")
_CLAUSE_BREAK = guard(r"[.;:]")
_AND_AHEAD = guard(r"^[^.;:]*?\b(?:et|and)\b")
# victims of no stated kind, and the state's forces or their posts
_UNSPECIFIED = re.compile(r"personnes|people|persons|individus")
_SECURITY_NOUNS = {lang: re.compile(dict(nouns)["security_forces"]) for lang, nouns in _VICTIM_NOUNS.items()}
_CIVILIAN_NOUNS = {lang: re.compile(dict(nouns)["civilians"]) for lang, nouns in _VICTIM_NOUNS.items()}
_AGENT_WORD = re.compile(r"\b(?:par|by)\b")
_APPOSITION = guard(r"\b(?:dont|notamment|parmi (?:eux|lesquels|elles)|including|among them|among whom)\b")
# a post, camp or base named only to say where the place lies ("the village of X, near an army post", "le hameau de
# X, non loin d'un camp militaire"): a landmark, not the victims ("près d'une centaine de soldats" counts people)
_LANDMARK_BEFORE = {
    "en": re.compile(r"\b(?:near|close to|not far from|next to|a (?:few|couple of) (?:kilometres|kilometers|km|miles) from|"
                     r"\d+ ?(?:km|kilometres|kilometers|miles) from)\s+(?:an?|the|its|their|one) (?:[a-z-]+ |[a-z]+'s ){0,2}$"),
    "fr": re.compile(r"\b(?:pres|non loin|a proximite|aux abords|a (?:quelques|\d+) ?(?:\S+ )?(?:kilometres|km|metres))\s+"
                     r"(?:d'une?|du|de la|de l'|des)\s*(?:[a-z-]+ |[a-z]+ d'|[a-z]+ de l'){0,2}$"),
}
# a place where the people a force took are held or brought ("transféré au camp militaire", "conduit à la gendarmerie",
# "entendu dans les locaux de la gendarmerie", "taken to a police station", "held at an army base"): no victim of its own
_CUSTODY_BEFORE = {
    "fr": re.compile(r"\b(?:transferee?s?|conduite?s?|emmenee?s?|amenee?s?|ramenee?s?|detenue?s?|gardee?s?|placee?s?|"
                     r"incarceree?s?|interrogee?s?|entendue?s?|enfermee?s?|retenue?s?|escortee?s?|auditionnee?s?|"
                     # the infinitive after its object ("avant de les conduire dans un camp")
                     r"transferer|conduire|emmener|amener|ramener|detenir|placer|enfermer|escorter)\s+"
                     r"(?:\S+\s+){0,3}?(?:au|aux|a la|a l'|a|dans|vers|en)\s+(?:(?:les |des )?locaux\s+(?:du|de la|de l'|d'une?|des)\s*|"
                     r"(?:un|une|le|la|les|l'|leur|son|sa)\s*)?(?:[a-z-]+\s+){0,2}$"),
    "en": re.compile(r"\b(?:taken|transferred|moved|brought|driven|held|detained|questioned|kept|escorted|interrogated|"
                     r"took|take|taking|bring|bringing|transfer|transferring|move|moving|drove|escort|escorting)\s+"
                     r"(?:\S+\s+){0,2}?(?:to|at|in|into|inside)\s+(?:an?|the|their|his|her)\s+(?:[a-z-]+\s+){0,2}$"),
}
# the agent of a passive told by a force's common noun ("arrêté par la brigade de recherche", "detained by the police"):
# the doers, not victims
_FORCE_AGENT_BEFORE = re.compile(r"\b(?:(?:a|ont|avait|avaient) ete|was|were|been)\s+(?:[^\s.;]+\s+){1,10}?(?:par|by)\s+"
                                 r"(?:la |le |les |l'|des |une? |the |an? )(?:[a-z-]+\s+)?$")
_LANDMARK_NOUN = re.compile(r"(?:[\w'-]+ ){0,2}?(?:camps?|postes?|posts?|outposts?|bases?|casernes?|barracks|garrisons?|"
                            r"garnisons?|checkpoints?|stations?|commissariats?|brigades?|positions?)\b")


# people named by their work for someone (their employer told elsewhere in the sentence)
_STAFF = re.compile(r"(?:employees?|staff members?|workers?|drivers?|employes?|agents?|collaborateurs?|"
                    r"chauffeurs?|travailleurs?)")
# an aid organisation, never the speaker of the sentence ("..., the Red Cross said")
_AID_ORG = {
    "en": re.compile(r"\b(?:" + _AID_ORGS["en"] + r")\b(?!,? (?:said|says|told|reported|stated)\b)"),
    "fr": re.compile(r"\b(?:" + _AID_ORGS["fr"] + r")\b(?!,? (?:a|ont) (?:dit|indique|annonce|precise|declare|affirme)\b)"),
}
_SOURCE_BEFORE = re.compile(r"\b(?:selon|d'apres|according to|citing)\s+(?:\S+\s+){0,2}$")
_EMPLOYER_AFTER = re.compile(r"\s+(?:of|from|for|de|du|des|d')\b")
# the staff told as the organisation's own ("two of its employees", "ses deux employés")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|ses|leurs?|son|sa)\s+(?:\S+\s+)?$")
# the organisation opening the sentence or a clause, as its subject ("..., a medical charity pulls out")
_CLAUSE_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:])\s*(?:(?:the|a|an|un|une|la|le|les|l'|des)\s*(?:[a-z-]+\s+)?)?$")
_SAYS_AFTER = re.compile(r"[^,.;]{0,40}?\b(?:said|says|told|reported|stated|a (?:dit|indique|annonce|precise|declare|affirme)|"
                         r"ont (?:dit|indique|annonce|precise|declare|affirme))\b")


def _aid_staff(folded: str, lang: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether the staff word at ``start:end`` are an aid organisation's: the organisation told right after them
    ("employees of the NGO", "agents de l'ONG") or, with no employer after them, named in the sentence ("MSF said
    gunmen killed two of its employees"); the staff of another employer ("workers of a mining firm") are not."""
    # (searched to the sentence's end, so that the speaker's verb after the organisation is seen)
    org = _AID_ORG[lang].search(folded[:e], s)
    while org is not None and org.start() < end:
        org = _AID_ORG[lang].search(folded[:e], org.end())
    if _EMPLOYER_AFTER.match(folded, end):
        return org is not None and org.start() < end + 40 and "," not in folded[end : org.start()]
    # with no employer after them: the organisation's own staff (or staff named with aid workers), or staff of the
    # organisation that is a clause's subject (not one only named in the sentence: "the humanitarian groups" forced out)
    if _AID_PEOPLE[lang].search(folded, s, e):
        return True
    own = _POSSESSIVE_BEFORE.search(folded, max(s, start - 40), start)
    return any(not _SOURCE_BEFORE.search(folded, max(s, o.start() - 30), o.start())
               and (own or _CLAUSE_SUBJECT_BEFORE.search(folded, s, o.start()) and not _SAYS_AFTER.match(folded, o.end()))
               for o in _AID_ORG[lang].finditer(folded[:e], s))


# a head noun of no stated kind and the body it belongs to ("hommes de l'escorte", "men of the patrol")
_GENERIC_HEAD = re.compile(r"hommes|men|personnes|people")
_OF_BODY = re.compile(r"\s+(?:de la |de l'|du |des |d'|of the |of (?:an? )?)")


# the kind of most of the people just named ("ten people, most of them soldiers", "dix personnes, en majorité des ...")
_MOSTLY = re.compile(r",?\s*(?:most of (?:them|whom)|mostly|mainly|largely|the majority of them|(?:en|dans leur) (?:grande )?majorite|"
                     r"pour la plupart|majoritairement|essentiellement|principalement)\b,?\s*(?:des |de |d'|les )?")


def _kind_named_at(folded, found, mentions, at):
    """The victims' category a few words from ``at`` ("mostly JNIM fighters", "pour la plupart des femmes"): that of an
    actor named there, by name or as armed men or soldiers ("en majorité des jihadistes de l'EIGS"; words the
    perpetrator's side leaves out of the victims), else that of the first victim noun of ``found`` there; None when
    neither is."""
    named = next((m for m in mentions if m.kind in _KIND_TO_TARGET and at <= m.start <= at + 12), None)
    noun = next((f for f in found if at <= f[0] <= at + 12), None)
    if named is not None and (noun is None or named.start <= noun[0]):
        return named.start, _target_kind(named), (named.start, named.end)
    return noun


# the attack noun and the word that names whom it was aimed at ("une attaque contre", "an ambush targeting")
_AIMED = {
    "fr": guard(r"\b(?:attaques?|attentats?|embuscades?|assauts?|raids?|offensives?|incursions?|tirs|frappes?)\s+"
                r"(?:\S+\s+)?(?:contre|visant|ciblant|dirigee?s? contre)\s+"),
    "en": guard(r"\b(?:attacks?|ambush(?:es)?|assaults?|raids?|offensives?|strikes?|fire)\s+(?:\S+\s+)?"
                r"(?:on|against|targeting|aimed at)\s+"),
}


# a convoy is the forces' only when told so ("a convoy belonging to a gold mine", "un convoi transportant des
# ouvriers" carry civilians)
_CONVOY = re.compile(r"convo(?:y|i)s?")
_CONVOY_MILITARY = guard(r"\b(?:militaires?|military|army|armee|fama|fds|soldiers|soldats|troops|escort\w*|gendarm\w*|police\w*)\b")


def _aimed_at(folded, lang, found, s, e):
    """The first victim noun of ``found`` (position, category, span) within a few words after an attack noun and its
    "contre/visant/on/targeting" in ``folded[s:e]`` when it names no civilians; None when there is none."""
    for m in _AIMED[lang].finditer(folded, s, e):
        hit = next((f for f in found if m.end() <= f[0] <= m.end() + 40), None)
        if hit is not None and _CONVOY.fullmatch(folded, *hit[2]) \
                and not _CONVOY_MILITARY.search(folded[max(s, hit[0] - 15) : min(e, hit[2][1] + 40)]):
            continue
        if hit is not None and hit[1] not in ("civilians", "property"):
            return hit
    return None


def _victims_named(folded, lang, spans, perps, targets, mentions):
    """The category and span of the victims the main sentence names, outside its perpetrators; None when none."""
    excluded = []
    perp_ids = {m.canonical_id for m in perps if m.canonical_id}
    for m in mentions:
        # (unnamed armed men no role was read for, with no perpetrator read, are the event's unidentified doers, see
        # the pipeline: "des hommes armés s'en sont pris à des fidèles", not its victims; "des terroristes ont été
        # tués" are)
        if m in perps or (m.canonical_id and m.canonical_id in perp_ids) or (m.method == "generic" and m not in targets and (
                perps or m.kind in ("unidentified", "unknown") and not _PASSIVE_VICTIM[lang].search(folded[m.end : m.end + 40]))):
            tail = _MEMBER_AFTER.match(folded, m.end)
            excluded.append((m.start, tail.end() if tail else m.end))
            mb = _member_before(folded[max(0, m.start - 50) : m.start])
            if mb:
                excluded.append((m.start - len(mb.group(0)), m.start))
    # a body that reports the violence ("the army said that ...") is not among its victims
    excluded += [(m.start, m.end) for m in mentions if m.kind in _STATE_KINDS and _REPORTS_RIGHT.match(folded[m.end : m.end + 80])]
    found = []
    for s, e in spans[:1]:
        cut = _SOURCE_CLAUSE.search(folded[s:e])
        opener = _SPEAKER_THAT.search(folded[s:e]) if lang == "fr" else None
        if opener and not any(v.search(folded[s : s + opener.end()]) for v in (_VICTIM_SLOT[lang], _PASSIVE_VICTIM[lang])):
            # the speaker and its verb, then what it says: the victims follow "que"
            s += opener.end()
            cut = _SOURCE_CLAUSE.search(folded[s:e])
        if cut and not folded[s : s + cut.start()].strip(" \"'") and _SAID_END.search(cut.group(0)) \
                and "," not in cut.group(0):
            # a speaker and its verb that open the sentence ("The mayor of Foo says at least 14 people are dead"): the
            # victims follow
            s += cut.end()
        elif cut and (not folded[s : s + cut.start()].strip(" \"'") or _OPENER.fullmatch(folded, s, s + cut.start())
                      and cut.group(0).startswith(",") and not _SAID_END.search(cut.group(0))):
            # a source clause that opens the sentence ("Selon un communiqué du GSIM, ...", "En effet, selon l'armée,
            # ..."): the victims follow it
            comma = folded.find(",", s + cut.end(), e)
            s = comma + 1 if comma >= 0 else s
        elif cut and _SAID_END.search(cut.group(0)) and "," not in folded[s : s + cut.start()] \
                and not cut.group(0).startswith(",") and (cut.start() <= 40 or cut.start() <= 120 and not any(
                    v.search(folded[s : s + cut.start()]) for v in (_VICTIM_SLOT[lang], _PASSIVE_VICTIM[lang]))):
            # a speaker that opens the sentence ("The Foo army said on Tuesday insurgents killed nine ...", a longer
            # one that tells no killing itself: "The governor of a region in the east says gunmen killed ..."): the
            # victims follow (a source after a comma closes a short sentence, "Two guards died, residents said": the
            # victims are before it)
            s += cut.end()
        elif cut:
            # the source clause begins at the comma before its speaker ("..., regional governor X Y said")
            comma = folded.rfind(",", max(s, s + cut.start() - 60), s + cut.start()) \
                if _SAID_END.search(cut.group(0)) and not cut.group(0).startswith(",") else -1
            e = comma if comma > s else s + cut.start()
        nouns, segment = _VICTIM_NOUN_GUARDS[lang], folded[s:e]
        maybe = nouns.possible(segment)  # the categories' guards, tested in one pass
        # every victim noun of the sentence, not only each category's first: the dead a clause names ("tuant douze
        # personnes") are read even when a word of their category came before ("hommes" of "des hommes armés"); a
        # word inside a noun of a category tried before is part of that noun, no victim of its own
        taken = []
        for i, (cat, _) in enumerate(_VICTIM_NOUNS_RX[lang]):
            for m in nouns.patterns[i].finditer(segment) if i in maybe else ():
                a, b = s + m.start(), s + m.end()
                if any(x < b and a < y for x, y in excluded) or any(x <= a and b <= y for x, y in taken):
                    continue
                if cat == "security_forces" and _force_adjective(folded, a, b):
                    continue
                if cat == "security_forces" and (_CUSTODY_BEFORE[lang].search(folded, max(s, a - 70), a)
                                                 or _FORCE_AGENT_BEFORE.search(folded, max(s, a - 90), a)):
                    continue
                if cat in ("security_forces", "peacekeepers") and _LANDMARK_BEFORE[lang].search(folded, max(s, a - 60), a) \
                        and _LANDMARK_NOUN.match(folded, a):
                    continue
                # a word of a named actor's name takes that actor's category ("a National Guard patrol", "les hommes
                # d'Iyad Ag Ghaly")
                named = next((t for t in mentions if t.method == "alias" and t.kind in _NAMED_VICTIM_KINDS
                              and t.start <= a and b <= t.end), None)
                found.append((a, _target_kind(named) if named is not None else cat, (a, b)))
                taken.append((a, b))
    if found:
        found.sort()
        obj = _VICTIM_SLOT[lang]
        for s, e in spans[:1]:
            # the object of a verb after "avoir" tells an earlier deed ("qui rentraient après avoir tué ...")
            # the object slot runs from the verb's end: a bare plural ("massacred civilians") is its first word
            slots = [(s + v.end(), "object", s + v.start("obj")) for v in obj.finditer(folded[s:e])
                     if not folded[max(s, s + v.start() - 6) : s + v.start()].endswith("avoir ")]
            slots += [(s + v.start(), "subject", 0) for v in _PASSIVE_VICTIM[lang].finditer(folded[s:e])]
            for at, how, obj_start in sorted(slots):
                if how == "object":
                    hit = next((f for f in found if obj_start <= f[0] <= at + 3), None)
                else:
                    # the subject of "ont été tués", "were killed", "died": the first victim noun before the verb,
                    # peacekeepers and aid workers first ("une Française qui dirige une ONG a été enlevée")
                    subject = [f for f in found if 0 < at - f[0] <= 90 and not _CLAUSE_BREAK.search(folded[f[0] : at])]
                    # these verbs (killed, wounded, taken, died) take people: a thing or a place named before them
                    # ("dans le centre du pays, treize civils ont été tués") is no subject where people are named
                    subject = [f for f in subject if f[1] != "property"] or subject
                    hit = next((f for f in subject if f[1] in ("peacekeepers", "humanitarian")), subject[0] if subject else None)
                if hit and hit[1] == "civilians" and _GENERIC_HEAD.fullmatch(folded, *hit[2]):
                    # men of no stated kind named by the body they belong to ("trois hommes de l'escorte du maire",
                    # "men of the patrol"): that body's category
                    of = _OF_BODY.match(folded, hit[2][1])
                    body = next((f for f in found if of and of.end() <= f[0] <= of.end() + 12), None)
                    if body is not None and body[1] != "civilians":
                        return body[1], body[2], True
                if hit and hit[1] == "civilians":
                    # "trois civils et cinq gendarmes": state forces among the dead make it an attack on them
                    # (an apposition, "neuf civils, dont deux supplétifs", keeps its head)
                    tail = folded[hit[2][1] : min(e, hit[2][1] + 60)]
                    both = next((f for f in found if f[1] == "security_forces" and hit[2][1] <= f[0] < hit[2][1] + 60), None)
                    # (not the doers of a passive, "tués par l'armée et ses supplétifs")
                    if both is not None and _AND_AHEAD.match(tail) and not _APPOSITION.search(folded[hit[2][1] : both[0]]) \
                            and not _AGENT_WORD.search(folded, hit[2][1], both[0]):
                        return both[1], both[2], True
                    if _UNSPECIFIED.fullmatch(folded, *hit[2]):
                        # people of no stated kind whose kind the words after them give for most of them ("ten people,
                        # most of them soldiers", "dix personnes, en majorité des élus"): that kind
                        most = _MOSTLY.match(folded, hit[2][1])
                        kind = _kind_named_at(folded, found, mentions, most.end()) if most else None
                        if kind is not None:
                            return kind[1], kind[2], True
                        # people of no stated kind, among them soldiers or auxiliaries ("sept personnes, dont trois
                        # gendarmes"), or killed in an attack on an army position: an attack on the state's forces
                        among = _APPOSITION.search(folded, hit[2][1], min(e, hit[2][1] + 60))
                        forces = _SECURITY_NOUNS[lang].search(folded, among.end(), min(e, among.end() + 30)) if among else None
                        # (civilians named first among them keep them civilians: "notamment des civils et des gendarmes")
                        if forces and not _CIVILIAN_NOUNS[lang].search(folded, among.end(), forces.start()):
                            return "security_forces", forces.span(), True
                        # (the victims the attack was aimed at: "sept personnes tuées dans une attaque contre des
                        # gendarmes", "three people died in an ambush targeting the mayor's convoy")
                        aimed = _aimed_at(folded, lang, found, s, e)
                        if aimed is not None:
                            return aimed[1], aimed[2], True
                        # (the post as the attack's object, cue armed_object: a post that only places the killing,
                        # "tués au marché, près d'un poste militaire", leaves them people)
                        post = cue("armed_object", lang).search(folded[s:e])
                        if post:
                            return "security_forces", (s + post.start(), s + post.end()), True
                if hit and hit[1] == "civilians" and _STAFF.fullmatch(folded, *hit[2]) and _aid_staff(folded, lang, *hit[2], s, e):
                    # the staff of an aid organisation the sentence names ("killed two of its employees", "MSF ...
                    # ses deux employés ont été tués"): aid workers
                    return "humanitarian", hit[2], True
                if hit:
                    return hit[1], hit[2], True
        for pri in ("peacekeepers", "humanitarian"):
            hit = next((f for f in found if f[1] == pri), None)
            if hit:
                return hit[1], hit[2], False
        return found[0][1], found[0][2], False
    return None
