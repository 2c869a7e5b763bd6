#!/usr/bin/env python3
"""Check the structure of the crisis phrasebooks (phrasebook/en.toml and fr.toml).

Usage: scripts/check_content.py [EN_TOML FR_TOML]

Checks: exact field sets, allowed stages in crisis order, step and phrase counts,
every stage covered, step phrase references, phrase id format, channel and
audience tags, allowed {placeholders} only, the five sources each used at least
twice, and that en and fr share the same step ids, phrase ids, tags and
placeholders. Prints a count table; exit 0 when clean, 1 on any error,
2 when a file cannot be read.
"""
import os
import re
import sys
import tomllib
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAGES = ["prepare", "acknowledge", "update", "workaround", "boundaries", "resolve", "follow-up", "learn"]
SOURCES = [
    "Que faire lorsque l'on commet une erreur professionnelle ?",
    "Comment s'en sortir quand ça se passe mal ?",
    "L'authenticité et la transparence, c'est aussi admettre quand on se plante",
    "Quand quelqu'un de votre équipe a tout gâché",
    "Les règles universelles du support client",
]
CHANNELS = {"email", "phone", "voicemail", "chat", "status"}
AUDIENCES = {"client", "users", "exec", "angry", "internal"}
SLOTS = ["greeting", "apology", "impact", "doing", "workaround", "next-update", "contact", "closing"]
# The placeholder names are owned by the Rust code (phrasebook::Placeholder); tests/content.rs
# passes them in, so this script never keeps a copy that could drift.
PLACEHOLDERS = {n for n in os.environ.get("CRISIS_PLACEHOLDERS", "").split(",") if n}
STEP_FIELDS = {"id", "stage", "title", "why", "source", "phrases"}
PHRASE_FIELDS = {"id", "stage", "tags", "text"}
MIN_STEPS, MIN_STEPS_PER_STAGE, MIN_PHRASES, MIN_PHRASES_PER_STAGE = 22, 2, 125, 8
MAX_TITLE = 45
MIN_PER_TAG = 3
STEP_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TAG = re.compile(r"^[a-z]+$")
PH = re.compile(r"\{([^{}]*)\}")
# Tone ("situation" rather than "problem" towards clients, blame, non-apologies…) is the
# product's linter's business: tests/content.rs runs `crisis lint`'s rules on every phrase.

errors = []


def err(msg):
    errors.append(msg)


def load(path):
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        print(f"check_content: cannot read {path}: {exc}", file=sys.stderr)
        sys.exit(2)


def check_text(where, text, lang):
    """Placeholders and typography of one string; returns its placeholder set."""
    names = [n.split("|")[0] for n in PH.findall(text)]
    for n in names:
        if n not in PLACEHOLDERS:
            err(f"{where}: unknown placeholder {{{n}}}")
    if "{" in PH.sub("", text) or "}" in PH.sub("", text):
        err(f"{where}: stray brace")
    if not text.strip():
        err(f"{where}: empty text")
    if "’" in text or "‘" in text or "“" in text or "”" in text:
        err(f"{where}: use the straight apostrophe/quote")
    if "\u00a0" in text or "\u202f" in text or "\t" in text:
        err(f"{where}: use plain spaces only")
    if "  " in text or any(line != line.rstrip() for line in text.split("\n")):
        err(f"{where}: double or trailing space")
    return set(names)


