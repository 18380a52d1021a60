"""The word classes the events stage reads: parts of speech, pronouns, clause relations and the
prepositions that say where or between whom."""

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
PARTY_TYPES = {"person", "organization", "state", "group"}
PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
SPEAKER_PRONOUNS = {"we", "our", "us", "ours", "i", "my", "me"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
# Relations below a word that start a new clause: its actors are not the word's.
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "acl", "csubj", "mark"}
# Relations that end one conjunct's own phrase: clauses, further conjuncts and prepositional phrases.
CONJUNCT_STOP_DEPS = CLAUSE_DEPS | {"conj", "cc", "prep"}
SUBJECT_DEPS = {"nsubj", "csubj", "expl"}
# Definite nouns that refer back to the armed group named before ("the group", "the militia").
GROUP_NOUNS = {"group", "militia", "movement", "insurgency", "faction"}
# Prepositions of an object's phrase that say where, never whom ("on" may name a target: "sanctions on Iran").
PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}
# Prepositions of a time adjunct: they say when, never whom ("personnel held by the Houthis during a
# visit to Oman": Oman is no party to the call for their release).
WHEN_PREPS = {"during", "before", "after", "since", "until", "amid", "following"}
# Prepositions that name the parties of an act together ("talks between Russia and Ukraine").
PAIR_PREPS = {"between", "among"}
# Types of armed acts: attacks, coercion and threats of force.
ARMED_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
