"""Around a cue noun, for :mod:`parley.pipeline.noun_stances`: its occasion, a list, a received stance."""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.holders import HolderResolver
from parley.pipeline.stance_cues import StanceCues


class NounIssueParts:
    """Mixin of the noun stance reader: the things, occasions, lists and received stances around a cue noun."""

    cues: StanceCues
    holders: HolderResolver
    _named_things: frozenset[str]  # a text, talks, a peace or its ways (set by the reader's __init__)

    def _named_thing(self, obj: Token) -> bool:
        """A text, talks, a peace or its ways ("a peaceful solution of the Libyan conflict"), not whom it goes to."""
        return obj.lemma_.lower() in self._named_things

    def _occasion(self, noun: Token, prep: Token, obj: Token) -> bool:
        """"outlined its demands for the ongoing peace talks": talks under way are where the demands are made,
        not what they ask for."""
        asks = self.cues.nouns.get(noun.lemma_.lower()) == "demand" or noun.lemma_.lower() in self.cues.condition_nouns
        return asks and prep.lower_ == "for" and obj.lemma_.lower() in self.cues.meeting_nouns and any(
            c.dep_ == "amod" and c.lower_ in self.cues.occasion_adjectives for c in obj.children)

    def _including_after(self, noun: Token) -> Token | None:
        """"its conditions for a ceasefire in Gaza, including an Israeli military withdrawal": the parser hangs
        the list on the "for" phrase; what the terms include is still named."""
        for obj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children):
            for inner in (obj, *(c for p in obj.children if p.dep_ == "prep" for c in p.children)):
                found = next((o for p in inner.children if p.dep_ == "prep" and p.lower_ == "including"
                              for o in p.children if o.dep_ == "pobj"), None)
                if found is not None and not self.holders.is_actor_phrase(found):
                    return found
        return None

    def _included(self, noun: Token) -> Token | None:
        """"restated its core demands, which include an amnesty and elections", "submitted proposals that include the
        opening of transport links": what a relative clause says the stance contains (``listing_verbs``)."""
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in self.cues.listing_verbs):
            if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children):
                continue  # "demands which Israel includes in ...": the noun is the object, not the subject
            found = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if found is not None and not self.holders.is_actor_phrase(found):
                return found
        return None

    def _received(self, noun: Token) -> Token | None:
        """"Its autonomy plan won the backing of Spain": what gets the stance is its issue (the holder is the
        "of"/"from" phrase)."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.cues.receiving_verbs or not any(
                c.dep_ == "prep" and c.lower_ in ("of", "from") for c in (*noun.children, *self._given_from(noun))):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not self.holders.is_actor_phrase(subj) else None

    def _given_from(self, noun: Token) -> list[Token]:
        """"The Syria attack drew support from the European Union": the parser hangs the "from" phrase of a
        received stance on the verb."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.cues.receiving_verbs:
            return []
        return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == noun.right_edge.i + 1]