def check_book(path, want_lang):
    book = load(path)
    name = os.path.relpath(path)
    extra = set(book) - {"lang", "step", "phrase"}
    if extra:
        err(f"{name}: unknown top-level keys {sorted(extra)}")
    if book.get("lang") != want_lang:
        err(f"{name}: lang should be {want_lang!r}, found {book.get('lang')!r}")
    steps, phrases = book.get("step", []), book.get("phrase", [])
    if not isinstance(steps, list) or not isinstance(phrases, list):
        err(f"{name}: step and phrase must be arrays of tables")
        return book, {}, {}

    # phrases
    by_id = {}
    tag_use = Counter()
    for i, p in enumerate(phrases):
        where = f"{name}: phrase #{i + 1} {p.get('id', '?')}"
        if not PHRASE_FIELDS <= set(p) <= PHRASE_FIELDS | {"slots"} or any(x not in SLOTS for x in p.get("slots", [])):
            err(f"{where}: fields must be exactly {sorted(PHRASE_FIELDS)}, found {sorted(p)}")
        pid, stage, tags, text = p.get("id"), p.get("stage"), p.get("tags"), p.get("text")
        if not all(isinstance(v, str) and v for v in (pid, stage, text)) or not isinstance(tags, list):
            err(f"{where}: id, stage, text must be non-empty strings and tags a list")
            continue
        if pid in by_id:
            err(f"{where}: duplicate id")
        if stage not in STAGES:
            err(f"{where}: unknown stage {stage!r}")
        prefix, _, slug = pid.partition(".")
        if prefix != stage or not STEP_ID.match(slug):
            err(f"{where}: id must look like '{stage}.<slug>' (lowercase ascii, digits, hyphens)")
        for t in tags:
            if not isinstance(t, str) or not TAG.match(t):
                err(f"{where}: bad tag {t!r}")
        if len(set(tags)) != len(tags):
            err(f"{where}: repeated tag")
        ch, au = CHANNELS.intersection(tags), AUDIENCES.intersection(tags)
        if len(ch) != 1:
            err(f"{where}: needs exactly one channel tag among {sorted(CHANNELS)}, found {sorted(ch)}")
        if len(au) < 1 or ("internal" in au and len(au) > 1):
            err(f"{where}: needs an audience tag among {sorted(AUDIENCES)} (`internal` alone), found {sorted(au)}")
        tag_use.update(ch | au)
        names = check_text(where, text, want_lang)
        by_id[pid] = dict(stage=stage, tags=list(tags), names=names)
    for t in sorted(CHANNELS | AUDIENCES):
        if tag_use[t] < MIN_PER_TAG:
            err(f"{name}: tag {t!r} used by {tag_use[t]} phrase(s), want at least {MIN_PER_TAG}")

    # steps
    step_info = {}
    last = 0
    src_use = Counter()
    for i, s in enumerate(steps):
        where = f"{name}: step #{i + 1} {s.get('id', '?')}"
        if set(s) != STEP_FIELDS:
            err(f"{where}: fields must be exactly {sorted(STEP_FIELDS)}, found {sorted(s)}")
        sid, stage, title, why, source, refs = (s.get(k) for k in ("id", "stage", "title", "why", "source", "phrases"))
        if not all(isinstance(v, str) and v for v in (sid, stage, title, why, source)) or not isinstance(refs, list):
            err(f"{where}: id, stage, title, why, source must be non-empty strings and phrases a list")
            continue
        if sid in step_info:
            err(f"{where}: duplicate id")
        if not STEP_ID.match(sid):
            err(f"{where}: id must be lowercase ascii words joined by hyphens")
        if stage not in STAGES:
            err(f"{where}: unknown stage {stage!r}")
        else:
            idx = STAGES.index(stage)
            if idx < last:
                err(f"{where}: steps must be grouped by stage in crisis order ({' > '.join(STAGES)})")
            last = max(last, idx)
        if len(title) > MAX_TITLE:
            err(f"{where}: title longer than {MAX_TITLE} characters ({len(title)})")
        if not re.search(r"[.!?]$", why) or re.search(r"[.!?] +[A-ZÀ-Ý]", why):
            err(f"{where}: why must be one sentence")
        if source not in SOURCES:
            err(f"{where}: unknown source {source!r}")
        src_use[source] += 1
        # The composer's steps hold every part of a message, one phrase per channel and
        # audience; the others stay short enough to read at a glance.
        most = 60 if sid in ("compose-update", "announce-fix") else 12
        if not 1 <= len(refs) <= most:
            err(f"{where}: needs 1 to {most} phrases, has {len(refs)}")
        if len(set(refs)) != len(refs):
            err(f"{where}: repeated phrase id")
        for r in refs:
            if r not in by_id:
                err(f"{where}: phrase {r!r} does not exist in {name}")
        for field in ("title", "why"):
            if PH.search(s[field]) or "{" in s[field] or "}" in s[field]:
                err(f"{where}: no placeholder or brace in {field}")
            check_text(f"{where} ({field})", s[field], want_lang)
        step_info[sid] = dict(stage=stage, source=source)
    # Every phrase can be reached from a step: the step filter is how the cockpit finds it.
    referenced = {r for st in steps if isinstance(st.get("phrases"), list) for r in st["phrases"]}
    for pid in by_id:
        if pid not in referenced:
            err(f"{name}: phrase {pid} belongs to no step, so the step filter never shows it")
    for src in SOURCES:
        if src_use[src] < 2:
            err(f"{name}: source {src!r} used by {src_use[src]} step(s), want at least 2")

    # counts
    if len(steps) < MIN_STEPS:
        err(f"{name}: {len(steps)} steps, want at least {MIN_STEPS}")
    if len(phrases) < MIN_PHRASES:
        err(f"{name}: {len(phrases)} phrases, want at least {MIN_PHRASES}")
    sc = Counter(v["stage"] for v in step_info.values())
    pc = Counter(v["stage"] for v in by_id.values())
    for st in STAGES:
        if sc[st] < MIN_STEPS_PER_STAGE:
            err(f"{name}: stage {st} has {sc[st]} step(s), want at least {MIN_STEPS_PER_STAGE}")
        if pc[st] < MIN_PHRASES_PER_STAGE:
            err(f"{name}: stage {st} has {pc[st]} phrase(s), want at least {MIN_PHRASES_PER_STAGE}")
    book["_steps"], book["_phrases"] = list(step_info), list(by_id)
    return book, step_info, by_id


