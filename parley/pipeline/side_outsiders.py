"""Who is none of "both sides": the author of the words, who urges the sides, and the talks' mediators.

"Egypt and Qatar said the two sides had agreed to extend the truce": the pair that says so is not the pair it speaks
of, and neither is the pair that urges them ("Saudi Arabia and the United States urged both parties to ...") nor the
pair whose sentence the phrase hangs from. A party the document names as mediator or host of talks
(:mod:`.event_mediators`: "talks mediated by Qatar", "Egyptian and Qatari mediators") is no side either. One side
may still report what both agreed ("Both sides agreed to strict observance," the Pakistani military's spokesman
said): only a pair whose every member is outside is dropped, or one with a mediator in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from spacy.tokens import Doc, Token

from parley.pipeline.event_mediators import mediators

# Relations under a subject that name who it is: "Mediators Egypt and Qatar", "the two envoys, X and Y".
NAMING_DEPS = {"appos", "conj", "compound"}

if TYPE_CHECKING:
    from parley.pipeline.event_references import PartyResolver
    from parley.pipeline.extensions import ActorTable
    from parley.pipeline.holders import HolderResolver


class _MediatorView:
    """What :func:`.event_mediators.mediators` reads of a resolver: the doc, the actor table and who a word names."""

    def __init__(self, resolver: HolderResolver) -> None:
        self.doc: Doc = resolver.doc
        self.table: ActorTable = resolver.table
        self.resolver = resolver

    def actor_at(self, tok: Token) -> str | None:
        """Who a word names; a pronoun names no mediator here ("thanked Malaysia for its mediation": not the thankers)."""
        return None if tok.pos_ == "PRON" else self.resolver.actor_of(tok)


def side_of(resolver: HolderResolver, actor_id: str) -> str:
    """The party an actor stands for among the sides: a government official's state, a government body's state."""
    from parley.pipeline.sides import leader_state  # sides imports this module

    return resolver.state_for(leader_state(resolver, actor_id) or actor_id)


def document_mediators(resolver: HolderResolver) -> set[str]:
    """The document's mediators and hosts of talks, as the parties they stand for (read once per document)."""
    if resolver.pair_mediators is None:
        found = mediators(cast("PartyResolver", _MediatorView(resolver)))
        resolver.pair_mediators = {side_of(resolver, a) for a in found} | found
    return resolver.pair_mediators


def governing(resolver: HolderResolver, tok: Token) -> set[str]:
    """The parties that say or urge what the phrase at ``tok`` does: the subjects of the verbs of saying
    (``speech_verbs``) and of demand its clause hangs from ("X said the two sides had agreed", "X urged both sides
    to"), not of its own verb, and the speaker of the quote it stands in."""
    found: set[str] = set()
    if tok.i in resolver.pair_framing:
        return found  # a pronoun of the framing clause that points back at the phrase itself
    resolver.pair_framing.add(tok.i)
    try:
        own = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        framing = resolver.cues.framing_verbs
        for anc in tok.ancestors:
            if anc is own or anc.pos_ not in ("VERB", "AUX") or anc.lemma_.lower() not in framing:
                continue  # "Blinken and the two ministers will see what the US can do to help the two sides"
            for c in anc.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c != tok and not c.is_ancestor(tok):
                    found.update(side_of(resolver, a) for w in (c, *_named_in(c)) for a in resolver.actors_of(w))
        speaker = resolver.speaker(tok, quoted_only=True)
        if speaker is not None:
            found.add(side_of(resolver, speaker))
    finally:
        resolver.pair_framing.discard(tok.i)
    return found


def _named_in(subject: Token) -> list[Token]:
    """The names apposed to or joined with a subject ("Mediators Egypt and Qatar said"), not those of its clauses."""
    found: list[Token] = []
    todo = [subject]
    while todo:
        for c in todo.pop().children:
            if c.dep_ in NAMING_DEPS:
                found.append(c)
                todo.append(c)
    return found


def outside(resolver: HolderResolver, pair: tuple[str, ...]) -> bool:
    """Whether a pair named before is none of "both sides": one of it mediates; nor are two bodies the report only
    describes ("pledging to disarm pro-government militias and insurgents")."""
    sides = {side_of(resolver, a) for a in pair}
    return bool(sides & document_mediators(resolver)) or all(a in resolver.collectives.pending for a in pair)


def speaks_of(resolver: HolderResolver, pair: tuple[str, ...], others: set[str]) -> bool:
    """Whether every member of a pair says or urges what "both sides" do (``others``, :func:`governing`)."""
    return {side_of(resolver, a) for a in pair} <= others
