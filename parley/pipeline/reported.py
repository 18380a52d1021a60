"""Reported speech: what someone said, in the reporter's words.

Three shapes: a speech verb with a clausal complement on either side (``Kalın said (that) ...``,
``..., the spokesperson added``, ``told AA that ...``, ``As the president noted, ...``); ``according
to X``; and ``in his words``.
The content is the complement (or the rest of the sentence), without "that" and the punctuation
at its edges, and it ends where another report begins (", noting that ...", ", while Y said ...").
A report that lies almost wholly inside quote marks is a direct quote, found elsewhere.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from parley.pipeline.cues import SUBJECT_DEPS, SpeechCues, medium_of, object_after, path_to, subject_of
from parley.pipeline.quote_marks import paragraphs
from parley.pipeline.reported_clauses import (
    Report,
    after_time_word,
    clause_after_aside,
    clause_before_subject,
    closes_phrase,
    trimmed,
)

# A report with more of its characters inside quote marks than this is a direct quote; below it,
# the reporter's own words make it a report too ('the families are "in urgent need of ...," X said').
MAX_QUOTED_SHARE = 0.8
# Conjunctions that open the clause of another speaker: "X said A, while Y said B".
CONTRAST_MARKS = {"while", "whereas"}
# Conjunctions of time that open the clause of another statement: "..., after Trump claimed that ...".
TIME_MARKS = {"as", "after", "before", "when", "since"}


def find_reports(doc: Doc, cues: SpeechCues, quoted: set[int], quote_spans: list[tuple[int, int]]) -> list[Report]:
    """Every reported statement of a document, in text order."""
    text = doc.text
    paras = paragraphs(text)
    out: list[Report] = []
    for t in doc:
        if t.i in quoted:
            continue
        report: Report | None = None
        if t.lemma_.lower() in cues.directive_verbs:
            report = _directive_report(t, cues, quoted, paras)

        if report is None and cues.is_verb(t):
            report = _verb_report(t, cues, quoted, paras)
        elif report is None and t.lower_ in cues.phrase_starts:
            report = _phrase_report(t, cues, paras)
        if report is None or _quoted_share(report, quote_spans) > MAX_QUOTED_SHARE:
            continue
        out.append(report)
    out = [_after_dateline(text, r) for r in out]
    # "The RSF denied that it is losing the war, Reuters has reported": the statement is the RSF's;
    # the report only sources the sentence, as "according to" below.
    # "Hezbollah said that no proposal has been conveyed, Xinhua news agency reported": the same
    # content with its speaker's cue before it is Hezbollah's too.
    # "X said he recognized ..., state television said": a medium that relays a statement likewise.
    starts = {r.cue_token: doc[r.cue_token].idx for r in out}
    out = [r for r in out if not ((r.cue == "report" or _medium_subject(r, cues)) and doc[r.cue_token].idx >= r.end and any(
        r.start <= at < r.end or (o.start <= r.start and r.end <= o.end and starts[o.cue_token] < r.start)
        for o in out if o.cue_token != r.cue_token for at in (starts[o.cue_token],)))]
    # "According to sources, Medinsky said the swap would take place soon": the statement is
    # Medinsky's; the phrase only sources the sentence.
    cue_tokens = {r.cue_token for r in out if r.cue != "according to"}
    return [r for r in out if r.cue != "according to" or not any(
        doc[i].idx >= r.start and doc[i].idx < r.end for i in cue_tokens)]


def _medium_subject(r: Report, cues: SpeechCues) -> bool:
    """Whether a report's subject is a medium named by its kind ("state television said")."""
    return r.subject is not None and r.subject.pos_ == "NOUN" and (
        r.subject.lower_ in cues.media_nouns or r.subject.lemma_.lower() in cues.media_nouns)


