"""A verb's objects, prepositions, predicates and clauses, as the pattern book's constraints read them.

:meth:`.event_patterns.Pattern.matches_verb` checks a pattern's ``objects`` against a verb's objects
(:func:`verb_objects`: direct object, passive subject, objects of its prepositions and particles, the
noun a participle describes, what a quantity counts), its ``preps`` against the prepositions that can
carry its argument (:func:`argument_preps`), its ``predicates`` against what the verb says its object
is (:func:`predicate_words`) and ``addressed`` against the subject of its clause
(:func:`addressed_clause`); a fallback verb in a clause that dates the news by another happening
reports nothing (:func:`in_time_clause`). The stages that read an event's roles use the same objects.
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.gazetteer import Gazetteer

# Prepositions that attach circumstances, not a verb's argument: "withdraw ... under the ceasefire"
# and "ending the war through negotiations" do not make "ceasefire" or "negotiations" the object.
ADJUNCT_PREPS = {"under", "after", "before", "during", "since", "despite", "amid", "amidst", "following",
                 "as", "like", "through", "throughout", "until", "within", "according", "because", "via",
                 "without"}
# Nouns that count what their "of" names ("dozens of rockets", "a barrage of missiles").
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "wave", "barrage",
                  "salvo", "volley", "series", "waves", "barrages", "salvos", "volleys", "rounds",
                  # "has seized chunks of territory", "captured swathes of the north"
                  "chunk", "chunks", "swath", "swaths", "swathe", "swathes", "parts", "tract", "tracts", "round", "string", "batch", "group", "list", "couple", "pair",
                  "score", "scores", "handful",
                  # measures and parts: "25,000 tons of food aid", "part of a military aid program", "more than half
                  # of the air targets"
                  "ton", "tons", "tonne", "tonnes", "kilogram", "kilograms", "kg", "kilo", "kilos", "litre", "litres",
                  "liter", "liters", "gallon", "gallons", "bag", "bags", "sack", "sacks", "box", "boxes", "carton",
                  "cartons", "crate", "crates", "pallet", "pallets", "package", "packages", "part", "portion", "half",
                  "third", "quarter", "majority"}
# Nouns that stand in for what their "of" names ("lifted a state of emergency").
FRAME_NOUNS = {"state"}
# Words that introduce a clause dating one happening by another ("after", "before", "since", "until").
TIME_MARKS = {"after", "before", "since", "until", "till"}
# Units of the time span that measures such a clause ("five years after", "two days before").
TIME_SPANS = {"year", "month", "week", "day", "hour", "decade", "century", "minute"}
# Named-entity labels of a party that can be asked to act ("proposed that Hamas release ...").
PARTY_ENTITIES = {"GPE", "ORG", "NORP", "PERSON"}
# Adjectives that make the people an object names casualties ("23 dead soldiers", "wounded civilians").
CASUALTY_WORDS = {"dead", "wounded", "injured"}
# Dependency relations that carry the object of a light verb ("hold talks", "talks were held").
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "dative"}


# The word a pattern's ``objects`` lists for an object named as a person ("received Blinken").
PERSON_OBJECT = "@person"
# The word it lists for an object named as a place ("the M23 captured Goma", "Russia annexed Crimea").
PLACE_OBJECT = "@place"
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def object_words(token: Token, places: Gazetteer | None = None) -> set[str]:
    """The words an object noun matches in a pattern's ``objects``: its lemma and form, a
    hyphenated compound with its compound modifier, which the parser splits ("the cease-fire" ->
    "cease-fire", not a bare "fire"), and ``PLACE_OBJECT`` for the name of a town or region of the
    events stage's gazetteer ``places``, a user's places file included ("the Houthis seized Sanaa",
    "M23 captured Goma")."""
    words = {token.lemma_.lower(), token.lower_}
    words |= {f"{c.lower_}-{w}" for c in token.children if c.dep_ == "compound" for w in tuple(words)}
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and token.dep_ in ("dobj", "nsubjpass"):
        # "Netanyahu received Blinken", "Erdogan hosted Zelensky" (not "received Patriot air defense systems")
        words.add(PERSON_OBJECT)
    if token.pos_ == "PROPN" and ((token.dep_ in ("dobj", "nsubjpass") and _place(token)) or _place_name(token, places)):
        words.add(PLACE_OBJECT)
    # "carried 23 dead AMISOM soldiers": the dead and the wounded, whoever they are
    words |= {c.lower_ for c in token.children if c.dep_ == "amod" and c.lower_ in CASUALTY_WORDS}
    return words


def _place(token: Token) -> bool:
    """Whether a name is a place's: a place or state the actors stage found there, or a place the parser names."""
    table = token.doc._.actors if token.doc.has_extension("actors") else None
    mention = table.at(token) if table is not None else None
    actor = table.get(mention.actor_id) if mention is not None else None
    if actor is not None:
        return actor.type in ("location", "state")
    return token.ent_type_ in PLACE_ENTITIES


