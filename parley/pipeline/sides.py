"""Who "both sides" and "the two countries" are: two actors named together before.

"Both sides" are the two actors named together that the report names most (not those who urge
them), and so are "the two DGMOs" (``pair_nouns``); "the warring sides" the first pair; a government
official stands for their state in a pair, and the tail of a longer list ("X, the Arakan Army and the
TNLA") is no pair. "The two" alone, "each side" and the envoys' titles with "the" ("The Foreign Secretaries noted")
are the pair too (``pair_titles``), and "the three countries", "the four countries" the last list of that many.
A subject and the "with" partner of its talks are a pair as well ("Israel agreed a truce with Hamas"); a pair that
mediates, or that only says or urges what "both sides" do while another pair is named, is none
(:mod:`.side_outsiders`). A "we" (or "the parties") in a quote of a joint text or of a group phrase ('"We commit to a
ceasefire," the two sides said') stands for each party of the pair (docs/annotation.md, Joint statements).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from parley.pipeline.holder_companions import previous_subject
from parley.pipeline.holder_states import GOVERNMENT_BODIES
from parley.pipeline.side_outsiders import governing, outside, speaks_of

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
# First-person plural words of a joint statement's quote.
FIRST_PLURAL = {"we", "our", "us", "ours"}
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
        pairs = side_pairs(resolver, tok)  # "Aliyev held talks with Pashinyan ... The two agreed to"
        return pairs[-1] if pairs else ()
    # "the two DGsMO": the parser may take an acronym's plural for a singular name.
    plural = tok.tag_ in ("NNS", "NNPS") or tok.tag_ == "NNP" and bool(words & {"two", "both"})
    if lemma not in resolver.cues.side_nouns or not plural and "each" not in words:  # "Each side agreed to"
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
    pairs = side_pairs(resolver, tok)
    if not pairs:
        return ()
    if warring:
        return pairs[0]
    return most_named(resolver, tok, pairs)


def most_named(resolver: HolderResolver, tok: Token, pairs: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Of the pairs named before ``tok``, the one whose less-named side is named most, then the one named most in all;
    of equals the first."""
    before = Counter(m.actor_id for m in resolver.table.mentions if m.end <= tok.i)
    counts = Counter(pairs)
    best = max(range(len(pairs)), key=lambda k: (min(before[a] for a in pairs[k]), sum(before[a] for a in pairs[k]),
                                                 counts[pairs[k]], -k))
    return pairs[best]


def side_pairs(resolver: HolderResolver, tok: Token) -> list[tuple[str, ...]]:
    """The pairs named before ``tok`` that can be its sides, in text order: those named together and a subject with
    the "with" partner of its talks ("Israel agreed a truce with Hamas", "Kinshasa's talks with the M23"), but not a
    pair that says, urges or frames what the phrase does, nor one with a mediator in it (:mod:`.side_outsiders`)."""
    urging = _urging(resolver, tok)
    placed = _joined_pairs(resolver, tok, urging) + _partner_pairs(resolver, tok, urging)
    pairs = [p for _, p in sorted(placed, key=lambda x: x[0])] or _object_pairs(resolver, tok, urging)
    kept = [p for p in dict.fromkeys(pairs) if not outside(resolver, p)]
    others = governing(resolver, tok) if kept else set()
    # "The Afghan government and Taliban have announced that the first peace talks between the two sides will take
    # place": with no other pair named, the pair that says so speaks of itself.
    return [p for p in kept if not speaks_of(resolver, p, others)] or kept


def _partner_pairs(resolver: HolderResolver, tok: Token, urging: set[str]) -> list[tuple[int, tuple[str, ...]]]:
    """A subject and the "with" partner of its verb or of that verb's object, and an owner and the "with" partner of
    its talks ("Colombia's talks with the ELN"), named before ``tok``, with where each is named."""
    found = [(t.i, pair) for t in resolver.doc[:tok.i] if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")
             for w in _partners(t.head, tok) if (pair := _sides(resolver, (t, w), urging))]
    return found + [(t.i, pair) for t in resolver.doc[:tok.i] if t.dep_ == "poss" and t.head.pos_ == "NOUN"
                    for p in t.head.children if p.dep_ == "prep" and p.lower_ == "with" and p.i < tok.i
                    for w in p.children if w.dep_ == "pobj" and (pair := _sides(resolver, (t, w), urging))]


def _object_pairs(resolver: HolderResolver, tok: Token, urging: set[str]) -> list[tuple[str, ...]]:
    """"Nepal rejected Maoist demands for a new constitution ... Both sides said": with no pair named together and
    no talks partner, a subject and the party its verb's object names ("Maoist demands", "the rebels' offer")."""
    return [pair for t in resolver.doc[:tok.i] if t.dep_ == "nsubj" and t.head.pos_ == "VERB"
            for o in t.head.children if o.dep_ == "dobj" and o.i < tok.i
            for w in (o, *o.children) if w.dep_ in ("dobj", "poss", "compound", "amod", "nmod")
            and resolver.table.at(w) is not None and (pair := _sides(resolver, (t, w), urging))]


def _urging(resolver: HolderResolver, tok: Token) -> set[str]:
    """"Saudi Arabia and the US urge both parties to ...": who urges is not who is urged."""
    return {a for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
            for a in resolver.actors_of(c)} if tok.dep_ in ("dobj", "dative") else set()