def main(argv):
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if argv and len(argv) != 2:
        print("usage: scripts/check_content.py [EN_TOML FR_TOML]", file=sys.stderr)
        return 2
    if not PLACEHOLDERS:
        print("set CRISIS_PLACEHOLDERS to the known placeholder names (cargo test does)", file=sys.stderr)
        return 2
    en_path, fr_path = argv or [os.path.join(ROOT, "phrasebook", f) for f in ("en.toml", "fr.toml")]
    en, en_steps, en_ph = check_book(en_path, "en")
    fr, fr_steps, fr_ph = check_book(fr_path, "fr")

    # pairing
    if en.get("_steps") != fr.get("_steps"):
        err(f"step ids differ between en and fr (same ids, same order): "
            f"only en {sorted(set(en_steps) - set(fr_steps))}, only fr {sorted(set(fr_steps) - set(en_steps))}")
    for sid in set(en_steps) & set(fr_steps):
        if en_steps[sid] != fr_steps[sid]:
            err(f"step {sid}: stage or source differs between en and fr")
    for sid, s in ((s["id"], s) for s in en.get("step", []) if isinstance(s, dict)):
        other = next((t for t in fr.get("step", []) if t.get("id") == sid), None)
        if other is not None and other.get("phrases") != s.get("phrases"):
            err(f"step {sid}: phrase lists differ between en and fr")
    if set(en_ph) != set(fr_ph):
        err(f"phrase ids differ: only en {sorted(set(en_ph) - set(fr_ph))}, only fr {sorted(set(fr_ph) - set(en_ph))}")
    for pid in sorted(set(en_ph) & set(fr_ph)):
        a, b = en_ph[pid], fr_ph[pid]
        if a["stage"] != b["stage"] or sorted(a["tags"]) != sorted(b["tags"]):
            err(f"phrase {pid}: stage or tags differ between en and fr")
        # {e} is French grammar (« désolé{e} »): English has no gender to agree.
        if a["names"] - {"e"} != b["names"] - {"e"}:
            err(f"phrase {pid}: placeholders differ: en {sorted(a['names'])}, fr {sorted(b['names'])}")

    # report
    print(f"{'stage':<12} {'en steps':>8} {'fr steps':>8} {'en phrases':>10} {'fr phrases':>10}")
    for st in STAGES:
        row = [sum(v["stage"] == st for v in d.values()) for d in (en_steps, fr_steps, en_ph, fr_ph)]
        print(f"{st:<12} {row[0]:>8} {row[1]:>8} {row[2]:>10} {row[3]:>10}")
    print(f"{'total':<12} {len(en_steps):>8} {len(fr_steps):>8} {len(en_ph):>10} {len(fr_ph):>10}")
    for e in errors:
        print(f"error: {e}")
    if errors:
        print(f"structure: {len(errors)} error(s)")
        return 1
    print("structure: ok (ids paired en/fr, stages covered, references, tags, placeholders and sources valid)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