def _verb_report(verb: Token, cues: SpeechCues, quoted: set[int], paras: list[tuple[int, int]]) -> Report | None:
    if any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        return None  # "did not say", "it was said that"
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is None:
        # 'stated that "referendums" in ... complicate ...': a that-clause the parser misread.
        comp = next((c for c in verb.rights if any(m.dep_ == "mark" and m.lower_ == "that" and m.i == verb.i + 1
                                                   for m in c.children)), None)
    if comp is None:
        comp = _that_clause_in_phrase(verb) or clause_after_aside(verb)
    subject = subject_of(verb)
    if subject is None or subject.i in quoted:
        return None
    if comp is None and verb.dep_ == "ccomp" and subject.i < verb.i < verb.head.i:
        outer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if cues.is_verb(verb.head) and outer is not None:
            if outer.pos_ == "NOUN" and outer.lemma_.lower() in cues.media_nouns and outer.i > verb.i:
                # "X said he recognized ..., state television said": X's content runs up to the medium
                span = trimmed(verb.doc[verb.i + 1:outer.left_edge.i], verb, paras)
                return None if span is None else Report(span.start_char, span.end_char, verb.lemma_.lower(), verb.i,
                                                        subject, medium_of(verb, cues, quoted))
            return None  # "Rebels have vowed to fight on, a rebel spokesman said": the spokesman's content
        # "it warned its opponents — ... — it would still respond": the parser took the reported
        # clause for the head of the cue; the content is what follows the cue's own words
        return _inverted_report(verb, subject, cues, quoted, paras)
    if comp is None:
        clause = clause_before_subject(verb, subject, paras)
        if clause is not None:
            return Report(clause.start_char, clause.end_char, verb.lemma_.lower(), verb.i, subject,
                          medium_of(verb, cues, quoted))
        return _as_report(verb, subject, cues, quoted, paras) or _parenthetical_report(verb, subject, cues, quoted, paras) \
            or _conjoined_report(verb, subject, cues, quoted, paras)
    lo, hi = comp.left_edge.i, comp.right_edge.i + 1
    if comp.i > verb.i:
        lo = after_time_word(verb.doc, max(lo, verb.i + 1), hi, verb)
        hi = _split_predicate_end(verb, comp, hi)
    else:
        # "..., Presidential Spokesperson Ibrahim Kalın said": the content ends before the speaker.
        before = verb.i
        if comp.i < subject.i < verb.i:
            # the last comma before the speaker ends the content (the parser may hang the clause's
            # tail on the speaker's phrase)
            before = next((t.i for t in reversed(verb.doc[comp.i:subject.i]) if t.text == ","),
                          subject.left_edge.i)
        if comp.left_edge.i <= verb.sent.start + 1 and subject.i < verb.i and not any(
                t.i in quoted or t.text in (".", ";", "?", "!") for t in verb.doc[hi:before]):
            # '-A 2-year-old girl was killed and 22 people injured, including five children, when ...,
            # the regional governor said': a clause opening the sentence runs up to the speaker, even
            # where the parser hangs its tail on the cue
            hi = before
        hi = min(hi, before)
    hi = _own_content_end(verb.doc, lo, hi, verb, cues, quoted)
    span = trimmed(verb.doc[lo:hi], verb, paras)
    if span is None:
        return None
    return Report(span.start_char, span.end_char, verb.lemma_.lower(), verb.i, subject,
                  medium_of(verb, cues, quoted))


