#!/usr/bin/python3
"""Walks every page of the course shown by a running Leerpad through the accessibility
bus (AT-SPI, what Orca uses) and checks what a screen-reader user gets on each:

- every control they can reach has a name made of words (not a glyph like "▶" or "1×");
- a slider says its position as text, a combo box names its choice in words;
- an answer option sits in a group named by its question's prompt;
- the table of contents says of each page whether it is seen or done;
- page text is there in full through the Text interface, not only what is in view.

Pages are turned with the accessible action of the "Volgende pagina" button, not with
synthetic keys.

    walk_pages.py [COURSE]   (inside the session tests/a11y/run-a11y sets up)

Prints one line per problem, a summary, and exits 1 on any problem."""
import json
import os
import re
import sys

from leerpad_atspi import LETTER, Atspi, name_of, next_page, page_number, role_of, showing, \
    start, text_of, walk

ACTIONABLE = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.RADIO_BUTTON,
    Atspi.Role.CHECK_BOX, Atspi.Role.COMBO_BOX, Atspi.Role.SLIDER, Atspi.Role.LINK,
    Atspi.Role.SPIN_BUTTON, Atspi.Role.TREE, Atspi.Role.TREE_TABLE, Atspi.Role.LIST,
    Atspi.Role.TEXT, Atspi.Role.ENTRY,
}
OPTIONS = {Atspi.Role.RADIO_BUTTON, Atspi.Role.CHECK_BOX}
# Check boxes of the player itself, not answers (the dialogue's mute and transcript).
CONTROL_TOGGLES = {"Geluid uitzetten", "Geluid aanzetten", "Uitgeschreven tekst verbergen",
                   "Uitgeschreven tekst tonen"}
TOC_STATES = ("bekeken", "afgerond")


def description_of(obj):
    try:
        return obj.get_description() or ""
    except Exception:
        return ""


def check_control(obj, role, title, prompts, problems):
    name = name_of(obj)
    if not LETTER.search(name):
        problems.append(f"{title}: {role.value_nick} named {name!r} has no words in its name")
    if role == Atspi.Role.SLIDER and not any(c.isdigit() for c in description_of(obj) + name):
        problems.append(f"{title}: slider {name!r} does not say its position as text")
    if role == Atspi.Role.COMBO_BOX:
        choice = text_of(obj) or "".join(name_of(c) for c in walk(obj) if c is not obj)
        if choice and not LETTER.search(name + " " + choice):
            problems.append(f"{title}: combo box {name!r} says its choice {choice!r} without words")
    if role in OPTIONS and prompts:
        # On a question's page, an answer option sits in a group named by the prompt.
        group = obj.get_parent()
        while group is not None and name_of(group) not in prompts:
            group = group.get_parent()
        if group is None and name not in CONTROL_TOGGLES:
            problems.append(f"{title}: option {name!r} is not in a group named by its question")


def check_toc(obj, title, problems):
    """The table of contents: each page row says whether it is seen or done."""
    rows = [c for c in walk(obj) if c is not obj and role_of(c) in (Atspi.Role.TREE_ITEM,
                                                                      Atspi.Role.TABLE_CELL)]
    if not rows:
        problems.append(f"{title}: the table of contents exposes no rows")
    pages = 0
    for row in rows:
        described = description_of(row).lower()
        if described.startswith("onderdeel"):
            continue  # a section's row says how many pages it has
        pages += 1
        if not any(s in described for s in TOC_STATES):
            problems.append(f"{title}: table-of-contents row {name_of(row)!r} does not say "
                            f"whether the page is seen or done ({description_of(row)!r})")
            return
    if rows and pages == 0:
        problems.append(f"{title}: the table of contents exposes no page rows")


def plain(runs):
    if isinstance(runs, str):
        return runs
    return "".join(r if isinstance(r, str) else r.get("text") or r.get("em") or r.get("strong") or ""
                   for r in runs)


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def course_texts(course_dir):
    """Per page, in reading order, the text of its paragraphs, quotes and list items."""
    with open(os.path.join(course_dir, "course.json"), encoding="utf-8") as f:
        course = json.load(f)
    pages = []
    for section in course["sections"]:
        for page in section["pages"]:
            texts = []
            for block in page["blocks"]:
                for element in block.get("content", []) if block["kind"] == "text" else []:
                    if "text" in element:
                        texts.append(squash(plain(element["text"])))
                    texts += [squash(plain(item)) for item in element.get("items", [])]
            pages.append(texts)
    return pages


def check_text(app, title, texts, problems):
    """Every paragraph is there in full through the Text interface, scrolled into view or not."""
    exposed = squash(" ".join(text_of(o) for o in walk(app) if showing(o)))
    checked = 0
    for text in texts:
        if text and text not in exposed:
            problems.append(f"{title}: the text {text[:50]!r}… is not exposed in full")
            break
        checked += 1
    return checked


def check_page(app, title, problems):
    controls = 0
    prompts = {name_of(o)[len("Vraag: "):] for o in walk(app)
               if role_of(o) == Atspi.Role.LABEL and name_of(o).startswith("Vraag: ") and showing(o)}
    for obj in walk(app):
        role = role_of(obj)
        if role not in ACTIONABLE or not showing(obj):
            continue
        try:
            states = obj.get_state_set()
            reachable = states.contains(Atspi.StateType.FOCUSABLE) or obj.get_action_iface() is not None
        except Exception:
            continue
        if not reachable:
            continue
        controls += 1
        check_control(obj, role, title, prompts, problems)
        if role in (Atspi.Role.TREE, Atspi.Role.TREE_TABLE) and name_of(obj) == "Inhoudsopgave":
            check_toc(obj, title, problems)
    return controls


def main():
    texts = course_texts(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] else []
    app = start()
    problems = []
    controls = 0
    number, count = page_number(app)
    visited = paragraphs = 0
    while number > 0:
        visited += 1
        controls += check_page(app, f"page {number}", problems)
        if number <= len(texts):
            paragraphs += check_text(app, f"page {number}", texts[number - 1], problems)
        if number == count:
            break
        if not next_page(app):
            problems.append(f"page {number}: 'Volgende pagina' did not turn the page")
            break
        number += 1
    for p in problems:
        print(p)
    print(f"walk_pages: {visited} of {count} pages, {controls} controls and {paragraphs} paragraphs "
          f"checked, {len(problems)} problems")
    if count == 0 or visited != count:
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