def _joined_pairs(resolver: HolderResolver, tok: Token, urging: set[str]) -> list[tuple[int, tuple[str, ...]]]:
    """The pairs named together before ``tok``, with where each is named."""
    pairs: list[tuple[int, tuple[str, ...]]] = []
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
            pairs.append((t.i, pair))
    return pairs


def _sides(resolver: HolderResolver, words: tuple[Token, ...], urging: set[str]) -> tuple[str, ...]:
    """The two sides the words name (states, bodies, or a government official for their state), or ()."""
    people = {a.id: leader_state(resolver, a.id) for c in words if (a := resolver.table.get(resolver.named(c) or ""))
              is not None and a.type == "person" and a.sector in ("GOV", "MIL")}
    if len(words) == len(people) == 2 and (len(set(people.values())) < 2 or any(k == v for k, v in people.items())) \
            and not {resolver.state_for(v) for v in people.values()} <= {resolver.state_for(a) for a in urging}:
        # "Libya's Prime Minister Fayez al-Sarraj and Khalifa Haftar, the military commander": two officials of one
        # country (or one whose country is unknown) are two sides of its war, not one state.
        return tuple(sorted(people))
    found = [resolver.table.get(a) or resolver.collectives.pending.get(a or "")
             for a in (leader_state(resolver, resolver.named(c) or _governed(resolver, c)) for c in words)]
    if all(a is not None and a.type in ("state", "group", "organization", "person") for a in found) \
            and any(a is not None and a.type != "person" for a in found):
        sides = {resolver.state_for(a.id): a.id for a in reversed(found) if a}
        if len(sides) == 2 and not set(sides) <= {resolver.state_for(a) for a in urging}:
            return tuple(sorted(sides.values()))
    return ()


def _governed(resolver: HolderResolver, word: Token) -> str | None:
    """"The government of the Democratic Republic of Congo (DRC) signed a declaration ... with the M23": the state."""
    if word.lemma_.lower() not in GOVERNMENT_BODIES:
        return None
    return next((a for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and (a := resolver.named(o)) is not None), None)


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


def joint_speakers(resolver: HolderResolver, tok: Token) -> tuple[str, ...]:
    """A "we" in a quote spoken by a group phrase ('"We commit to a ceasefire," the two sides said') or by a joint text
    ('"We agree to ...," the joint statement said', after "Bush read a joint statement") stands for each party of the
    pair named before, not for the one who reads it out (docs/annotation.md, Joint statements); () otherwise."""
    words = {c.lower_ for c in tok.children}
    if tok.lower_ not in FIRST_PLURAL and not (tok.lemma_.lower() in resolver.cues.joint_subjects
                                               and tok.tag_ == "NNS" and words == {"the"}):
        return ()  # a "we", or "the parties" of the statement ("The parties noted ... and agreed to continue the work")
    for q in resolver.quotes:
        if q.span[0] <= tok.idx < q.span[1] and q.speaker_span is not None:
            said = resolver.doc.char_span(q.speaker_span[0], q.speaker_span[1], alignment_mode="expand")
            if said is None or not len(said):
                return ()
            if joint_text(resolver, said.root):
                pairs = side_pairs(resolver, said.root)
                pair = most_named(resolver, said.root, pairs) if pairs else ()
            elif q.speaker is None:
                # "the two sides said", "the foreign ministries of the two South Caucasus states said"
                named = [said.root, *(o for p in said.root.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                                      for o in p.children if o.dep_ == "pobj")]
                pair = next((found for w in named if (found := both_sides(resolver, w))), ())
            else:
                return ()
            return pair if len(pair) > 1 else ()
    return ()


def joint_text(resolver: HolderResolver, text: Token) -> bool:
    """A text issued in the name of two or more parties: "the joint statement", or "the statement" after "read a joint
    statement" in this sentence or the two before (``joint_words``)."""
    lemma = text.lemma_.lower()
    if lemma not in resolver.cues.document_nouns:
        return False
    if any(c.lower_ in resolver.cues.joint_words for c in text.children):
        return True
    start = text.sent.start
    for _ in range(PAIR_SENTENCES):
        if start > 0:
            start = resolver.doc[start - 1].sent.start
    return any(t.lemma_.lower() == lemma and any(c.lower_ in resolver.cues.joint_words for c in t.children)
               for t in resolver.doc[start:text.i])


def pair_phrase(resolver: HolderResolver, tok: Token) -> bool:
    """"both sides", "the two countries", "the warring parties": a phrase that names a pair, whether found or not."""
    words = {c.lower_ for c in tok.children}
    return tok.lemma_.lower() in resolver.cues.side_nouns and tok.tag_ in ("NNS", "NNPS") \
        and bool(words & {"both", "two"} or "the" in words and words & WARRING)


def unfound_pair(resolver: HolderResolver, tok: Token) -> bool:
    """"Under the deal, both sides agreed to ... They also promised": a "they" whose antecedent names a pair the
    report does not let us find stands for no one, not for the body named last."""
    subj = next((c for a in tok.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass") and c != tok
                 and c.pos_ != "PRON"), None) or previous_subject(tok)
    return subj is not None and pair_phrase(resolver, subj) and not both_sides(resolver, subj)
