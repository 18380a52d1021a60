"""A draft event of the ``parley_events`` stage: what is known of one event while the document is read."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from parley.models import Event
from parley.pipeline.event_patterns import Pattern
from parley.pipeline.event_status import Modality
from parley.pipeline.event_verb_objects import verb_objects
from parley.pipeline.event_words import VERB_POS
from parley.pipeline.extensions import DateMention


@dataclass
class EventDraft:
    """An event while the document is read."""

    pattern: Pattern
    trigger: Token
    sentence: Span
    modality: Modality
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    coordinates: tuple[float, float] | None = None
    date: DateMention | None = None
    type: str | None = None
    # the parties of a mutual act of the sides named together ("Syrian rebels and government forces
    # exchanged prisoners", "accused each other"): each is also the other's target (see ``event``)
    mutual: tuple[str, ...] = ()

    @property
    def act_type(self) -> str:
        """The type of the act read: the draft's own, else its pattern's ("" when neither has one)."""
        return self.type or self.pattern.type or ""

    def event(self) -> Event:
        """The contract's event for this draft."""
        s = self.sentence
        text = s.text
        end = s.start_char + len(text.rstrip())
        type_ = coded_type(self)
        mode = self.pattern.mode
        status = self.modality.status
        if self.modality.refused:
            mode = mode or self.act_type.lower()
        elif type_ != self.act_type:
            mode, status = "threaten force", "occurred"  # the threat is made
        # each side of a mutual act acts on the other: both are actors and both are targets (a party
        # guessed later stays a target only)
        actors = self.actors + [t for t in self.targets if t in self.mutual and t not in self.actors]
        targets = self.targets + [a for a in self.actors if a in self.mutual and a not in self.targets]
        return Event(
            type=type_,
            mode=mode,
            actors=tuple(actors), targets=tuple(targets),
            place=self.place, coordinates=self.coordinates,
            date=self.date.value if self.date else None,
            date_text=self.date.text if self.date else None,
            status=status,  # type: ignore[arg-type]  # Modality.status holds a contract status as str
            span=(s.start_char, end), trigger=trigger_text(self.trigger, self.pattern),
            background=self.modality.background,
        )


def trigger_text(token: Token, pattern: Pattern) -> str:
    """The trigger word with the object or particle that made it an event ("held talks")."""
    if pattern.objects and token.pos_ in VERB_POS:
        obj = next((o for o in verb_objects(token) if o.lemma_.lower() in pattern.objects or o.lower_ in pattern.objects), None)
        if obj is not None and obj.i > token.i and obj.i - token.i <= 4:
            return token.doc[token.i:obj.i + 1].text
    if pattern.preps and token.pos_ in VERB_POS:
        prt = next((c for c in token.children if c.lower_ in pattern.preps), None)
        if prt is not None and prt.i == token.i + 1:
            return token.doc[token.i:prt.i + 1].text
    return token.text


# Types whose pledged act is a threat: "vowed to launch other attacks", "said his side will launch a
# retaliation against the government" threaten force (PLOVER THREATEN), the attack has not happened.
THREATENING_TYPES = {"ASSAULT"}


def coded_type(d: EventDraft) -> str:
    """The type a draft is coded with: a refused act is a rejection, a pledged attack a threat."""
    if d.modality.refused:
        return "REJECT"
    type_ = d.act_type
    if type_ in THREATENING_TYPES and d.modality.status == "pledged" and (d.modality.cue is not None or d.modality.announced):
        return "THREATEN"  # a bare future ("Arnor will abandon relations") is no threat anyone made
    return type_