def _split_predicate_end(verb: Token, comp: Token, hi: int) -> int:
    """'adding that troops deployed to the area were instructed to ...': the parser may split one
    reported clause in two, its subject's part and, right after it, a predicate with no subject of
    its own; the clause runs to the end of that predicate."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > comp.i and c.left_edge.i == hi \
                and not any(x.dep_ in SUBJECT_DEPS for x in c.children):
            hi = c.right_edge.i + 1
    return hi


def _directive_report(verb: Token, cues: SpeechCues, quoted: set[int], paras: list[tuple[int, int]]) -> Report | None:
    """'urged the group to immediately release the abductees', 'called on all parties to uphold the
    agreement': a call on someone to act. The content is the addressee and its "to" clause."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        return None
    preps = cues.directive_verbs.get(verb.lemma_.lower(), frozenset())
    addressee: Token | None = None
    for c in verb.rights:
        if not preps and c.dep_ == "dobj":
            addressee = c
        elif preps and c.dep_ == "prep" and c.lower_ in preps and c.i == verb.i + 1:
            addressee = next((o for o in c.children if o.dep_ == "pobj"), None)
        if addressee is not None:
            break
    if addressee is None or addressee.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    doc = verb.doc
    to = next((t for t in doc[addressee.i + 1:verb.sent.end] if t.lower_ == "to" and t.tag_ == "TO"
               and t.head.tag_ == "VB" and 0 < t.head.i - t.i <= 2 and t.head.i > addressee.i), None)
    if to is None or any(t.i != verb.i and t.text in (".", ";") for t in doc[addressee.i:to.i]):
        return None
    if any(c.dep_ == "ccomp" and c.left_edge.i <= to.i <= c.right_edge.i and c.left_edge.lower_ == "that"
           for c in verb.children):
        # "warned the head of the command that he would crush it if it continues to harm ...": the
        # "to" clause lies inside what is reported, which the cue's that-clause holds
        return None
    action = to.head
    gap = doc[addressee.right_edge.i + 1:to.i]
    # "called on citizens, including those abroad, to reclaim their lands": a parenthesis between
    adjacent = not len(gap) or gap.text == "," or (
        gap[0].text == "," and gap[-1].text == "," and not any(t.pos_ == "VERB" and t.tag_ != "VBG" for t in gap))
    if not (adjacent and (action.head.i == verb.i or addressee.is_ancestor(action))) \
            and not (action.dep_ == "xcomp" and verb.is_ancestor(action)) \
            and not (action.head.i == verb.i and action.dep_ == "ccomp"):
        # 'asked him about the plan to ...', 'warned Kyiv against attacks ... to avoid ...': the "to"
        # clause belongs to something else
        return None
    subject = subject_of(verb)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        # '... emphasized that the agreement offers ... and alleviate suffering, urging Hamas to accept':
        # a participle the parser hung inside a reported clause shares the subject of the report's cue
        report = next((a.head for a in verb.ancestors if a.dep_ == "ccomp" and cues.is_verb(a.head)), None)
        subject = subject_of(report) if report is not None else subject
    if subject is None or subject.i in quoted:
        return None
    lo, hi = addressee.left_edge.i, max(action.right_edge.i, to.i) + 1
    hi = _own_content_end(doc, lo, hi, verb, cues, quoted)
    span = trimmed(doc[lo:hi], verb, paras)
    if span is None:
        return None
    cue = f"{verb.lemma_.lower()} {doc[verb.i + 1].lower_}" if preps else verb.lemma_.lower()
    return Report(span.start_char, span.end_char, cue, verb.i, subject, medium_of(verb, cues, quoted))


def _that_clause_in_phrase(verb: Token) -> Token | None:
    """'said in his remarks that ...', 'told reporters on Monday that ...': a that-clause the parser
    hung on a noun of the cue's own phrase, with no other verb between."""
    for c in verb.rights:
        if c.dep_ not in ("prep", "dobj", "npadvmod", "dative"):
            continue
        for t in c.subtree:
            if t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("acl", "ccomp", "relcl"):
                continue
            mark = next((m for m in t.children if m.dep_ == "mark" and m.lower_ == "that"), None)
            if mark is None:
                continue
            between = [a for a in path_to(t.head, verb) if a.pos_ in ("VERB", "AUX")]
            if not between:
                return t
    return None


def _own_content_end(doc: Doc, lo: int, hi: int, verb: Token, cues: SpeechCues, quoted: set[int]) -> int:
    """Where a report's content ends before another report it runs into: a participle that reports
    more (", noting that ...", ", adding that ...") or a clause of another speaker (", while Russian
    news agencies cited ... saying ..."). Each is a statement of its own."""
    for t in doc[lo + 1:hi]:
        if t.i in quoted or t.i == verb.i:
            continue
        if t.i > verb.i and cues.is_verb(t) and t.i + 1 >= hi - 1:
            # "X said that no proposal was conveyed, Xinhua news agency reported": the content ends
            # before a cue closing the sentence with a subject of its own set off by a comma
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
            if subj is not None and subj.left_edge.i > lo and doc[subj.left_edge.i - 1].text == ",":
                return subj.left_edge.i - 1
        if t.dep_ == "advcl" and t.tag_ == "VBG" and cues.is_verb(t) and doc[t.i - 1].text == ",":
            return t.i - 1
        if t.dep_ == "mark" and t.lower_ in CONTRAST_MARKS and doc[t.i - 1].text == ",":
            clause = t.head
            if any(cues.is_verb(w) and w.i not in quoted for w in clause.subtree):
                return t.i - 1
        if t.dep_ == "mark" and t.lower_ in TIME_MARKS and t.head.i not in quoted \
                and (cues.is_verb(t.head) or t.head.lemma_.lower() in cues.directive_verbs) \
                and any(c.dep_ == "nsubj" for c in t.head.children):
            # "X said the talks must go on, after Trump claimed that ...", "... has been arrested as
            # the U.N. called on all parties to ...": the clause of another statement
            return t.i - 1 if doc[t.i - 1].text == "," else t.i
    return hi


