"""Actors the builder finds without a name of their own: groups that speak together ("witnesses told
AFP"), a state's military ("the military said"), and the office of a person ("his office said"); and
"persons" the model cut from a longer name: half of a person's name ("Abdu Rabu" before "Mansour
Hadi") or a body's name spelled out before its acronym ("Jama'at Nusrat al-Islam wal Muslimin (JNIM)")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from parley.pipeline.actor_repairs import bracketed_acronym_after, kind_noun
from parley.pipeline.actor_titles import TitleReader
from parley.pipeline.gazetteer import fold
from parley.pipeline.quote_marks import find_quotes

if TYPE_CHECKING:
    from parley.pipeline.actors import _Cluster

# Nouns for the office that speaks for a person ("his office said", "the president's office").
OFFICE_NOUNS = {"office"}
# Possessive pronouns that can name an office's holder.
PERSON_POSSESSIVES = {"his", "her"}
# "the military said" with no military named: the armed forces of the one state whose demonym
# describes the fighting ("Israeli air strikes", "Russian troops").
MILITARY_NOUNS = {"military", "army"}
# Sectors of the kind nouns that make an untagged name beside them a body ("news agency WAM").
KIND_SECTORS = {"MED", "BUS"}
FIGHTING_HEADS = {"strike", "airstrike", "force", "troop", "army", "military", "soldier", "shelling", "attack",
                  "bombardment", "jet", "warplane", "drone", "raid", "offensive", "missile"}


class BodyReader(TitleReader):
    """Mixin of the actor builder: unnamed speaking groups, a state's military and persons' offices."""

    # speaking groups -------------------------------------------------------------------
    def _speaking_groups(self) -> None:
        """'Witnesses told AFP', 'Sources said', 'rights groups accuse': people who speak together,
        unnamed and for no actor the text names, are a group actor of their own."""
        doc = self.doc
        quoted = {i for q in find_quotes(doc.text) for i in range(q.open_at, (q.close_at or q.end) + 1)}
        for t in doc:
            if not (t.tag_ == "NNS" or t.lower_ == "media") or t.pos_ != "NOUN" or t.i in self.taken \
                    or t.lemma_.lower() in self.rec.non_speaker_nouns or t.lower_ in self.rec.non_speaker_nouns \
                    or t.idx in quoted:  # "according to official data" (lemma "datum")
                continue
            according = t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.i > 0 and doc[t.head.i - 1].lower_ == "according"
            verb = t.head
            if verb.lemma_.lower() not in self.rec.speech_verbs:
                # "Witnesses attested to the attack and said that ...": the subject of both verbs
                verb = next((c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in self.rec.speech_verbs
                             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), verb)
            if according:
                pass  # "according to Libyan media", "according to Turkish diplomatic sources"
            elif t.dep_ != "nsubj" or verb.lemma_.lower() not in self.rec.speech_verbs or verb.i < t.i \
                    or any(w.text == "," for w in doc[t.i + 1:verb.i]) \
                    and not all(w.is_punct or w.dep_ == "advmod" for w in doc[t.i + 1:verb.i]):
                # not "thanks to which ..., Tymoshenko said": a subject joined to its verb, or set off
                # only by an adverb ("Residents, however, said")
                continue
            elif not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) and not any(
                    doc[j].idx in quoted or doc[j].is_quote for j in range(max(0, t.left_edge.i - 3), t.left_edge.i)):
                continue  # "both republics declared independence": no statement reported
            start = t.i
            while start > 0 and doc[start - 1].dep_ in ("amod", "compound", "cc", "conj") and doc[start - 1].head.i <= t.i \
                    and doc[start - 1].is_alpha:
                start -= 1  # "local and international organisations"
            while doc[start].dep_ in ("cc", "conj"):
                start += 1
            if start > 0 and (doc[start - 1].text == "-" or doc[start - 1].i in self.taken) \
                    or any(c.dep_ == "poss" or c.lower_ in ("the", "these", "those") for c in t.children):
                # "Houthi-run media", "AFP's reporters", "AFP reporters": what they speak for decides;
                # "the rebels said" refers back to rebels named before
                continue
            if any(i in self.taken and not self._demonym_at(i) for i in range(start, t.i + 1)) or any(
                    c.dep_ == "prep" and any(i in self.taken for i in range(c.i, c.right_edge.i + 1))
                    for c in t.rights):
                continue  # "officials of the ministry": the body named decides
            phrase = doc[start:t.i + 1]
            c = self._cluster(f"group:{fold(phrase.text)}", "group", name=phrase.text)
            c.add(phrase, "description")
            self.taken.update(range(start, t.i + 1))

    # a group's name as a modifier --------------------------------------------------------
    def _singular_modifiers(self) -> None:
        """'Nepal rejected Maoist demands for a new constitution', after 'the Maoists': a group named by a
        plural word is named by its singular too where that modifies a noun ("Maoist demands", "Maoist rebels")."""
        doc = self.doc
        plural = {c.name[:-1]: c for c in self.clusters.values() if c.type in ("group", "organization")
                  and len(c.name.split()) == 1 and c.name.endswith("s") and c.name[:1].isupper() and len(c.name) > 4}
        for t in doc:
            c = plural.get(t.text)
            if c is not None and not any(s <= t.i < e for k in self.clusters.values() for s, e, _ in k.mentions) \
                    and t.dep_ in ("compound", "amod", "nmod") \
                    and t.head.pos_ == "NOUN" and t.head.i > t.i:
                c.add(doc[t.i:t.i + 1], "alias")
                self.taken.add(t.i)

    # the military ----------------------------------------------------------------------
    def _state_military(self) -> None:
        """'the military said it targeted militants': when no military is named, the armed forces of
        the one state whose demonym describes the fighting ("Israeli air strikes")."""
        doc = self.doc
        if any(c.sector == "MIL" and c.type in ("organization", "group") for c in self.clusters.values()):
            return
        subjects = [t for t in doc if t.lower_ in MILITARY_NOUNS and t.i not in self.taken and t.dep_ == "nsubj"
                    and t.head.lemma_.lower() in self.rec.speech_verbs
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)]
        if not subjects:
            return
        fighting = {c.key: (c, doc[s]) for c in self.clusters.values() if c.type == "state"
                    for s, e, kind in c.mentions if kind == "demonym" and e - s == 1
                    and doc[s].head.lemma_.lower() in FIGHTING_HEADS}
        if len(fighting) != 1:
            return
        state, demonym = next(iter(fighting.values()))
        army = self._cluster(f"military:{state.key}", "organization", name=f"{demonym.text} military",
                             country=state.country, sector="MIL")
        for t in subjects:
            army.add(doc[t.i - 1:t.i + 1] if doc[t.i - 1].lower_ == "the" else doc[t.i:t.i + 1], "description")
            self.taken.update({t.i - 1, t.i})

    # offices ---------------------------------------------------------------------------
    def _offices(self) -> None:
        """'his office said', "the president's office", 'the office of President X': the office of
        a person of the document, an organization that speaks for its holder."""
        doc = self.doc
        for t in doc:
            if t.lower_ not in OFFICE_NOUNS or t.i in self.taken or t.pos_ != "NOUN":
                continue
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            owner: _Cluster | None = None
            pobj: Token | None = None
            if poss is not None and poss.lower_ in PERSON_POSSESSIVES:
                owner = self._holder_before(poss)
            elif poss is not None:
                owner = self._person_at(poss.i)
            else:
                of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                owner = self._person_at(pobj.i) if pobj is not None else None
            if owner is None:
                continue
            end = pobj.right_edge.i + 1 if poss is None and pobj is not None else t.i + 1
            phrase = doc[t.left_edge.i:end]
            office = self._office_of(owner)
            office.mentions.append((t.i, t.i + 1, "description"))
            for form in (phrase.text, phrase[1:].text if phrase[0].dep_ == "det" else ""):
                if len(form.split()) > 1 and form not in office.forms and form != office.name:
                    office.forms.append(form)
            self.taken.add(t.i)

    def _office_of(self, owner: _Cluster) -> _Cluster:
        names = [owner.name, *owner.forms, *(owner.entry.aliases if owner.entry else ())]
        for n in names:
            hit = self.rec.dictionary.lookup(f"{n}'s office")
            if hit is not None and hit.entry.type == "organization":
                return self._entry_cluster(hit.entry)  # "Zelenskyy's office": a known body
        short = owner.name.split()[-1] if owner.type == "person" else owner.name
        c = self._cluster(f"office:{owner.key}", "organization", name=f"{short}'s office",
                          country=owner.country, sector="GOV")
        if not c.forms:
            c.forms.append(f"{owner.name}'s office")
        return c

    def _kind_named_bodies(self) -> None:
        """Names the model did not tag that a noun of a medium or a company stands beside: "official
        news agency WAM reported", "Colombia's Vanguardia newspaper reported", "oil company Ecopetrol"."""
        doc, i = self.doc, 0
        while i < len(doc):
            t = doc[i]
            if t.i in self.taken or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ or not t.is_alpha:
                i += 1
                continue
            end = i + 1
            while end < len(doc) and end not in self.taken and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                    and doc[end].text[:1].isupper() and not doc[end].ent_type_:
                end += 1
            kind = kind_noun(doc[i:end], self.rec.org_sectors)
            sector = self.rec.org_sectors.get(kind.lower_) if kind is not None else None
            if sector in KIND_SECTORS and not self.rec.dictionary.lookup(doc[i:end].text):
                span = doc[i:end]
                c = self._cluster(f"org:{fold(span.text)}", "organization", name=span.text, sector=sector)
                c.add(span, "name")
                self.taken.update(range(i, end))
            i = end

    def _joined_name(self, ent: Span) -> bool:
        """A "person" that is the first half of a name read on ("Abdu Rabu" + "Mansour Hadi") or the
        spelled-out name of a body whose acronym follows in brackets ("Jama'at Nusrat al-Islam wal
        Muslimin (JNIM)"): a mention of that person or body."""
        doc = self.doc
        c, end = self._person_at(ent.end, names_only=True), ent.end
        if c is not None:
            end = next(e for s, e, _ in c.mentions if s <= ent.end < e)
        acr = bracketed_acronym_after(ent, 3)
        hit = self.rec.dictionary.lookup(acr.text) if acr is not None else None
        if c is None and hit is not None and hit.entry.type in ("organization", "group") \
                and fold(ent.text)[:1] == acr.text[:1].lower():
            c, end = self._entry_cluster(hit.entry), acr.start - 1
        if c is None:
            return False
        c.add(doc[ent.start:end], "name")
        self.taken.update(range(ent.start, end))
        return True

    def _person_at(self, i: int, names_only: bool = False) -> _Cluster | None:
        return next((c for c in self.clusters.values() if c.type == "person" and any(
            s <= i < e and (kind == "name" or not names_only) for s, e, kind in c.mentions)), None)

    def _holder_before(self, pronoun: Token) -> _Cluster | None:
        """The person "his office" belongs to: the subject of its sentence when a person ("Kalın met
        Zelenskyy in Kyiv, his office said"), else the last person named in the sentence or the one
        before."""
        doc = self.doc
        sent = pronoun.sent
        sents = [sent]
        if sent.start > 0:
            sents.insert(0, doc[sent.start - 1].sent)
        for s in reversed(sents):
            found: list[tuple[Token, _Cluster]] = []
            for t in s:
                if t.i >= pronoun.i:
                    break
                c = self._person_at(t.i, names_only=True)  # not a title inside a quote
                if c is not None and (not found or found[-1][1] is not c or t.i > found[-1][0].i + 1):
                    found.append((t, c))
            subject = next((c for t, c in found if t.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
            if found:
                return found[-1][1]
        return None
