"""Who holds a stance: the actor behind a subject, a possessive, a pronoun or "both sides".

Pronouns (:mod:`parley.pipeline.holder_pronouns`): "we" and "our" are the speaker of the quote they stand in,
a government official's "we" is their state, and a spokesman's, negotiator's or envoy's the non-state body the title
beside their name names (:mod:`parley.pipeline.holder_voices`, the speaker an optional copy); "he" is the nearest person before; "it" and "its" the
subject of the clause they hang from, else the nearest state or organization (a spokesman's "they" is the body his title names); "his group" and "the movement" the body
named last, "the government" the state named last, else the state whose government the report names, and
"Palestinians" their state (:mod:`parley.pipeline.holder_states`); "by stressing" has its verb's subject;
"both sides" and "the two countries" a pair named before (:mod:`parley.pipeline.sides`). A group's own name comes
before the country it is in, a name it is "known as" before what it is called, and a dateline the
parser took for a subject ("PUTRAJAYA, Malaysia (TNA) – Thailand and Cambodia") is skipped. A body
named by a plural noun ("rights groups") is a collective holder (:mod:`parley.pipeline.collectives`);
a government body's stance is its state's. An unnamed "spokesman for rebel groups" speaks for the rebels, and a
rebel leader's "his group" is his movement: neither is ever a state. "The ministry" is the ministry named
before, as its state's; what a speaker says another "must" do is the speaker's demand. An unnamed official qualified
by a state speaks for it, and "the army" is the one state armed force named before (:mod:`parley.pipeline.holder_states`).
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.models import Actor
from parley.pipeline import holder_companions as coparty
from parley.pipeline.holder_antecedents import issued_text, text_authors
from parley.pipeline.holder_context import (
    apposed_name,
    by_means,
    is_dateline,
    issued_before,
    stationed_in,
    unnamed_body_before,
)
from parley.pipeline.holder_peoples import people_fighters, people_group
from parley.pipeline.holder_pronouns import PERSONAL, PronounResolver
from parley.pipeline.holder_states import (
    GOVERNMENT_BODIES,
    administered_state,
    armed_forces_before,
    bare_fighters,
    body_owner,
    bracketed_name,
    conjoined_titles,
    dateline_subject,
    described,
    fighters_group,
    governed_states,
    has_perfect,
    inserted,
    is_state,
    joint_authors,
    known_as,
    listed_apposition,
    named_after_post,
    named_rebels,
    official_state,
    partitive_of,
    people_state,
    ruling_state,
    spoken_for,
    state_named,
    titled_before,
)
from parley.pipeline.holder_voices import shared_title, titled_person
from parley.pipeline.sides import both_sides, joint_speakers, possessive_pair, side_pairs, unfound_pair

RELATIVE = {"which", "who", "that", "whom"}
PLURAL = {"they", "them", "their", "theirs"}
# Which modifier names the actor first: an apposed name, then the noun's own name ("DR Congo's M23 rebel group" is M23),
# then a demonym or possessive (where it is from); "the Trump administration" is the leader's state.
MODIFIER_ORDER = {"appos": 0, "compound": 1, "nmod": 1, "amod": 2, "poss": 3}
OBLIGATION = {"must", "should"}  # modals by which a speaker says what another must do


class HolderResolver(PronounResolver):
    """Resolves the noun phrases of one document to actor ids."""

    def subject_actors(self, verb: Token) -> tuple[str, ...]:
        """The actors that are the subject of a verb, following conjuncts, infinitives and participles."""
        v = verb
        # "UNHCR said that Afghanistan's neighbours must accept refugees": what one says another must do is its demand.
        clause = v
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head  # "Kyiv must accept ... and must recognise"
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.cues.speech_verbs and any(
                c.dep_ == "aux" and c.lower_ in OBLIGATION for c in v.children):
            speaker = self.subject_actors(clause.head)
            subject = next((c for t in (v, clause) for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if speaker and (subject is None or not set(speaker) & set(self.actors_of(subject))):
                return speaker
        perfect = False  # a conjoined "has called for" met on the way up
        for _ in range(6):
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            # "was rejected by X"; "the plan, rejected by X": the agent is the subject.
            if agent is not None and (any(c.dep_ == "auxpass" for c in v.children) or (v.dep_ == "acl" and v.tag_ == "VBN")):
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                return self.actors_of(obj) if obj is not None else ()
            # "Ankara has been mediating": the parser may hang the subject on an auxiliary.
            subjects = [c for t in (v, *(a for a in v.children if a.dep_ in ("aux", "auxpass") and a.i < v.i))
                        for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "MOSCOW, (RIA Novosti) – The Syrian government is not ready": the dateline is no subject.
            # "Sanna : Yemen's Houthis welcome ...": of two subjects, a place opening the line before a colon is a dateline.
            subj = next((c for c in subjects if not is_dateline(c) and not (
                len(subjects) > 1 and c.i == c.sent.start and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ":")),
                subjects[0] if subjects else None)
            if subj is not None and inserted(subj) and (speaker := self.speaker(subj, quoted_only=True)) \
                    and {self.state_for(a) for a in self.actors_of(subj)} & {self.state_for(a) for a in (
                        speaker, self.affiliation(speaker), self._body_of(speaker)) if a}:
                # '"(the opposition) will attend," Guaido said': the speaker's "we", their own side in brackets
                return tuple(dict.fromkeys((speaker, *self.actors_of(subj))))
            if subj is not None:
                # of two subjects, the one naming an actor; "the statement by the Egyptian foreign ministry called for": its author.
                found = self.actors_of(subj) or self._authors(subj) or next(
                    (found for c in reversed(subjects) if c != subj and (found := self.actors_of(c))), ())
                if not found and perfect and v.dep_ == "ccomp" and subj.pos_ == "NOUN" and not has_perfect(v):
                    # "X has said that the document needs to be replaced and has called for a referendum": the
                    # parser joins the second "has" clause to the reported one; it is the sayer's.
                    v, perfect = v.head, False
                    continue
                return tuple(dict.fromkeys((*found, *(a for c in coparty.companions(subj, v, self.cues.joining_verbs)  # "as did X"
                                                      for a in self.actors_of(c))))) if found else found
            perfect = perfect or (v.dep_ == "conj" and has_perfect(v))
            if v.dep_ == "xcomp":
                # "urges all Ethiopians to support": the object, not the subject, is who supports.
                obj = next((c for c in v.head.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return self.actors_of(obj)
            # "Russia says will not accept ...": a headline's clause without its subject is the speaker's.
            said = v.dep_ == "ccomp" and v.head.lemma_.lower() in self.cues.speech_verbs and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "can", "ca") for c in v.children)
            if (said or v.dep_ in ("conj", "xcomp", "advcl", "acomp", "acl") or by_means(v)
                    or coparty.joined_in(v, self.cues.joining_verbs)) and v.head != v:
                # "Ban opened a new effort to end the war, urging the parties to ...": past the object's clause.
                # Only an effort of the subject's own ("purpose_nouns"), not "fought off pressure to accept a truce";
                # "The groups issued a statement urging the government to ...": the issuers'.
                v = v.head.head if v.dep_ == "pcomp" or v.dep_ == "acl" and v.head.dep_ == "dobj" and (
                    v.head.lemma_.lower() in self.cues.purpose_nouns or issued_text(v.head, self.cues)) else v.head
                continue
            return ()
        return ()

    def _authors(self, text: Token) -> tuple[str, ...]:
        """Who a text noun's "by"/"from" phrase names ("a statement from the ministry"), or none."""
        if text.lemma_.lower() not in self.cues.document_nouns:
            return ()
        return next((found for p in text.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                     for o in p.children if o.dep_ == "pobj" and (found := self.actors_of(o))), ()) \
            or issued_before(text, self.cues.issuing_verbs, self.subject_actors,  # "issued a statement. The statement urged"
                             lambda t: self.table.at(t) is not None, self._authors)

    def is_actor_phrase(self, tok: Token) -> bool:
        """The phrase headed here names an actor ("the Russian side", "them"), not an issue."""
        if tok.pos_ == "PRON" or self.table.at(tok) is not None or self.collectives.is_collective(tok):
            return True
        lemma = tok.lemma_.lower()
        # "they needed self-government": the rule of a people by itself, no body
        return (lemma in self.cues.body_nouns or lemma in self.cues.group_nouns) and tok.pos_ == "NOUN" and not any(
            c.dep_ == "compound" and c.lower_ == "self" for c in tok.children)

    def actors_of(self, tok: Token) -> tuple[str, ...]:
        """The actors a noun phrase refers to, with its conjuncts ("Russia and Ukraine agreed") and
        the "of" phrase of a group noun ("delegations of Russia and Ukraine")."""
        pair = both_sides(self, tok) or joint_speakers(self, tok)  # '"We commit to a ceasefire," the two sides said'
        if pair:
            return pair
        if (of := partitive_of(tok)) is not None:
            return self.actors_of(of)  # "All of us call on the parties": the speaker's "us"
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl" and tok.head.head.lower_ not in RELATIVE | PLURAL:
            return self.actors_of(tok.head.head)  # "Kigali, which denies supporting M23"
        joint = joint_authors(tok, self.table, self.cues.document_nouns)
        if joint:
            return tuple(dict.fromkeys(self.state_for(a) for a in joint))  # "a joint US-Saudi statement said"
        if (tok.lower_ == "both" or tok.lower_ in PLURAL and any(c.lower_ == "both" for c in tok.children)) \
                and tok.dep_ in ("nsubj", "nsubjpass"):  # "Both agreed", "they both emphasized"
            pairs = side_pairs(self, tok)
            if pairs:
                return pairs[-1]  # "Vucic and Kurti met ... Both agreed that": the pair named last
        if tok.lower_ in PLURAL:
            plural = self._plural(tok)
            if plural or unfound_pair(self, tok):
                return plural
        if (texts := text_authors(tok, self.cues.document_nouns, self._authors, self.subject_actors)) is not None:
            return tuple(dict.fromkeys(self.state_for(a) for a in texts))  # "the joint statement said. It urged"
        dated = dateline_subject(tok, self.table)
        if dated is not None:
            return self.actors_of(dated)  # "PUTRAJAYA, Malaysia (TNA) – Thailand and Cambodia have agreed"
        found: list[str] = []
        for t in (tok, *tok.conjuncts, *listed_apposition(tok, self.table, self.actor_of), *conjoined_titles(tok, self.actor_of), *possessive_pair(tok)):
            if shared_title(t, self.table):
                continue  # "Former Nigerian president and AU envoy Olusegun Obasanjo": the envoy, not Nigeria
            actor = self.actor_of(t)
            # "the Emir of Qatar"; "King Mohammed VI of Morocco", a name the actors stage did not take, with its title
            title = actor is None and (t.lemma_.lower() in self.cues.title_nouns or t.pos_ == "PROPN" and any(
                c.dep_ == "compound" and c.lemma_.lower() in self.cues.title_nouns for c in t.children))
            if t.lemma_.lower() in self.cues.group_nouns or actor in self.collectives.pending or described(t, self.table) \
                    or title:
                # "delegations of Russia and Ukraine", "representatives from Congo and Rwanda": the states
                # they come from, even when the whole phrase was taken for an actor of its own; "the Emir of Qatar".
                prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
                members = [a for o in (obj, *obj.conjuncts) if (a := self.actor_of(o))] if obj is not None else []
                if obj is not None and not members:
                    members = list(both_sides(self, obj))  # "representatives from the two countries"
                if not members and actor is None:
                    members = named_after_post(t, self.table, self.actor_of)
                found.extend(members or stationed_in(t, actor, self.table) or ([actor] if actor else []))  # "leaders in Mali, ..."
            elif actor is not None:
                found.append(actor)
            # "Congo and M23 rebels": a conjoined modifier names an actor of its own.
            # "Egyptian and Qatari mediators": each conjoined demonym too.
            for c in t.children:
                if c.dep_ in ("nmod", "compound", "amod") and c.i < t.i and any(k.dep_ == "conj" for k in c.children):
                    # "government and MILF officials": a bare "government" is the one state whose government is named.
                    ruled = governed_states(self.doc, self.table)
                    named = [a for k in (c, *c.conjuncts) if (a := self.actor_of(k) or (ruled.copy().pop() if len(ruled) == 1
                             and k.lemma_.lower() in GOVERNMENT_BODIES and not any(
                                 x.dep_ in ("det", "poss", "amod", "compound") for x in k.children) else None))]
                    if named and actor in found and (actor in self.collectives.pending or described(t, self.table)):
                        found.remove(actor)  # "Egyptian and Qatari mediators" are Egypt and Qatar, no body of their own
                    found.extend(named)
        if not found or all(a in self.collectives.pending for a in found) or (len(found) == 1 and described(tok, self.table)):
            # "the main opposition groups, including the SPLM-IO, refused": the members it names.
            members = [o for c in tok.children if c.dep_ == "prep" and (c.lower_ in ("including", "among") or c.lower_ == "as"
                                                                         and any(k.lower_ == "such" for k in c.children))
                       for o in c.children if o.dep_ == "pobj"]
            found = [a for o in members for a in self.actors_of(o)] or found
        return tuple(dict.fromkeys(self.state_for(a) for a in found))

    def state_for(self, actor_id: str) -> str:
        """A government body's stance is its state's ("Qatar's foreign ministry" holds what Qatar holds)."""
        actor = self.table.get(actor_id)
        if actor is not None and actor.type == "organization" and actor.sector in ("GOV", "MIL"):
            return self.table.state_of(actor_id) or state_named(actor_id, self.table, self.doc) or actor_id
        if actor is not None and actor.type == "organization" and actor.sector is None \
                and GOVERNMENT_BODIES & set(actor.name.lower().split()):
            return state_named(actor_id, self.table, self.doc) or actor_id  # "The Foreign Ministry of Syria": Syria's
        return official_state(actor_id, self.table, self.doc) or actor_id  # "An Israeli government representative"

    def _plural(self, tok: Token) -> tuple[str, ...]:
        """"they", "them": the conjoined subject of the clause they hang from, else of the sentence before."""
        for anc in tok.ancestors:
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c != tok
                         and c.lower_ not in RELATIVE), None)
            # "met with X", "exchanged views with X": the "with" partner, on the verb or its object.
            partners = [a for h in (anc, *(c for c in anc.children if c.dep_ == "dobj")) for p in h.children
                        if p.dep_ == "prep" and p.lower_ == "with"
                        for o in p.children if o.dep_ == "pobj" for a in self.actors_of(o)]
            if subj is not None and subj.lower_ in PERSONAL and partners:
                # "he exchanged views with the French ambassador ..., while renewing their commitment": both.
                pair = tuple(dict.fromkeys((*self.actors_of(subj), *partners)))
                return pair if len(pair) > 1 else ()
            if subj is not None and subj.pos_ != "PRON":
                actors = self.actors_of(subj)
                if not actors or coparty.owned_only(subj, self.table):
                    continue  # "both countries recognised that terrorism posed ... and they reiterated": no actor, go on up
                return actors if len(actors) > 1 else ()
        prev = coparty.previous_subject(tok)  # "The two leaders agreed to X. They agreed to Y": the pair before
        return actors if prev is not None and len(actors := self.actors_of(prev)) > 1 else ()

    def _named_body(self, tok: Token) -> str | None:
        """"The Foreign Ministry of Syria condemned ... The ministry once again underscored": the body named
        before by that noun, as its state's, not the state named last."""
        if tok.lemma_.lower() == "government":
            return None
        named = [a.id for m in self.table.mentions if m.end <= tok.i and (a := self.table.get(m.actor_id)) is not None
                 and a.type == "organization" and tok.lemma_.lower() in a.name.lower().split()]
        return self.state_for(named[-1]) if named else None

    def _fighters_within(self, tok: Token) -> str | None:
        """"rebel groups" inside the description of their spokesman: the one rebel group the report names, else
        the rebels as a body of their own; None for a body that is no armed group."""
        words = [*(c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i), tok]
        if not any(w.lemma_.lower() in self.cues.fighter_nouns for w in words):
            return None
        rebels = named_rebels(self.table)
        if len(rebels) == 1:
            return rebels[0]
        span = tok.doc[words[0].i:tok.i + 1]
        return self.collectives.body(f"fighters {span.text.lower()}", Actor(id="", name=span.text, type="group",
                                     sector="REB"), span.start, span.end, tok.doc)

    def named(self, tok: Token) -> str | None:
        """The actor a word names itself or through the name before it ("Myanmar's army")."""
        m = self.table.at(tok)
        if m is None:
            named = sorted((c for c in tok.children if c.dep_ in MODIFIER_ORDER), key=lambda c: MODIFIER_ORDER[c.dep_])
            m = next((m for c in named if (m := self.table.at(c)) is not None), None)
        if m is None and tok.pos_ == "NOUN" and self.collectives.is_collective(tok):
            return self.collectives.holder(tok)  # "an alliance of ethnic minority armed groups"
        return m.actor_id if m is not None else None

    def actor_of(self, tok: Token) -> str | None:
        """The actor a noun refers to: its own mention, a modifier's, a pronoun's referent."""
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            return self._pronoun(tok)
        dated = dateline_subject(tok, self.table)
        if dated is not None:
            return self.actor_of(dated)
        body = spoken_for(tok, self.table)
        if body is not None:
            # "A spokesman for rebel groups ... said they had accepted": the body he speaks for, by its name
            # or, where the description took it in, by what it is.
            if self.table.at(body) is None or self.table.at(body) != self.table.at(tok):
                return self.actor_of(body)
            return self._fighters_within(body)
        group = fighters_group(tok, self.table) if tok.lemma_.lower() in self.cues.fighter_nouns else None
        if group is not None:
            return group  # "Colombia's rebels from the National Liberation Army (ELN)"
        titled = titled_before(tok, self.table)
        if titled is not None:
            return titled  # "the Turkish Cypriot leader", after "Turkish Cypriot leader Ersin Tatar"
        # "The Chairperson of the African Union Commission Mahmoud Ali Youssouf": the person the title names,
        # before a bracketed acronym of the body in the title ("of the African Union (AU) Commission").
        titled = titled_person(tok, self.table)
        if titled is not None:
            return titled
        bracketed = bracketed_name(tok, self.table)
        if bracketed is not None:
            return bracketed  # "Sudan's Forces for Freedom and Change (FFC), a coalition of political parties"
        people = people_group(tok, self.table, self.cues.people_words)
        if people is not None:
            return people  # "Rebel ethnic Karen guerillas", "The Karen statement": the Karen National Union
        applies, group = people_fighters(tok, self.table, self.cues)
        if applies:
            return group  # "Tuareg-style rebels", "rebel negotiators": the one rebel group named, else no one
        # An apposed name is the holder before the body it serves: "the U.N.'s envoy, Martin Griffiths".
        # "the rebels" made an actor by what they are yields to the one rebel group named (below).
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.agreement_nouns \
                and self.table.at(tok) is None:
            return None  # "A UN ceasefire agreement in 1991 promised a referendum": a text, not its broker
        apposed = apposed_name(self.table, tok)
        if apposed is not None:
            return apposed  # "Colombia's last recognized guerrilla group, the National Liberation Army (ELN)"
        own = self.table.at(tok).actor_id if described(tok, self.table) and bare_fighters(tok, self.cues.fighter_nouns) else None
        for t in ((tok,) if own is None else ()) + tuple(sorted(
                (c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "appos", "nmod")),
                key=lambda c: (MODIFIER_ORDER[c.dep_], is_state(c, self.table)))):
            m = coparty.acting_mention(t, self.table)
            if m is not None:
                actor = self.table.get(m.actor_id)
                if actor is not None and actor.type == "state" and t != tok and tok.lemma_.lower() in self.cues.fighter_nouns:
                    # "DR Congo rebels": the armed group of that country, not the country.
                    return self._group_of(actor.country) or self.collectives.holder(tok)
                if actor is not None and (actor.type == "state" or actor.type == "person" and t.dep_ == "poss") \
                        and t != tok and self.collectives.sector(tok) not in (None, "GOV", "MIL"):
                    # "South Sudan's opposition parties", "Guaido's opposition": a body in that country or led by that
                    # person, not either ("South Sudan's main opposition party": the one group named); but "Russian
                    # armed forces", "Israel's government" are the state's.
                    return (self._group_of(actor.country) if actor.type == "state" and tok.tag_ == "NN"
                            and self.collectives.sector(tok) in ("OPP", "REB") else None) or self.collectives.holder(tok)
                if actor is not None and actor.type != "location":  # "the Trump administration"; an opposition described
                    return (self._group_of(actor.country) if m.kind == "description" and actor.sector == "OPP"
                            and tok.tag_ == "NN" else None) or administered_state(tok, t, actor, self.table) or actor.id
            if t != tok and t.dep_ == "poss" and t.tag_ == "PRP$":
                ruler = self._ruler(tok, t) if tok.lemma_.lower() in GOVERNMENT_BODIES and t.lower_ in PERSONAL else None
                if ruler is not None:
                    return ruler  # "Abiy ... to mediate between his government and the TPLF": his state
                if tok.lemma_.lower() in self.cues.body_nouns and t.lower_ in PERSONAL:
                    # A spokesman's "his group": the body he speaks for, not the spokesman; "Buhari said his
                    # administration was open to": the leader himself when the report names no body.
                    return self._own_body(tok, self._pronoun(t))
                return self._pronoun(t)
        known = known_as(tok, self.table)
        if known is not None:
            return known  # "The rebels, known as the Front for Change and Concord in Chad (FACT)"
        owner = body_owner(tok, self.table, self.cues.body_nouns | self.cues.group_bodies)
        if owner is not None:
            return owner  # "The militia of Shiite cleric Muqtada al-Sadr has offered": as "al-Sadr's militia"
        if bare_fighters(tok, self.cues.fighter_nouns):
            # "Rebels had proposed a ceasefire": the one rebel group the report names, if there is one.
            rebels = named_rebels(self.table)
            if len(rebels) == 1:
                return rebels[0]
            return own or (self.collectives.holder(tok) if not rebels else None)
        if tok.lemma_.lower() in self.cues.military_nouns and (forces := armed_forces_before(tok, self.table)):
            return forces  # "Sudan's army and the paramilitary RSF ... The army confirmed it had sent envoys"
        if (tok.lemma_.lower() in self.cues.named_body_nouns or tok.lemma_.lower() in GOVERNMENT_BODIES) and tok.tag_ == "NN" and any(
                c.lower_ == "the" for c in tok.children):
            # "the group would not accept a truce": the body named last (a news agency names none); an armed group's word ("the group", "the movement") is the group named last, if any.
            if unnamed_body_before(tok, self.table):
                return None  # "the Hostages and Missing Families Forum urged ... The group called for"
            armed = self._nearest(tok, ("group",)) if tok.lemma_.lower() in self.cues.group_bodies else None
            # "the government's willingness": a state's government, not the rebel group named last; with no state named before, the one state the report names ("The government insisted").
            ruling = self._named_body(tok) or self._nearest(tok, ("state",)) or ruling_state(tok, self.table) \
                if tok.lemma_.lower() in GOVERNMENT_BODIES else None
            # "Another Seleka spokesman said the group had rejected ...": an armed group's word is no state's.
            kinds = ("organization", "group") if tok.lemma_.lower() in self.cues.group_bodies | self.cues.stateless_bodies else \
                ("organization", "group", "state")
            return armed or ruling or self._nearest(tok, kinds, skip_sectors=("MED",))
        # "Residents of the capital", "rights groups": a body of people named by what they are.
        return people_state(tok, self.table, self.collectives) or self.collectives.holder(tok)
