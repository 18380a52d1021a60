"""Roles and title phrases for the actors stage (steps 3 and 4 of :mod:`parley.pipeline.actors`).

Titles before a name ("Presidential Spokesperson Ibrahim Kalın") and appositions ("Andrei Yarmak,
the head of the staff of Ukraine's president") give a person's role and country; definite title
phrases ("the presidential spokesperson") then refer back to the person whose role they name, and
indefinite ones with a state or body ("a Ukrainian negotiator") describe a person of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from parley import lexicon
from parley.pipeline.actor_posts import post_holder
from parley.pipeline.actor_repairs import body_named_before
from parley.pipeline.gazetteer import fold

if TYPE_CHECKING:
    from parley.pipeline.actors import ActorRecognizer, _Cluster
    from parley.pipeline.dictionary import Entry

# How many words before a name may hold the post it stands beside ("The UN envoy to Libya, Abdullah Batele").
NAME_WINDOW = 6
# Title words ("chairperson", "president"), from resources/titles.yaml.
TITLE_WORDS = frozenset(k for k in lexicon.mapping("titles.yaml") if " " not in k)
# Titles of those who speak for a body: "a spokesman for the Arakan Army" names the body in the role.
SPOKESMAN_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


class TitleReader:
    """Mixin of the actor builder: reads titles, appositions and title phrases."""

    doc: Doc
    rec: ActorRecognizer
    clusters: dict[str, _Cluster]
    taken: set[int]

    def _cluster(self, key: str, type_: str, **kw: Any) -> _Cluster:
        raise NotImplementedError

    def _entry_cluster(self, entry: Entry) -> _Cluster:
        raise NotImplementedError

    def _roles(self) -> None:
        doc = self.doc
        for c in self.clusters.values():
            if c.type != "person":
                continue
            for start, end, kind in list(c.mentions):
                if kind != "name":
                    continue
                role, country = self._title_before(start)
                if role is None:
                    role, country = self._apposition(doc[start:end])
                if role and not c.role:
                    c.role = role
                if country and not c.country:
                    c.country = country
                if role and not c.sector:
                    # "spokesman for the Arakan Army": the title's sector, not the body's
                    head = (_role_head(role) if " for " in role else role).lower().split()[-1]
                    c.sector = (self.rec.titles.get(head) or {}).get("sector")

    def _country_of(self, token: Token) -> str | None:
        hit = self.rec.dictionary.lookup(token.text)
        if hit and hit.entry.type == "state":
            return hit.entry.country
        if hit and hit.entry.country:
            return hit.entry.country
        return None

    def _title_before(self, start: int) -> tuple[str | None, str | None]:
        """"Ukrainian President" before "Volodymyr Zelenskyy": role and country."""
        doc = self.doc
        i = start - 1
        words: list[Token] = []
        country = None
        while i >= 0:
            t = doc[i]
            if t.is_punct or t.pos_ in ("DET", "VERB", "AUX", "ADP", "CCONJ", "PRON") or not t.text[:1].isupper():
                if t.tag_ == "POS" and i > 0:  # "Ukraine's President"
                    country = country or self._country_of(doc[i - 1])
                elif t.lower_ in SPOKESMAN_TITLES and all(self.rec._is_title(w) for w in words):
                    body = body_named_before(self.doc, i, self.rec.dictionary)
                    if body is not None:
                        return f"{body} {t.text}", None  # "RSF spokesman Karim Adel": the RSF's spokesman
                break
            cc = self._country_of(t)
            if cc and not self.rec._is_title(t):
                country = country or cc
                break
            words.insert(0, t)
            i -= 1
        if not words or not any(self.rec._is_title(t) for t in words):
            return None, country
        while words and not self.rec._is_title(words[-1]):
            words.pop()
        return (" ".join(t.text for t in words) or None), country

    def _apposition(self, span: Span) -> tuple[str | None, str | None]:
        """", the head of the staff of Ukraine's president,": the parser may hang the apposition on
        an earlier conjunct ("Zelenskyy and Yarmak, the head ..."), so it is taken by position."""
        doc = self.doc
        if span.end >= len(doc) or doc[span.end].text != ",":
            return None, None
        for t in doc[span.end + 1:min(span.end + 5, len(doc))]:
            if t.dep_ == "appos" and self.rec._is_title(t):
                words = []
                for w in t.subtree:
                    # "a spokesman for the Arakan Army": whom a spokesman speaks for is part of his role
                    if w.i > t.i and (w.is_punct or w.dep_ in ("relcl", "acl", "advcl")
                                      or (w.dep_ == "prep" and w.lower_ != "of"
                                          and not (w.lower_ == "for" and w.head == t and t.lower_ in SPOKESMAN_TITLES))):
                        break
                    if w.i >= t.i or w.dep_ != "det":
                        words.append(w)
                if not words:
                    return None, None
                self.taken.update(range(span.end + 1, words[-1].i + 1))
                country = next((self._country_of(w) for w in words if self._country_of(w)), None)
                return doc[words[0].i:words[-1].i + 1].text, country
        return None, None

    # title phrases ----------------------------------------------------------------------
    def _title_phrases(self) -> None:
        doc = self.doc
        for t in doc:
            if t.i in self.taken or not self.rec._is_title(t) or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper():
                continue  # part of a name ("President Zelenskyy")
            left = [c for c in t.lefts]
            det = next((c for c in left if c.dep_ == "det"), None)
            start = min(c.i for c in left) if left else t.i
            phrase = doc[start:t.i + 1]
            subject = t.dep_ in ("nsubj", "nsubjpass") or self._before_speech_verb(t) or (_cited(t) and not _named_later(t))
            state_poss = det is None and any(c.dep_ == "poss" and self._state_at(c.i) for c in left)
            if (det is not None and det.lower_ == "the" or state_poss) and not t.tag_.endswith("S"):
                if not self._definite_title(phrase, t) and subject:
                    self._unresolved_title(doc[start:self._post_modifier_end(t)], t)
            elif subject and (det is not None and det.lower_ in ("a", "an", "another") or (det is None and t.tag_ == "NNS")):
                # "a U.N. spokesperson said", "a senior official of the U.S. State Department said",
                # "Turkish diplomatic sources said": a described speaker of a state or body
                end = self._post_modifier_end(t)
                if not self._named_after(end):
                    self._described_person(doc[start:end], t)

    def _post_modifier_end(self, head: Token) -> int:
        """End of "spokesperson for the Ministry of Foreign Affairs": the head and its of/for/from
        phrase, which a comma ends ("A spokesman for Mr. Gbagbo, Seri Bahy, said": the name after
        the comma is the spokesman's own)."""
        end = head.i + 1
        # "a source in the Hamas movement", "a source close to the talks", "a source familiar with
        # the discussions" (Xinhua, AFP, CNN): what places an anonymous source is part of its name
        anonymous = head.lemma_.lower() in self.rec.anonymous_nouns or head.lower_ in self.rec.anonymous_nouns
        for child in head.rights:
            placed = anonymous and (child.dep_ == "prep" or child.dep_ in ("amod", "acl") and (child.pos_ == "ADJ" or child.tag_ == "VBN")
                                    and any(g.dep_ == "prep" for g in child.children))
            if child.i == end and (placed or child.dep_ == "prep" and child.lower_ in ("of", "for", "from", "at", "with")):
                end = max(w.i for w in child.subtree) + 1
                break
        comma = next((t.i for t in self.doc[head.i + 1:end] if t.text == ","), None)
        return comma if comma is not None else end

    def _named_after(self, end: int) -> bool:
        """Whether a title phrase ending at ``end`` is followed by the name of its holder set off by
        a comma ("A spokesman for Mr. Gbagbo, Seri Bahy, said")."""
        doc = self.doc
        return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN" \
            and doc[end + 1].text[:1].isupper() and doc[end + 1].ent_type_ == "PERSON"

    def _definite_title(self, phrase: Span, head: Token) -> bool:
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
            return True  # "The spokesperson for the military group, Zaw Min Tun,": named right there
        best: _Cluster | None = None
        best_pos = -1
        lemma = head.lemma_.lower()
        for c in self.clusters.values():
            if c.type != "person" or not c.role:
                continue
            # the role's own title, not the post it serves: "the Secretary-General" is not the
            # "Spokesman for the Secretary-General"
            role_words = _role_words(_role_head(c.role))
            if lemma not in role_words and head.lower_ not in role_words:
                continue
            before = [m for m in c.mentions if m[0] < phrase.start]
            if before and before[-1][0] > best_pos:
                best, best_pos = c, before[-1][0]
        best = best or post_holder(self.clusters, self.rec.titles, phrase, head)
        if best is not None:
            best.add(phrase, "title")
            self.taken.update(range(phrase.start, phrase.end))
        return best is not None

    def _demonym_at(self, i: int) -> bool:
        """Whether token ``i`` is a state's demonym ("Libyan media"), which describes a group without
        being its speaker."""
        return any(c.type == "state" and any(s <= i < e and kind == "demonym" and e - s == 1 for s, e, kind in c.mentions)
                   for c in self.clusters.values())

    def _state_at(self, i: int) -> str | None:
        return next((c.country for c in self.clusters.values() if c.type == "state"
                     and any(s <= i < e for s, e, _ in c.mentions)), None)

    def _unresolved_title(self, phrase: Span, head: Token) -> None:
        """A definite title that speaks and refers to no person before it: "Israel's foreign minister
        said ..." names the foreign minister of Israel whom the text names later; "the military source"
        describes a speaker of its own."""
        lemma = head.lemma_.lower()
        country = next((self._state_at(t.i) for t in phrase if self._state_at(t.i)), None)
        for c in self.clusters.values():
            if c.type == "person" and c.role and country and c.country == country:
                role_words = _role_words(c.role)
                if lemma in role_words and all(w.lower_.rstrip("s") in role_words for w in phrase
                                               if w.i < head.i and w.pos_ in ("ADJ", "NOUN") and self._state_at(w.i) is None):
                    c.add(phrase, "title")
                    self.taken.update(range(phrase.start, phrase.end))
                    return
        comma = phrase.end + 1 < len(self.doc) and self.doc[phrase.end].text == ","
        named = self._named_after(phrase.end) or comma and self._person_at(phrase.end + 1) \
            or self._holder_named_before(phrase, head, window=2 * NAME_WINDOW)
        if lemma in self.rec.anonymous_nouns or (lemma in self.rec.speaker_nouns and _serves(head) and not named):
            # "said the military source who spoke to AFP": a source is never named later; "The spokesperson
            # for the Ministry of Foreign Affairs in Qatar said": a speaker of its own, not whom it speaks for
            self._described_person(phrase, head)
        elif country is None:
            self._post_holder(phrase, head)

    def _post_holder(self, phrase: Span, head: Token) -> None:
        """'The Secretary-General welcomes the agreement', 'the UN chief said', 'the Secretary-General of the Arab
        League said': the head of a body, named only by the post, is a person of that body.  The body is the one
        named in the phrase; else the post's usual body (titles.yaml ``post_of``, the first of them the text
        names) when the text names it or, unless ``post_of_named`` (an envoy may be a state's), names no other
        international body ("the Secretary-General" of NATO is not the UN's)."""
        first = next((t for t in phrase if t.dep_ != "det"), None)
        if first is None or first.i > head.i:
            return
        after = phrase.end + 1 < len(self.doc) and self.doc[phrase.end].text == "," \
            and (self.doc[phrase.end + 1].ent_type_ == "PERSON" or self._person_at(phrase.end + 1))
        # "The UN envoy to Libya, Abdullah Batele, held ...": the parser may hang the name on the post's phrase
        named = any(t.dep_ == "appos" and (t.ent_type_ == "PERSON" or self._person_at(t.left_edge.i))
                    for t in head.subtree)
        if after or named or any(c.dep_ == "appos" for c in head.children) or self._holder_named_before(phrase, head):
            return  # "The head of the UN mission in South Sudan, Nicholas Haysom, said": the post is named
        bodies = [c for c in self.clusters.values() if c.type in ("organization", "group")
                  and any(phrase.start <= s < phrase.end for s, _, _ in c.mentions)]
        if len(bodies) > 1:
            return
        body = bodies[0] if bodies else None
        entry = self._post_entry(first, head, body)
        if body is None:
            body = self._usual_body(entry)
            if body is None and (entry.get("post_of_named") or not self._usual_body_implied(entry)):
                return
        elif not entry or body.sector != "IGO":
            return
        name = phrase[1:].text if phrase[0].dep_ == "det" else phrase.text
        c = self._cluster(f"desc:{fold(name)}", "person", name=name)
        c.sector = (body.sector if body else None) or entry.get("sector")
        c.country = body.country if body else None
        c.role = self.doc[first.i:head.i + 1].text
        c.add(phrase, "description")
        self.taken.update(range(phrase.start, phrase.end))

    def _holder_named_before(self, phrase: Span, head: Token, window: int = NAME_WINDOW) -> bool:
        """Whether an earlier name stood beside the same post ("The UN envoy to Libya, Abdullah Batele, held ..."
        before "The UN envoy noted"; "Spokesman of the Government delegation for peace talks Mohamed Al-Ta'yeshi"
        before "The Spokesman of the Government delegation said"): the post refers back to that person."""
        lemma = head.lemma_.lower()
        for c in self.clusters.values():
            if c.type != "person":
                continue
            for s, _, kind in c.mentions:
                if kind == "name" and s < phrase.start \
                        and any(t.lemma_.lower() == lemma for t in self.doc[max(0, s - window):s]):
                    return True
        return False

    def _person_at(self, i: int) -> bool:
        """Whether a person's name starts at token ``i`` ("The UN envoy to Libya, Abdullah Batele, held ...")."""
        return any(c.type == "person" and any(s == i for s, _, kind in c.mentions if kind == "name")
                   for c in self.clusters.values())

    def _post_entry(self, first: Token, head: Token, body: _Cluster | None) -> dict[str, Any]:
        """The titles.yaml entry of a post (``post`` or ``post_of``): its words ("the Secretary-General of the Arab
        League"), or with no body in the phrase its head word ("the bloc's foreign policy chief" -> chief).  A
        phrase naming its body in front ("the UN chief said") is left to the body, which speaks for it."""
        title = fold(self.doc[first.i:head.i + 1].text.replace(" - ", "-"))
        entry = self.rec.titles.get(title) or (self.rec.titles.get(head.lemma_.lower()) if body is None else None) or {}
        # a post one person holds ("chief", "envoy"), not one of many ("The UN official said": named before)
        return entry if entry.get("post") or entry.get("post_of") else {}

    def _usual_body(self, entry: dict[str, Any]) -> _Cluster | None:
        """The first of a post's usual bodies the text names ("the High Commissioner" with UNHCR named)."""
        usual = _listed(entry.get("post_of"))
        return next((c for n in usual for c in self.clusters.values() if c.name == n and c.mentions), None)

    def _usual_body_implied(self, entry: dict[str, Any]) -> bool:
        """Whether a post stands for its usual body though the text does not name it: the post has one and the
        text names no other international body ("The Secretary-General welcomes the agreement")."""
        usual = _listed(entry.get("post_of"))
        return bool(usual) and not any(c.type == "organization" and c.sector == "IGO" and c.name not in usual
                                       for c in self.clusters.values())

    def _described_person(self, phrase: Span, head: Token) -> None:
        country = None
        org: _Cluster | None = None
        for t in phrase:
            m = next((c for c in self.clusters.values() for s, e, _ in c.mentions if s <= t.i < e), None)
            if m is not None and m.type == "state":
                country = m.country
            elif m is not None and m.type in ("organization", "group"):
                org = m
        if country is None and org is None and not self._unnamed_speaker(phrase, head):
            return
        qualifier = next((c for c in self.clusters.values() if c.type == "state" and c.country == country), None)
        if phrase.end > head.i + 1:  # a post-modifier: keep the words as written, less the article
            name = phrase[1:].text if phrase[0].dep_ == "det" else phrase.text
        else:
            words = [w.text for w in phrase if w.dep_ != "det" and w.pos_ != "ADJ" or self._country_of(w)]
            name = " ".join(words)
        if head.tag_ == "NNS":
            # "U.N. officials said", "Turkish diplomatic sources said": the body itself speaks
            body = qualifier if country else org
            bodies = {c.key for t in phrase for c in self.clusters.values() for s, e, _ in c.mentions if s <= t.i < e}
            if body is not None and len(bodies) == 1 and not any(t.dep_ == "cc" for t in phrase):
                body.add(phrase, "description")
                self.taken.update(range(phrase.start, phrase.end))
            return
        c = self._cluster(f"desc:{fold(name)}", "person", name=name)
        c.country = country or (org.country if org else None)
        # "a rebel spokesman": the modifier tells the side before the title does
        rebel = next((w for w in phrase if w.i < head.i and self.rec.org_sectors.get(w.lower_) == "REB"), None)
        c.sector = ("REB" if rebel is not None else None) or (self.rec.titles.get(head.lemma_.lower()) or {}).get(
            "sector") or (org.sector if org else None)
        c.role = head.lemma_.lower()
        c.add(phrase, "description")
        self.taken.update(range(phrase.start, phrase.end))


    def _unnamed_speaker(self, phrase: Span, head: Token) -> bool:
        """'a government source told AFP', 'said a spokesman for the army': a person who speaks
        unnamed and for no state or body the text names is still the speaker of what follows."""
        verb, outer = head.head, head.head.head
        # "an army spokesman was quoted as saying"; "a rebel spokesman, asked if ..., said", whose
        # subject the parser hangs on the participle between commas
        speaks = (head.dep_ == "nsubj" and verb.lemma_.lower() in self.rec.speech_verbs) \
            or self._before_speech_verb(head) or (head.dep_ == "nsubjpass" and verb.lemma_.lower() == "quote") or _cited(head) \
            or (verb.dep_ in ("parataxis", "advcl") and outer.i > verb.i and outer.lemma_.lower() in self.rec.speech_verbs)
        return (head.tag_ in ("NN", "NNP") and speaks and len(phrase) > 2
                and (self.rec.titles.get(head.lemma_.lower()) or {}).get("sector") != "CVL")

    def _before_speech_verb(self, head: Token) -> bool:
        """'Hamas wants a ceasefire, a Palestinian official close to the group told AFP': a phrase
        right before a speech verb is its subject, whatever the parser hung it on."""
        end = head.right_edge.i + 1
        return end < len(self.doc) and self.doc[end].pos_ == "VERB" and self.doc[end].lemma_.lower() in self.rec.speech_verbs


def _cited(head: Token) -> bool:
    """'According to a police spokesman interviewed on state-run TVM, ...': the phrase names a speaker."""
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def _named_later(head: Token, sentences: int = 4) -> bool:
    """'According to an OHCHR spokesperson, ... OHCHR spokesperson Ravina Shamdasani said': the title
    is printed before a person's name in the next sentences, the one person it describes."""
    doc, end = head.doc, head.sent.end
    for _ in range(sentences):
        end = doc[end].sent.end if end < len(doc) else end
    return any(t.lemma_ == head.lemma_ and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"
               and doc[t.i + 1].text.istitle() for t in doc[head.i + 1:end])


def _serves(head: Token) -> bool:
    """Whether a title names whom it speaks for after it ("the spokesperson for the Afghan president")."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in head.rights)


def _listed(value: object) -> list[str]:
    """A titles.yaml value that is one name or a list of them, as a list."""
    if not value:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _role_head(role: str) -> str:
    """The title of a role before the post or body it serves: "Spokesman for the Secretary-General"
    -> "Spokesman"; "Minister of Foreign Affairs" -> "Minister"."""
    words = role.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in ("for", "of", "to", "at")), len(words))
    return " ".join(words[:cut])


def _role_words(role: str) -> set[str]:
    """The words of a role, lower case and singular: "deputy foreign ministers" -> {deputy, foreign, minister}."""
    return {w.lower().rstrip("s") for w in role.replace("-", " ").split()}
