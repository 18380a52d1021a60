"""PETRARCH verb dictionaries converted into parley events files.

The dictionary snippets are copied from petrarch2/data/dictionaries/CAMEO.2.0.txt of
https://github.com/openeventdata/petrarch2 at commit 676801cd9cb2924bbbad09f86d15c9323e7097bf
(MIT licence, "Copyright (c) 2015 Open Event Data Alliance"); the line numbers are those of that file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from parley import extract
from parley.cli import app
from parley.errors import ConfigError, InputError
from parley.models import Extraction
from parley.petrarch_verbs import convert_verb_dictionary, import_verbs
from parley.pipeline import build_nlp
from parley.pipeline.event_patterns import load_patterns
from parley.settings import Settings

# CAMEO.2.0.txt lines 8039-8049
IMPEL = """\
---  IMPEL   [170]  ---
BLACKMAIL
COMPEL {COMPELS COMPELLING COMPELLED }
ENFORCE
FORCE
IMPEL {IMPELS IMPELLED IMPELLING }
PRESSURE
REINFORCE
- DROUGHT *                                           [---]         # FORCE
- * {PEACEKEEPING FORCE}                              [074]         # REINFORCE
- * &PKO                                              [074]         # REINFORCE
"""

# CAMEO.2.0.txt lines 282-290 (a synonym set), 912-916, 918, 933-934 and 985-986 (the ASK block), and
# line 887, a pattern of the ARRANGE block given here to the verbs of ASK
ASK = """\
&DETENTION
+DETENTION
+DETAINMENT
+JAIL
+PRISON
+PENITENTIARY
+CONCENTRATION_CAMP
+CUSTODY
+CONFINEMENT

