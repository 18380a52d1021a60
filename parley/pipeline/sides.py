"""Who "both sides" and "the two countries" are: two actors named together before.

"Both sides" are the two actors named together that the report names most (not those who urge
them), and so are "the two DGMOs" (``pair_nouns``); "the warring sides" the first pair; a government
official stands for their state in a pair, and the tail of a longer list ("X, the Arakan Army and the
TNLA") is no pair. "The two" alone, "each side" and the envoys' titles with "the" ("The Foreign Secretaries noted")
are the pair too (``pair_titles``), and "the three countries", "the four countries" the last list of that many.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from parley.pipeline.holders import HolderResolver

# "the warring parties", "the rival sides": the two sides of the conflict named before.
WARRING = {"warring", "rival", "opposing", "belligerent", "conflicting", "fighting"}
# "The two men agreed", "the two leaders": two people named together or meeting just before.
PERSON_PLURALS = {"man", "men", "leader", "leaders", "president", "presidents", "rival", "rivals"}
# Verbs of two people meeting ("X met Y", "X held talks with Y").
MEETING_VERBS = {"meet", "hold", "talk", "speak", "confer", "host", "receive"}
# How many sentences before "the two men" the pair may be named.
PAIR_SENTENCES = 2
# "the three countries", "the four countries": a list of that many actors named before.
LARGER_GROUPS = {"three": 3, "four": 4, "five": 5, "six": 6}


def both_sides(resolver: HolderResolver, tok: Token) -> tuple[str, ...]:
    """"Both sides", "the two countries": two actors named together before, the parties the report
    names most (the sides of the conflict, not the mediators named last)."""
    lemma = tok.lemma_.lower()
    people = met_pair(resolver, tok)
    if people:
        return people
    words = {c.lower_ for c in tok.children}
    if tok.lower_ == "two" and "the" in words and tok.dep_ in ("nsubj", "nsubjpass"):
        pairs = named_pairs(resolver, tok)  # "Aliyev held talks with Pashinyan ... The two agreed to"
        return pairs[-1] if pairs else ()
    if lemma not in resolver.cues.side_nouns \
            or tok.tag_ not in ("NNS", "NNPS") and "each" not in words:  # "Each side agreed to"
        return ()
    if "each" in words:
        words.add("both")
    size = next((LARGER_GROUPS[w] for w in words if w in LARGER_GROUPS), 0)
    if size and "the" in words and tok.tag_ in ("NNS", "NNPS"):
        return listed_group(resolver, tok, size)
    # "The Foreign Secretaries noted": envoys' titles with "the" alone, and nothing naming whose they are.
    envoys = lemma in resolver.cues.pair_titles and "the" in words and not any(c.dep_ in ("poss", "prep", "amod", "nmod")
                                                             or resolver.table.at(c) is not None for c in tok.children)
    if "both" not in words and not {"two", "the"} <= words and not ("the" in words and words & WARRING) and not envoys:
        return ()  # "two key rebel leaders" are not a pair named before; "the warring parties" are
    # "the warring sides" are the first pair the report names (the fighting parties come before
    # the mediators); "both sides" the pair named most.
    warring = bool(words & WARRING) and "both" not in words
    pairs = named_pairs(resolver, tok)
    if not pairs:
        return ()
    if warring:
        return pairs[0]
    before = Counter(m.actor_id for m in resolver.table.mentions if m.end <= tok.i)
    counts = Counter(pairs)
    # The pair whose less-named side is named most, then the pair named most in all; of equals the first.
    best = max(range(len(pairs)), key=lambda k: (min(before[a] for a in pairs[k]), sum(before[a] for a in pairs[k]),
                                                 counts[pairs[k]], -k))
    return pairs[best]


def named_pairs(resolver: HolderResolver, tok: Token) -> list[tuple[str, ...]]:
    """The pairs of states and armed or other bodies named together before ``tok``, in text order
    ("Thailand and Cambodia", "U.S. and Chinese ambassadors"); a list of three names no pair."""
    pairs: list[tuple[str, ...]] = []
    # "Saudi Arabia and the US urge both parties to ...": who urges is not who is urged.
    urging = {a for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
              for a in resolver.actors_of(c)} if tok.dep_ in ("dobj", "dative") else set()
    for t in resolver.doc[:tok.i]:
        if t.dep_ == "conj" or not t.conjuncts or max(c.i for c in t.conjuncts) >= tok.i:
            continue
        if listed_before(resolver, t):
            continue  # "the MNDAA, the Arakan Army and the TNLA": the tail of a longer list
        # "between India and Pakistan, the Indian Ministry ...": a name repeated is one side.
        # "Azerbaijani leader Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan": their states; "President
        # Salva Kiir and the rebel leader Riek Machar": South Sudan and Machar.
        pair = _sides(resolver, (t, *t.conjuncts), urging)
        if pair:
            pairs.append(pair)
    # "Sri Lanka's government is keen to have early talks to salvage a truce with Tamil Tiger rebels after both sides
    # agreed": with no pair named together, a subject and the "with" partner of its verb or of that verb's object.
    pairs = pairs or [pair for t in resolver.doc[:tok.i] if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")
                      for w in _partners(t.head, tok) if (pair := _sides(resolver, (t, w), urging))]
    # "Nepal rejected Maoist demands for a new constitution ... Both sides said": with neither, a subject and the
    # party its verb's object names ("Maoist demands", "the rebels' offer").
    return pairs or [pair for t in resolver.doc[:tok.i] if t.dep_ == "nsubj" and t.head.pos_ == "VERB"
                     for o in t.head.children if o.dep_ == "dobj" and o.i < tok.i
                     for w in (o, *o.children) if w.dep_ in ("dobj", "poss", "compound", "amod", "nmod")
                     and resolver.table.at(w) is not None and (pair := _sides(resolver, (t, w), urging))]


def _sides(resolver: HolderResolver, words: tuple[Token, ...], urging: set[str]) -> tuple[str, ...]:
    """The two sides the words name (states, bodies, or a government official for their state), or ()."""
    found = [resolver.table.get(a) or resolver.collectives.pending.get(a or "")
             for a in (leader_state(resolver, resolver.named(c)) for c in words)]
    if all(a is not None and a.type in ("state", "group", "organization", "person") for a in found) \
            and any(a is not None and a.type != "person" for a in found):
        sides = {resolver.state_for(a.id): a.id for a in reversed(found) if a}
        if len(sides) == 2 and not set(sides) <= {resolver.state_for(a) for a in urging}:
            return tuple(sorted(sides.values()))
    return ()


def _partners(verb: Token, before: Token) -> list[Token]:
    """The objects of "with" on a verb, on its infinitive or on their objects ("held talks with X", "is keen to
    have early talks to salvage a truce with X"), before ``before``."""
    found: list[Token] = []
    heads = [verb]
    while heads:
        head = heads.pop()
        for c in head.children:
            if c.i >= before.i:
                continue
            if c.dep_ in ("dobj", "xcomp", "acomp") or (c.dep_ in ("advcl", "acl") and c.tag_ == "VB"):  # "to salvage a truce"
                heads.append(c)
            elif c.dep_ == "prep" and c.lower_ == "with":
                found += [o for o in c.children if o.dep_ == "pobj"]
    return found


def leader_state(resolver: HolderResolver, actor_id: str | None) -> str | None:
    """A government official stands for their state in a pair of sides."""
    actor = resolver.table.get(actor_id)
    if actor is not None and actor.type == "person" and actor.sector in ("GOV", "MIL"):
        return resolver.table.state_of(actor_id) or actor_id
    return actor_id


def listed_before(resolver: HolderResolver, tok: Token) -> bool:
    """A name, a comma, then this phrase: a list the parser split ("X (MNDAA), the Arakan Army and")."""
    k = tok.left_edge.i - 1
    if k < 1 or resolver.doc[k].text != ",":
        return False
    k -= 1
    if resolver.doc[k].text == ")":
        k = next((j for j in range(k - 1, max(k - 8, -1), -1) if resolver.doc[j].text == "("), k) - 1
    return k >= 0 and resolver.table.at(resolver.doc[k]) is not None


def met_pair(resolver: HolderResolver, tok: Token) -> tuple[str, ...]:
    """"Sarraj and Haftar ... The two men agreed", "X met Y in Jeddah. The two leaders agreed": the two people
    named together or meeting last, in this sentence or the two before; () otherwise."""
    words = {c.lower_ for c in tok.children}
    bare = tok.lower_ == "two" and "the" in words and tok.dep_ in ("nsubj", "nsubjpass")  # "The two agreed"
    if not bare and (tok.lower_ not in PERSON_PLURALS or tok.tag_ not in ("NNS", "NNPS")
                     or not ({"two", "the"} <= words or "both" in words)):
        return ()
    start = tok.sent.start
    for _ in range(PAIR_SENTENCES):
        if start > 0:
            start = resolver.doc[start - 1].sent.start

    def person(t: Token) -> str | None:
        actor = resolver.table.get(resolver.actor_of(t) or "") if t.pos_ in ("PROPN", "NOUN") else None
        return actor.id if actor is not None and actor.type == "person" else None

    found: tuple[str, ...] = ()
    for t in resolver.doc[start:tok.i]:
        first = person(t) if t.dep_ in ("nsubj", "nsubjpass") or t.conjuncts else None
        if first is None or t.dep_ == "conj":
            continue
        others = [person(c) for c in t.conjuncts]
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in MEETING_VERBS:
            verb = t.head
            others += [person(o) for o in verb.children if o.dep_ == "dobj"]
            others += [person(o) for p in (*verb.children, *(c for d in verb.children if d.dep_ == "dobj" for c in d.children))
                       if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        pair = tuple(dict.fromkeys(a for a in (first, *others) if a is not None))
        if len(pair) == 2:
            found = pair
    return found


def possessive_pair(tok: Token) -> tuple[Token, ...]:
    """"Moscow's and Tiraspol's representatives called for ...": the parser takes the first owner for a subject of
    its own; each owner of the two possessives is a holder."""
    own = next((c for c in reversed(list(tok.children)) if c.dep_ == "poss"), None)
    k = own.left_edge.i if own is not None else 0
    if k < 3 or tok.doc[k - 1].lower_ != "and" or tok.doc[k - 2].tag_ != "POS":
        return ()
    first = tok.doc[k - 2].head
    return (first, own) if first.pos_ == "PROPN" and first.i < k - 2 else ()


def listed_group(resolver: HolderResolver, tok: Token, size: int) -> tuple[str, ...]:
    """"Egypt, Qatar and the United States held talks ... The three countries called for": the last list of that many
    actors named together in this sentence or the two before; "Pakistan joined the United States, Russia and China
    ... The four countries": a joining or meeting verb's subject with its object list. () if there is none."""
    start = tok.sent.start
    for _ in range(PAIR_SENTENCES):
        if start > 0:
            start = resolver.doc[start - 1].sent.start
    found: tuple[str, ...] = ()
    for t in resolver.doc[start:tok.i]:
        if t.dep_ == "conj" or not t.conjuncts or max(c.i for c in t.conjuncts) >= tok.i:
            continue
        names = tuple(dict.fromkeys(resolver.state_for(a) for a in resolver.actors_of(t)))
        verb = t.head
        if t.dep_ == "dobj" and verb.lemma_.lower() in resolver.cues.joining_verbs | MEETING_VERBS:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            joined = tuple(dict.fromkeys((*resolver.subject_actors(verb), *names))) if subj is not None else ()
            found = joined if len(joined) == size else found
        found = names if len(names) == size else found
    return found