def _place_name(token: Token, places: Gazetteer | None) -> bool:
    """Whether a proper noun (with its compound words) names a town or region of the gazetteer, not a country
    ("captured El-Fasher", where the parser may miss the entity); with no gazetteer, none."""
    if places is None:
        return False
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    place = places.lookup(" ".join(w.text for w in words))
    return place is not None and place.kind != "country"


# Verbs of a reported clause that say what their subject is or bears ("said Hamas was responsible",
# "said Israel bore full responsibility"), and the relations of what they say ("was to blame").
COPULAS = {"be", "bear", "carry"}
CLAIM_DEPS = {"acomp", "attr", "dobj", "xcomp"}


def predicate_words(token: Token) -> list[Token]:
    """What a verb says its object is: the complement of "called the strike a war crime", the "as"
    phrase of "described the attack as terrorist" (on the verb, its object or the object's participle),
    with their modifiers and what an "act of" names ("an act of terrorism")."""
    heads = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    # "referred to Russia's decision as blackmail": the "as" phrase on the object of "to"
    holders += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    # "described the ceasefire declared by the rebels as false": the parser may hang the "as" phrase on
    # the object's participle
    holders += [c for h in holders[1:] for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
        heads += [c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp")]
    heads += [g for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    # "said Hamas was responsible for the attack", "said Kigali was behind the attack": what a reported
    # clause says its subject is (not "said it was not responsible")
    heads += [g for c in copular_clauses(token) for g in c.children
              if g.dep_ in CLAIM_DEPS or (g.dep_ == "prep" and g.lower_ == "behind")]
    return heads + [c for h in heads for c in h.children if c.dep_ in ("compound", "amod", "conj")]


def copular_clauses(token: Token, negated: bool | None = False) -> list[Token]:
    """The reported clauses of a verb that say what their subject is ("said Hamas was responsible"):
    the affirmed ones, the negated ones ("said the proposal was not acceptable") with ``negated``, or
    all with None."""
    return [c for c in token.children if c.dep_ == "ccomp" and c.lemma_.lower() in COPULAS
            and any(s.dep_ == "nsubj" for s in c.children)
            and (negated is None or _negated_copula(c) == negated)]


def _negated_copula(clause: Token) -> bool:
    """Whether a copular clause is negated, on the verb or on what it says ("was ``not acceptable")."""
    words = [clause, *(g for g in clause.children if g.dep_ in CLAIM_DEPS)]
    return any(n.dep_ == "neg" for w in words for n in w.children)


def negated_predicates(token: Token) -> set[str]:
    """What a reported clause says its subject is not, as "not-" words: "said the Egyptian proposal was
    not acceptable" -> {"not-acceptable"}."""
    return {f"not-{g.lemma_.lower()}" for c in copular_clauses(token, negated=True) for g in c.children
            if g.dep_ in CLAIM_DEPS}


def clause_subjects(token: Token) -> list[Token]:
    """The subjects of a verb's reported copular clauses ("said the proposal was unacceptable")."""
    return [s for c in copular_clauses(token, negated=None) for s in c.children if s.dep_ == "nsubj"]


def addressed_clause(verb: Token, clause: Token) -> bool:
    """Whether a verb's clause names another party as the one to act: "proposed that Hamas release the
    hostages", not "suggested that the two sides first work out the principles" (the proposer among
    them) or "proposed that a subsidiary ... be reconnected" (no party)."""
    own = {c.lower_ for c in verb.children if c.dep_ == "nsubj" for c in c.subtree}
    return any(c.dep_ == "nsubj" and c.ent_type_ in PARTY_ENTITIES and c.lower_ not in own for c in clause.children)


# Particles the parser may tag as adverbs or prepositions, with the argument's preposition hung on them
# ("walked away from the talks", "pulled out of the deal", "pressed ahead with plans to deliver aid").
PARTICLES = frozenset({"out", "away", "ahead", "forward"})


def argument_preps(token: Token) -> list[Token]:
    """The prepositions and particles of a verb that can carry its argument: not one that only dates
    it ("called off a ceasefire ... on Wednesday" is no "call on")."""
    found = [c for c in token.children if (c.dep_ in ("prep", "prt", "agent") or (c.dep_ == "advmod" and c.lower_ in PARTICLES))
             and not (c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children))]
    # "has called for a referendum to do so", "called for all sides to return": the parser may take
    # the preposition right after the verb for the mark of an infinitive clause
    found += [m for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp") for m in c.children
              if m.dep_ == "mark" and m.lower_ == "for" and m.i == token.i + 1]
    return found


def in_time_clause(token: Token) -> bool:
    """Whether a verb heads (or is conjoined in) a clause that dates the news by a happening a
    stated time earlier or later: "five years after crowds burned down its embassy", "two days
    before leaving office"."""
    cur = token
    while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in cur.children):
        measured = cur
    elif cur.dep_ == "pcomp" and cur.head.lower_ in TIME_MARKS:
        measured = cur.head
    else:
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_SPANS for c in measured.children)