def _inverted_report(verb: Token, subject: Token, cues: SpeechCues, quoted: set[int],
                     paras: list[tuple[int, int]]) -> Report | None:
    doc = verb.doc
    span = trimmed(doc[verb.right_edge.i + 1:verb.sent.end], verb, paras)
    if span is None:
        return None
    return Report(span.start_char, span.end_char, verb.lemma_.lower(), verb.i, subject, medium_of(verb, cues, quoted))


def _as_report(verb: Token, subject: Token, cues: SpeechCues, quoted: set[int],
               paras: list[tuple[int, int]]) -> Report | None:
    """'As the president noted, this is one of the best news that can be', '..., as the ministry
    said': a cue clause opened by "as" comments on the clause it is set off from, which is the content."""
    doc = verb.doc
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    first, last = verb.left_edge.i, verb.right_edge.i
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    sent = verb.sent
    if first == sent.start and last + 1 < sent.end and doc[last + 1].text == ",":
        span = trimmed(doc[last + 2:sent.end], verb, paras)
    elif first > sent.start and doc[first - 1].text == "," and (last + 1 >= sent.end or doc[last + 1].is_punct):
        span = trimmed(doc[sent.start:first - 1], verb, paras)
    else:
        return None
    if span is None:
        return None
    return Report(span.start_char, span.end_char, verb.lemma_.lower(), verb.i, subject, medium_of(verb, cues, quoted))


def _parenthetical_report(verb: Token, subject: Token, cues: SpeechCues, quoted: set[int],
                          paras: list[tuple[int, int]]) -> Report | None:
    """'CLAUSE, a Ukrainian negotiator said after the talks.', 'Unless ..., he added, millions ...':
    a cue clause set off by commas, which the parser hangs on the reported clause; the content
    is the rest of the sentence."""
    doc = verb.doc
    if verb.dep_ == "ROOT" or not subject.i < verb.i:
        return None
    if not all(t.pos_ in ("AUX", "ADV", "PART") for t in doc[subject.right_edge.i + 1:verb.i]):
        return None  # the subject is borrowed from another clause: "..., underlining its support"
    first, last = subject.left_edge.i, verb.right_edge.i
    # "CLAUSE, Rueda detailed and explained that ...": a second cue of the same speaker reports its
    # own content, so this one's clause ends at the verb
    joined = verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "and" and any(
        c.dep_ == "conj" and c.i == verb.i + 2 and cues.is_verb(c) for c in verb.children)
    if joined:
        last = verb.i
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1  # the paragraph break the parser hangs on the closing point is no part of it
    if first == 0 or doc[first - 1].text != ",":
        return None
    if not joined and last + 1 < len(doc) and doc[last + 1].text not in (",", ".", "!", "?") and not doc[last + 1].is_space:
        return None
    sent = verb.sent
    left = trimmed(doc[sent.start:first], verb, paras)
    right = trimmed(doc[last + 1:sent.end], verb, paras) if last + 1 < sent.end and not joined else None
    if left is None and right is None:
        return None
    if left is not None and right is not None and right.start_char > left.end_char:
        start, end = left.start_char, right.end_char
        text = f"{left.text} {right.text}"  # without the cue clause in the middle
    else:
        span = left or right
        assert span is not None
        start, end, text = span.start_char, span.end_char, span.text
    return Report(start, end, verb.lemma_.lower(), verb.i, subject, medium_of(verb, cues, quoted), text)


