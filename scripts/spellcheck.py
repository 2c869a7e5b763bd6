#!/usr/bin/env python3
"""Spell-check the crisis phrasebooks with hunspell.

Usage: scripts/spellcheck.py [phrasebook/xx.toml ...]

With no argument every phrasebook/*.toml file is checked, and the messages and
suggestions of the tone rules in lint/*.toml, and the interface's messages in
messages/*.ftl (Fluent: placeables and variant keys are left out). For each file, the
step titles and "why" sentences and every phrase text are extracted, the
{placeholders} are removed, and the text is run through
`hunspell -l -d <dict>` (en -> en_US, fr -> fr_FR). Words listed in
phrasebook/words-<lang>.txt (one per line, '#' starts a comment) are accepted.

Exit status: 0 no unknown word, 1 unknown words found (each one is printed
with the file and the step/phrase ids where it occurs), 2 setup error
(hunspell or a dictionary missing, unreadable file).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

DICTS = {"en": "en_US", "fr": "fr_FR"}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fail(msg):
    print(f"spellcheck: {msg}", file=sys.stderr)
    sys.exit(2)


def texts_of(book):
    """Yield (label, text) for every checked string of a phrasebook."""
    for st in book.get("step", []):
        sid = st.get("id", "?")
        for field in ("title", "why"):
            if isinstance(st.get(field), str):
                yield f"step {sid} ({field})", st[field]
    for ph in book.get("phrase", []):
        if isinstance(ph.get("text"), str):
            yield f"phrase {ph.get('id', '?')}", ph["text"]
    # lint/*.toml: what a rule says to the reader (its examples are deliberately wrong).
    for rule in book.get("rule", []):
        for field in ("message", "suggestion"):
            if isinstance(rule.get(field), str):
                yield f"rule {rule.get('id', '?')} ({field})", rule[field]


def load_allow_list(path):
    words = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.split("#", 1)[0].strip()
                if line:
                    words.append(line)
    return words


def run_hunspell(dict_name, text, allow):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".dic", delete=False) as tmp:
        tmp.write("\n".join(allow) + "\n")
        personal = tmp.name
    try:
        proc = subprocess.run(
            ["hunspell", "-i", "utf-8", "-l", "-d", dict_name, "-p", personal],
            input=text, capture_output=True, text=True, encoding="utf-8",
        )
    finally:
        os.unlink(personal)
    err = proc.stderr.strip()
    if "Can't open" in err or proc.returncode not in (0, 1):
        fail(f"hunspell cannot use dictionary {dict_name} ({err or 'exit ' + str(proc.returncode)}); "
             f"install it with: apt-get install -y hunspell-en-us hunspell-fr")
    return sorted(set(w for w in proc.stdout.split("\n") if w.strip()))


def occurrences(word, items):
    pat = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])")
    return [label for label, text in items if pat.search(text)] or ["(location not found)"]


FTL_ID = re.compile(r"^([a-z][a-z0-9-]*) = ?(.*)$")
FTL_PLACEABLE = re.compile(r"\{[^{}]*\}")
FTL_VARIANT = re.compile(r"^\s*\*?\[[a-z0-9_-]+\]\s*")


def ftl_texts(path):
    """Yield (label, text) for each message of a Fluent file, line by line."""
    current = "?"
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = FTL_ID.match(line)
            if m:
                current, line = m.group(1), m.group(2)
            line = FTL_VARIANT.sub("", line)
            # What is typed rather than said: `crisis list --all`, --one-line, UTF-8, 14:30.
            line = re.sub(r"`[^`]*`|(?<!\S)--?[a-z][a-z-]*|\S*\d\S*", " ", line)
            line = line.replace("->", " ")
            # Nested placeables ({ $n -> …} opened on one line, closed on another) leave braces.
            line = FTL_PLACEABLE.sub(" ", FTL_PLACEABLE.sub(" ", line)).replace("{", " ").replace("}", " ")
            line = re.sub(r"\$[a-z_]+", " ", line)
            # `crisis check`, `gender = "feminine"`: what is typed, not prose.
            line = re.sub(r"`[^`]*`", " ", line)
            # "Ctrl-{ $key }": the key's name is an argument.
            line = re.sub(r"-(\s|$)", r"\1", line)
            yield f"message {current}", line


def check_file(path):
    if path.endswith(".ftl"):
        lang = os.path.splitext(os.path.basename(path))[0]
        items = list(ftl_texts(path))
        return check_items(path, lang, items)
    try:
        with open(path, "rb") as fh:
            book = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        fail(f"cannot read {path}: {exc}")
    # A lint rule file is named for its language (lint/en.toml).
    lang = book.get("lang") or os.path.splitext(os.path.basename(path))[0]
    if lang not in DICTS:
        fail(f"{path}: lang must be one of {', '.join(DICTS)}, found {lang!r}")
    items = [(label, PLACEHOLDER.sub(" ", text)) for label, text in texts_of(book)]
    return check_items(path, lang, items)


def check_items(path, lang, items):
    if lang not in DICTS:
        fail(f"{path}: lang must be one of {', '.join(DICTS)}, found {lang!r}")
    allow = load_allow_list(os.path.join(ROOT, "phrasebook", f"words-{lang}.txt"))
    body = "\n".join(text for _, text in items) + "\n"
    unknown = run_hunspell(DICTS[lang], body, allow)
    rel = os.path.relpath(path)
    for word in unknown:
        print(f"{rel}: unknown word {word!r} in {', '.join(occurrences(word, items))}")
    if not unknown:
        print(f"spelling: {len(items)} texts checked in {lang} ({rel}), no unknown word")
    return len(unknown)


def main(argv):
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if shutil.which("hunspell") is None:
        fail("hunspell not found; install it with: apt-get install -y hunspell hunspell-en-us hunspell-fr")
    paths = argv
    if not paths:
        book_dir = os.path.join(ROOT, "phrasebook")
        paths = sorted(os.path.join(book_dir, f) for f in os.listdir(book_dir) if f.endswith(".toml")) \
            if os.path.isdir(book_dir) else []
        if not paths:
            fail(f"no phrasebook/*.toml found under {ROOT}")
        lint_dir = os.path.join(ROOT, "lint")
        if os.path.isdir(lint_dir):
            paths += sorted(os.path.join(lint_dir, f) for f in os.listdir(lint_dir) if f.endswith(".toml"))
        messages_dir = os.path.join(ROOT, "messages")
        if os.path.isdir(messages_dir):
            paths += sorted(os.path.join(messages_dir, f) for f in os.listdir(messages_dir) if f.endswith(".ftl"))
    total = sum(check_file(p) for p in paths)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
