#!/usr/bin/python3
"""Reaches every glossary term of a running Leerpad the way a screen reader reads text:
turn the pages with "Volgende pagina", find each term in the page text through the Text
interface, move the caret into it (what Orca's caret navigation does), and hear the term
and its definition announced. The terms and definitions come from the course file, not
from the player.

    glossary_by_caret.py COURSE_DIR   (inside the session tests/a11y/run-a11y sets up)
"""
import json
import os
import sys

from leerpad_atspi import Atspi, Events, next_page, page_number, pump, showing, start, text_of, walk
from selftest_by_actions import squash


def mentions(course):
    """Per page (in reading order): the terms as (visible text, glossary id)."""
    pages = []
    for section in course["sections"]:
        for page in section["pages"]:
            found = []

            def visit(node):
                if isinstance(node, dict):
                    if "term" in node:
                        found.append((node["text"], node["term"]))
                    for value in node.values():
                        visit(value)
                elif isinstance(node, list):
                    for value in node:
                        visit(value)

            for block in page["blocks"]:
                if block["kind"] == "text":
                    visit(block["content"])
            pages.append(found)
    return pages


def texts_on_page(app):
    return [obj for obj in walk(app) if showing(obj) and text_of(obj).strip()]


def check_term(app, events, visible, entry, problems):
    for obj in texts_on_page(app):
        text = text_of(obj)
        at = text.find(visible)
        if at < 0:
            continue
        events.clear()
        if not Atspi.Text.set_caret_offset(obj, at + 1):
            problems.append(f"the caret cannot be put in {visible!r} through the Text interface")
            return
        heard = events.wait(lambda kind, role, name, detail: role == Atspi.Role.NOTIFICATION and detail == 1
                            and entry["term"] in name and squash(entry["definition"]) in squash(name))
        if heard is None:
            problems.append(f"caret in {visible!r}: no announcement of {entry['term']!r} with its definition; "
                            f"heard {events.seen!r}")
        return
    problems.append(f"page {page_number(app)[0]}: the term {visible!r} is in no text on the bus")


def main():
    with open(os.path.join(sys.argv[1], "course.json"), encoding="utf-8") as f:
        course = json.load(f)
    glossary = {entry["id"]: entry for entry in course["glossary"]}
    pages = mentions(course)
    last = max(i for i, found in enumerate(pages) if found)
    problems = []
    app = start()
    events = Events("object:state-changed:showing")
    checked = 0
    for index, found in enumerate(pages[: last + 1]):
        if index > 0 and not next_page(app):
            problems.append(f"could not turn to page {index + 1}")
            break
        pump(0.3)
        for visible, term in found:
            check_term(app, events, visible, glossary[term], problems)
            checked += 1
    for p in problems:
        print(p)
    print(f"glossary_by_caret: {checked} term mentions on {sum(1 for f in pages if f)} pages reached by "
          f"caret through AT-SPI; {len(problems)} problems")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