def _conjoined_report(verb: Token, subject: Token, cues: SpeechCues, quoted: set[int],
                      paras: list[tuple[int, int]]) -> Report | None:
    """'The fighting ... took place between 5.15 am and 8 am, SPLM-N spokesman Arnu Ngutulu Lodi
    reported in a press statement': a cue after a comma that the parser joined to the sentence's
    main verb with no conjunction; the content runs from the sentence's start to that comma."""
    doc, head = verb.doc, verb.head
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or not head.i < subject.i < verb.i or cues.is_verb(head) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "cc") for c in verb.children):
        return None
    comma = next((t.i for t in reversed(doc[head.i:subject.left_edge.i]) if t.text == ","), None)
    if comma is None or any(t.dep_ == "cc" or t.pos_ in ("VERB", "AUX", "PRON") or t.i in quoted
                            for t in doc[comma + 1:verb.i]):
        return None  # "..., and X said": two statements; "..., which X said": a relative clause
    span = trimmed(doc[verb.sent.start:comma], verb, paras)
    if span is None:
        return None
    return Report(span.start_char, span.end_char, verb.lemma_.lower(), verb.i, subject, medium_of(verb, cues, quoted))


def _phrase_report(token: Token, cues: SpeechCues, paras: list[tuple[int, int]]) -> Report | None:
    """'according to X, ...', '... according to X', 'in his words, ...': the rest of the sentence."""
    doc = token.doc
    found = cues.phrase_at(doc, token.i)
    if found is None:
        return None
    lemma, end, poss = found
    source = poss or object_after(doc, end)
    if source is None or source.lower_ in cues.not_speech or source.lemma_.lower() in cues.not_speech:
        return None
    phrase_end = end
    if poss is None:
        # the source's own phrase ("a statement from the ministry"), not what is coordinated with it
        phrase_end = max(end, source.i + 1, *(c.right_edge.i + 1 for c in source.rights
                                              if c.dep_ in ("prep", "acl", "relcl", "compound", "nmod")))
        # "according to Dave Eubank, a member of the Free Burma Rangers, a relief agency that ...": an
        # apposition set off by commas describes the source and is no part of the content
        phrase_end = max([phrase_end, *(c.right_edge.i + 1 for c in source.rights if c.dep_ == "appos"
                                        and doc[c.left_edge.i - 1].text == "," and closes_phrase(doc, c.right_edge.i + 1))])
    sent = token.sent
    left = doc[sent.start:token.i]
    right = doc[phrase_end:sent.end]
    words = lambda s: sum(1 for t in s if t.is_alpha)  # noqa: E731 - a local measure, read once
    content = left if words(left) >= words(right) else right
    span = trimmed(content, token, paras)
    if span is None:
        return None
    return Report(span.start_char, span.end_char, lemma, token.i, source, None)


def _quoted_share(report: Report, quote_spans: list[tuple[int, int]]) -> float:
    inside = sum(max(0, min(e, report.end) - max(s, report.start)) for s, e in quote_spans)
    return inside / max(1, report.end - report.start)


def _after_dateline(text: str, r: Report) -> Report:
    """'(Reuters) -A 2-year-old girl was killed ..., the governor said': the content starts after the
    agency's dateline."""
    head = text[r.start:min(r.end, r.start + 48)]
    close = head.find(")")
    if close < 0 or r.text is not None:
        return r
    opening = head.find("(")
    first = head[:max(opening, 0)].split()[:1]
    if 0 <= opening < close and not (first and len(first[0]) > 2 and first[0].rstrip(",").isupper()):
        return r  # a bracket of the content's own, not "KHARTOUM, Aug 2 (Reuters) -"
    rest = head[close + 1:]
    stripped = rest.lstrip(" ")
    if stripped[:1] not in ("-", "\u2013", "\u2014"):
        return r
    start = r.start + close + 1 + (len(rest) - len(stripped)) + 1
    while start < r.end and text[start] == " ":
        start += 1
    return replace(r, start=start)
