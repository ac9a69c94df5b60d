#!/usr/bin/env python3
"""Finds rule ids cited in comments of src/ and tests/ without the one tag form of docs/rules.md
(`Rule RR-1`, once per id), and with --fix rewrites them in place.

Only comments change (// …, /* … */ in C++ and JavaScript files); code and strings are never
touched. A rule's definition line in a header's list ("//   RR-1   The rapid review is due …",
the id followed by two spaces) is a definition, not a citation, and stays as it is, and so do the
lines of a box-drawing diagram. Rewrites:
  "Rules SIN-1 and SIN-3"  -> "Rule SIN-1 and Rule SIN-3"
  "SIN-2/SIN-3"            -> "Rule SIN-2, Rule SIN-3"
  "WD-1..3"                -> "Rule WD-1, Rule WD-2, Rule WD-3"
  "rule UK-TIME", "UK-TIME rule" -> "Rule UK-TIME"
Usage: scripts/rule-tags.py [--fix] [PATH ...]   (default: src tests)
Prints each line that is (or was) not in the tag form; exits 1 in check mode when there are any.
"""
import pathlib
import re
import subprocess
import sys

PREFIXES = ("CASE-REF|SIN|RR|DEC|DL|REM|SEC|TRN|WD|REV|CHR|KPE|LE|RPT|ACT|PUB|LIB|YR")
ID = rf"(?:(?:{PREFIXES})-\d+|UK-TIME)"
NOT_BEFORE = r"(?<![A-Za-z0-9-])"
NOT_AFTER = r"(?![A-Za-z0-9-])"
ID_RE = re.compile(NOT_BEFORE + "(" + ID + ")" + NOT_AFTER)
RANGE_RE = re.compile(NOT_BEFORE + rf"({PREFIXES})-(\d+)(?:\.\.|…)(?:\1-)?(\d+)" + NOT_AFTER)
SLASH_RE = re.compile(NOT_BEFORE + "(" + ID + ")/(?=" + ID + NOT_AFTER + ")")
WORD_BEFORE_RE = re.compile(r"\b[Rr]ules?\s+(?=" + ID + NOT_AFTER + ")")
WORD_AFTER_RE = re.compile(r"(?:\bthe )?" + NOT_BEFORE + "(" + ID + r") rule\b")
RULER_RE = re.compile(r" -{10,}$")
DEFINITION_RE = re.compile(r"^(\s*(?://|\*)\s+)(" + ID + r")(\s{2,}\S)")
DIAGRAM = "─│└┘┌┐├┤►◄"
EXTENSIONS = {".cpp", ".hpp", ".h", ".cc", ".mjs", ".js"}


def normalise_comment(text):
    """The comment text with every rule id cited as `Rule ID`."""
    text = RANGE_RE.sub(
        lambda m: ", ".join(f"{m.group(1)}-{n}" for n in range(int(m.group(2)), int(m.group(3)) + 1)),
        text)
    text = SLASH_RE.sub(lambda m: m.group(1) + ", ", text)
    text = WORD_AFTER_RE.sub(lambda m: m.group(1), text)
    text = WORD_BEFORE_RE.sub("", text)
    return ID_RE.sub(lambda m: "Rule " + m.group(1), text)


def comment_spans(line, in_block):
    """(start, end) spans of `line` that are comment text, and whether a block comment stays open."""
    spans = []
    i = 0
    quote = None
    if in_block:
        end = line.find("*/")
        if end < 0:
            return [(0, len(line))], True
        spans.append((0, end))
        i = end + 2
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "\"'`":
            if c == '"' and i > 0 and line[i - 1] == "R":  # a raw string on one line: R"(…)"
                close = line.find(')"', i)
                i = close + 2 if close >= 0 else len(line)
                continue
            quote = c
        elif line.startswith("//", i):
            spans.append((i, len(line)))
            return spans, False
        elif line.startswith("/*", i):
            end = line.find("*/", i + 2)
            if end < 0:
                spans.append((i, len(line)))
                return spans, True
            spans.append((i, end))
            i = end + 2
            continue
        i += 1
    return spans, False


def normalise_line(line, in_block):
    spans, in_block = comment_spans(line, in_block)
    if any(c in line for c in DIAGRAM):  # a drawing: words inside it keep their places
        return line, in_block
    out = line
    for start, end in reversed(spans):
        text = out[start:end]
        definition = DEFINITION_RE.match(text) if start == 0 or not out[:start].strip() else None
        if definition:
            head = text[: definition.end(2)]
            text = head + normalise_comment(text[definition.end(2):])
        else:
            text = normalise_comment(text)
        grown = len(text) - (end - start)
        ruler = RULER_RE.search(text)
        if ruler and grown > 0:  # a section ruler keeps its length
            text = text[: max(ruler.start() + 4, len(text) - grown)]
        out = out[:start] + text + out[end:]
    return out, in_block


SPLIT_RE = re.compile(r" (\(?)Rule\n([ \t]*// ?)(?=" + ID + NOT_AFTER + ")")


def reformat(path):
    """clang-format's comment reflow, then no line break between `Rule` and its id (repeated, as
    moving the word down can make the next line too long)."""
    for _ in range(10):
        subprocess.run(["clang-format", "-i", str(path)], check=True)
        text = path.read_text(encoding="utf-8")
        mended = SPLIT_RE.sub(lambda m: "\n" + m.group(2) + m.group(1) + "Rule ", text)
        if mended == text:
            return
        path.write_text(mended, encoding="utf-8")
    raise SystemExit(f"rule-tags: {path}: clang-format keeps splitting 'Rule' from its id")


def main(arguments):
    fix = "--fix" in arguments
    roots = [a for a in arguments if a != "--fix"] or ["src", "tests"]
    found = 0
    for root in roots:
        paths = [pathlib.Path(root)] if pathlib.Path(root).is_file() else sorted(
            p for p in pathlib.Path(root).rglob("*") if p.suffix in EXTENSIONS and p.is_file())
        for path in paths:
            lines = path.read_text(encoding="utf-8").split("\n")
            in_block = False
            changed = False
            for number, line in enumerate(lines):
                new, in_block = normalise_line(line, in_block)
                if new != line:
                    found += 1
                    print(f"{path}:{number + 1}: {line.strip()}")
                    lines[number] = new
                    changed = True
            if fix and changed:
                path.write_text("\n".join(lines), encoding="utf-8")
                if path.suffix in {".cpp", ".hpp", ".h", ".cc"}:
                    reformat(path)
    if found and not fix:
        print(f"rule-tags: {found} lines cite a rule without the form 'Rule ID' (--fix rewrites them)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
