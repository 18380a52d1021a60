"""Actions that name no issue of their own: a pro-form ("hoping to be able to do so") or a bare cue verb
("their readiness to support", with nothing supported), circumstances made ("to establish conditions for the talks to
resume", "create the conditions for broader regional stability"), and "be able to V", which passes on to V."""

from __future__ import annotations

from spacy.tokens import Token

from parley.pipeline.stance_cues import StanceCues

# "do so", "do it", "do that": a pro-form for an action named elsewhere.
PRO_FORMS = {"so", "it", "that", "this"}
# Children that leave a verb bare: it names no object, place, purpose or manner.
BARE_DEPS = {"aux", "auxpass", "neg", "punct", "mark", "advmod", "nsubj", "nsubjpass"}


def able_to(root: Token) -> Token | None:
    """"to be able to reach a deal" -> reach: the action that "be able to" is about, or None."""
    if root.lemma_ != "be":
        return None
    able = next((c for c in root.children if c.dep_ == "acomp" and c.lower_ in ("able", "unable")), None)
    return next((c for c in able.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None) \
        if able is not None else None


def names_nothing(root: Token, cues: StanceCues) -> bool:
    """"be able to do so", "readiness to support", "establish conditions": an action that names no issue of its own."""
    lemma = root.lemma_.lower()
    if lemma == "do":
        # "do so at a later date": when or where does not name the action.
        return any(c.lower_ in PRO_FORMS for c in root.children) and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp") and c.lower_ not in PRO_FORMS for c in root.children)
    if lemma in cues.making_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.circumstance_nouns
                                          for c in root.children):
        return True  # "seeking to establish conditions for the stalled talks to resume": circumstances, no issue
    return lemma in cues.verbs and lemma not in cues.self_issue_verbs and all(
        c.dep_ in BARE_DEPS for c in root.children)