def verb_objects(token: Token) -> list[Token]:
    """The objects of a verb: direct object, passive subject, objects of its prepositions, and
    the nouns compounded or conjoined with them ("peace talks", "talks and meetings")."""
    heads = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    for prep in (c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ not in ADJUNCT_PREPS):
        heads += [p for p in prep.children if p.dep_ in ("pobj", "pcomp")]
    # "reached more than 4 million people with life-saving assistance": the parser hangs what the
    # recipients get on them
    heads += [p for o in heads if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "with"
              for p in c.children if p.dep_ == "pobj"]
    # "pulled out of the deal", "walked away from the talks": the parser hangs the preposition on the particle
    heads += [p for c in token.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in PARTICLES
              for q in c.children if q.dep_ == "prep" for p in q.children if p.dep_ == "pobj"]
    # "talks were held" in a relative or participial clause: the noun is the verb's head; the parser
    # tags some participles VBD ("a deal struck last month") and some passive ones relcl ("hostages
    # to be released by Hamas")
    if (token.dep_ == "acl" and token.tag_ in ("VBN", "VBD")) or (token.dep_ == "relcl" and _passive(token)):
        heads.append(token.head)
    # "hostages it intends to release": a verb in a relative clause acts on the noun it describes
    if not heads:
        cur = token
        while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in cur.children):
            heads.append(cur.head)
    # "dozens of rockets", "a wave of airstrikes": a quantity names what it counts, as "a state of
    # emergency" names the emergency
    heads += [g for h in list(heads) if h.lemma_.lower() in QUANTITY_NOUNS | FRAME_NOUNS
              for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # "provided approximately $4 billion in security assistance": a sum names what it is paid in
    heads += [g for h in list(heads) if h.pos_ == "NUM" or any(c.tag_ == "$" for c in h.children)
              for p in h.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
    found = list(heads)
    for h in heads:
        found += [c for c in h.children if c.dep_ in ("compound", "conj", "amod")]
    # "scaling up our protection and assistance programmes": nouns conjoined as the object's modifier
    found += [g for h in heads for c in h.children if c.dep_ in ("compound", "nmod") for g in c.conjuncts]
    return found


class ObjectWords:
    """The :func:`object_words` of each of a verb's :func:`verb_objects`, read once for all the patterns
    of its lemma that are tried on it."""

    def __init__(self, verb: Token, places: Gazetteer | None = None) -> None:
        self.verb = verb
        self.places = places
        self._sets: list[set[str]] | None = None

    @property
    def sets(self) -> list[set[str]]:
        if self._sets is None:
            self._sets = [object_words(o, self.places) for o in verb_objects(self.verb)]
        return self._sets


def _passive(token: Token) -> bool:
    """Whether a verb is a passive participle ("to be released by Hamas")."""
    return token.tag_ == "VBN" and (any(c.dep_ in ("auxpass", "agent") for c in token.children)
                                    or not any(c.dep_ in ("nsubj", "aux") for c in token.children))