---  ASK   [---]  ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
ASK     [020]
ENQUIRE   # OY 25 Jul 2003
GRILL [110]
INTERROGATE [090]
- * (FOR RETRIAL)                                     [0213]        # ASK
- * EXTRADITION                                       [0213]        # REQUEST
- * {DEATH PENALTY} (AGAINST)                         [173]         # REQUEST
- PROSECUTOR * &DETENTION                             [173]         # REQUEST
- * (IN &DETENTION)                                   [173]         # PLACE
"""

# CAMEO.2.0.txt lines 7691-7694 and 7698 (the WARN block)
WARN = """\
---  WARN   [130]  ---
CAUTION
WARN
- * (OF {DISASTROUS CONSEQUENCES})                    [012]         # WARN
- * (OF EXODUS)                                       [012]         # WARN
"""


def _convert(tmp_path: Path, text: str) -> tuple[list[dict[str, Any]], Any]:
    path = tmp_path / "verbs.txt"
    path.write_text(text, encoding="utf-8")
    conversion = convert_verb_dictionary(path)
    return conversion.entries, conversion


def _entry(entries: list[dict[str, Any]], verb: str, **where: Any) -> dict[str, Any]:
    found = [e for e in entries if verb in e["verbs"] and all(e.get(k) == v for k, v in where.items())]
    assert len(found) == 1, (verb, where, entries)
    return found[0]


def test_petrarch_verbs_block_code_gives_type_of_every_verb(tmp_path: Path) -> None:
    entries, conversion = _convert(tmp_path, IMPEL)
    verbs = _entry(entries, "pressure", objects=None)
    assert verbs["type"] == "COERCE" and "mode" not in verbs
    assert set(verbs["verbs"]) == {"blackmail", "compel", "enforce", "force", "impel", "pressure", "reinforce"}
    # {PEACEKEEPING FORCE} [074] (provide military protection): the head noun, for every verb of the block
    peacekeepers = _entry(entries, "pressure", objects=["force"])
    assert peacekeepers["type"] == "AID" and "preps" not in peacekeepers
    assert {(x.line, x.reason) for x in conversion.left_out} == {(9, "words before the verb"), (11, "unknown synset &PKO")}


def test_petrarch_verbs_phrasal_verbs_own_codes_and_preps(tmp_path: Path) -> None:
    entries, conversion = _convert(tmp_path, ASK)
    ask_for = _entry(entries, "ask", preps=["for"], objects=None)
    assert ask_for["type"] == "REQUEST"
    assert _entry(entries, "grill", objects=None)["mode"] == "disapprove"
    assert (_entry(entries, "interrogate", objects=None)["type"], _entry(entries, "interrogate", objects=None)["mode"]) == \
        ("ACCUSE", "investigate")
    # "enquire" has no code of its own in a "---" block: only the block's patterns apply to it
    assert all("enquire" not in e["verbs"] for e in entries if "objects" not in e)
    retrial = _entry(entries, "enquire", objects=["retrial"])
    assert (retrial["type"], retrial["mode"], retrial["preps"]) == ("REQUEST", "assist", ["for"])
    # the prepositional group after a bare object belongs to the object: "sought the death penalty against him"
    penalty = _entry(entries, "ask", objects=["penalty"])
    assert (penalty["type"], penalty["mode"], "preps" in penalty) == ("COERCE", "arrest", False)
    detention = _entry(entries, "ask", preps=["in"])
    assert detention["type"] == "COERCE"
    assert set(detention["objects"]) == {"camp", "confinement", "custody", "detainment", "detention", "jail",
                                         "penitentiary", "prison"}
    assert [(x.line, x.reason) for x in conversion.left_out] == \
        [(14, "a null code (---) or a code PLOVER dropped"), (20, "words before the verb")]


def test_petrarch_verbs_dropped_statement_code_is_a_discard(tmp_path: Path) -> None:
    entries, _ = _convert(tmp_path, WARN)
    assert _entry(entries, "warn", objects=None)["type"] == "THREATEN"
    exodus = _entry(entries, "warn", objects=["exodus"])
    assert exodus["discard"] is True and exodus["preps"] == ["of"] and "type" not in exodus


@pytest.mark.parametrize(("text", "line", "message"), [
    ("---  IMPEL   [170  ---\nFORCE\n", 1, "block header"),
    ("# a verb before any block\nFORCE\n", 2, "outside"),
], ids=["unclosed-code", "verb-before-block"])
def test_petrarch_verbs_bad_input_names_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        convert_verb_dictionary(path)
    assert info.value.line == line and str(path) in str(info.value) and message in str(info.value)


def test_petrarch_verbs_not_a_verb_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.txt"
    path.write_text("&CEASEFIRE\n+TRUCE\n+ARMISTICE\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a PETRARCH verb dictionary"):
        convert_verb_dictionary(path)


@pytest.fixture(scope="module")
def impel_events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("impel")
    (folder / "impel.txt").write_text(IMPEL, encoding="utf-8")
    import_verbs(folder / "impel.txt", folder / "impel.yaml")
    return folder / "impel.yaml"


# https://thesourceng.com/hamas-israel-bows-to-us-pressure-for-ceasefire
FORCED = ("It was learned that the United States government forced the Israeli government to agree to a ceasefire, "
          "having earlier rejected same from other diplomatic quarters, on the basis that such would allow Hamas to regroup.")


def _coerce(ex: Extraction) -> list[tuple[str, set[str]]]:
    return [(e.trigger, {ex.actor(a).name for a in e.targets if ex.actor(a)}) for e in ex.events if e.type == "COERCE"]


def test_petrarch_verbs_events_file_codes_news_sentence(impel_events: Path, run) -> None:
    assert _coerce(run(FORCED)) == []  # parley's own books do not code "force"
    nlp = build_nlp(Settings(events_file=impel_events))
    assert _coerce(extract(FORCED, nlp=nlp)) == [("forced", {"Israel"})]


def test_petrarch_verbs_cli_reports_counts(tmp_path: Path) -> None:
    (tmp_path / "impel.txt").write_text(IMPEL, encoding="utf-8")
    result = CliRunner().invoke(app, ["import-verbs", str(tmp_path / "impel.txt"), "--out", str(tmp_path / "out.yaml"),
                                      "--show", "5"])
    assert result.exit_code == 0, result.output
    assert "from 7 verbs and 1 patterns; 2 line(s) left out" in result.output
    assert "impel.txt:11: * &PKO" in result.output and "(unknown synset &PKO)" in result.output
    names = {e["name"] for e in yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))}
    assert names == {"petrarch coerce", "petrarch aid: force"}


def test_petrarch_verbs_cli_bad_file_exits_nonzero(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["import-verbs", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o.yaml")])
    assert result.exit_code == 2 and "missing.txt" in result.output


def test_petrarch_verbs_fallback_setting_codes_news_sentence(impel_events: Path, tmp_path: Path) -> None:
    # the converted events file, or the PETRARCH dictionary itself, as the fallback verb book
    (tmp_path / "impel.txt").write_text(IMPEL, encoding="utf-8")
    for book in (impel_events, tmp_path / "impel.txt"):
        nlp = build_nlp(Settings(events_fallback=book))
        assert _coerce(extract(FORCED, nlp=nlp)) == [("forced", {"Israel"})]


def test_petrarch_verbs_fallback_replaces_bundled_book(impel_events: Path) -> None:
    bundled = load_patterns(None)
    own = load_patterns(None, impel_events)
    assert {p.name for p in own.fallback} == {"petrarch coerce", "petrarch aid: force"}
    assert all(p.fallback and p.needs_target for p in own.fallback)
    assert "nationalize" in bundled.by_verb and "nationalize" not in own.by_verb  # a bundled fallback verb
    # the hand-written patterns still decide first
    assert not own.by_verb["condemn"][0].fallback and own.by_verb["condemn"][0].type == "ACCUSE"


def test_petrarch_verbs_fallback_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "book.yaml"
    path.write_text("name: not a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expected a list of entries"):
        load_patterns(None, path)


# PETR_Validate_verbs_2_02.txt lines 503-511, UniversalPetrarch/validate/ of
# https://github.com/openeventdata/UniversalPetrarch at commit f2192ba320a389adecb5367889a6e1d3d79dd7f0
# (MIT licence, "Copyright (c) 2016 Open Event Data Alliance")
CELEBRATE = """\
--- CELEBRATE  [051] ---
CELEBRATE
- * TABASKI ^ $ [017]  # pas  3/2/02
- * {MAY DAY}  $ [017]  # pas  3/2/02
- * EID (AT ^) (WITH +) [017]  # pas  3/2/02
- * EID [017]  # pas  3/2/02
- * DECISION  [017]  # tony  3/9/91
- * IFTAR (AT ^ ^) +  [017]  # pas  4/20/03
- * IFTAR (IN ^) +  [017]  # pas  4/20/03
"""

# hosmas.com/2017/05/may-day-marked-by-celebrations-and-demonstrations.html
MAY_DAY = ("Workers and union members in the Philippines celebrated May Day by marching in the streets of Manila, "
           "the capital.")


def test_petrarch_verbs_actor_slots_dropped_pattern_kept(tmp_path: Path) -> None:
    entries, conversion = _convert(tmp_path, CELEBRATE)
    assert _entry(entries, "celebrate", objects=None)["type"] == "SUPPORT"
    # "- * {MAY DAY} $ [017]": the source slot is dropped, the statement code makes the pattern a discard
    assert _entry(entries, "celebrate", objects=["day"])["discard"] is True
    assert _entry(entries, "celebrate", objects=["iftar"])["discard"] is True
    assert conversion.left_out == []
    import_verbs(tmp_path / "verbs.txt", tmp_path / "celebrate.yaml")
    ex = extract(MAY_DAY, nlp=build_nlp(Settings(events_file=tmp_path / "celebrate.yaml")))
    assert not [e for e in ex.events if e.type == "SUPPORT"]  # celebrating a holiday supports no one
