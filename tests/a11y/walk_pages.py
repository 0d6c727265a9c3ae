#!/usr/bin/python3
"""Walks every page of the course shown by a running Leerpad through the accessibility
bus (AT-SPI, what Orca uses) and checks that every control a screen-reader user can
reach has a name made of words. Pages are turned with the accessible action of the
"Volgende pagina" button, not with synthetic keys.

    walk_pages.py            (inside the session tests/a11y/run-a11y sets up)

Prints one line per problem, a summary, and exits 1 when a control has no proper name."""
import re
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

ACTIONABLE = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.RADIO_BUTTON,
    Atspi.Role.CHECK_BOX, Atspi.Role.COMBO_BOX, Atspi.Role.SLIDER, Atspi.Role.LINK,
    Atspi.Role.SPIN_BUTTON, Atspi.Role.TREE, Atspi.Role.TREE_TABLE, Atspi.Role.LIST,
    Atspi.Role.TEXT, Atspi.Role.ENTRY,
}
LETTER = re.compile(r"[A-Za-zÀ-ÿ]")


def find_app(timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and "leerpad" in (app.get_name() or "").lower():
                return app
        time.sleep(0.3)
    return None


def walk(obj, depth=0):
    if obj is None or depth > 40:
        return
    yield obj
    try:
        count = obj.get_child_count()
    except Exception:  # an object that went away while we looked
        return
    for i in range(min(count, 500)):
        try:
            child = obj.get_child_at_index(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def showing(obj):
    states = obj.get_state_set()
    return states.contains(Atspi.StateType.SHOWING) and states.contains(Atspi.StateType.VISIBLE)


def find_button(app, name):
    for obj in walk(app):
        try:
            if obj.get_role() == Atspi.Role.PUSH_BUTTON and obj.get_name() == name and showing(obj):
                return obj
        except Exception:
            continue
    return None


PAGE = re.compile(r"^Pagina (\d+) van (\d+)$")


def page_number(app):
    """The "Pagina N van M" the navigation bar shows, as (N, M); (0, 0) when absent."""
    for obj in walk(app):
        try:
            match = PAGE.match(obj.get_name() or "")
            if match and obj.get_role() == Atspi.Role.LABEL:
                return int(match.group(1)), int(match.group(2))
        except Exception:
            continue
    return 0, 0


def check_page(app, title, problems):
    controls = 0
    for obj in walk(app):
        try:
            role = obj.get_role()
            if role not in ACTIONABLE or not showing(obj):
                continue
            states = obj.get_state_set()
            if not (states.contains(Atspi.StateType.FOCUSABLE) or obj.get_action_iface() is not None):
                continue
            controls += 1
            name = obj.get_name() or ""
            if not LETTER.search(name):
                problems.append(f"{title}: {role.value_nick} named {name!r} has no words in its name")
        except Exception:
            continue
    return controls


def main():
    app = find_app()
    deadline = time.time() + 30
    while app is not None and find_button(app, "Volgende pagina") is None and time.time() < deadline:
        time.sleep(0.3)
    if app is None or find_button(app, "Volgende pagina") is None:
        print("walk_pages: no Leerpad window on the accessibility bus", file=sys.stderr)
        return 2
    problems = []
    controls = 0
    number, count = page_number(app)
    visited = 0
    while number > 0:
        visited += 1
        controls += check_page(app, f"page {number}", problems)
        if number == count:
            break
        next_button = find_button(app, "Volgende pagina")
        if next_button is None:
            problems.append(f"page {number}: no 'Volgende pagina' button")
            break
        Atspi.Action.do_action(next_button, 0)
        deadline = time.time() + 10
        while page_number(app)[0] == number and time.time() < deadline:
            time.sleep(0.1)
        if page_number(app)[0] != number + 1:
            problems.append(f"page {number}: 'Volgende pagina' did not turn the page")
            break
        number = number + 1
    for p in problems:
        print(p)
    print(f"walk_pages: {visited} of {count} pages, {controls} controls checked, {len(problems)} problems")
    if count == 0 or visited != count:
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
