#!/usr/bin/python3
"""A classroom PC with two learners (shared_pc_by_actions.conf): the player starts with
"Wie ben jij?" on the accessibility bus, the list names both learners, the last one is
selected and the button says so; the learner selects her own name by its list item's
Toggle action, hears the button name her, presses it by its action, and the
course opens for her: she is the current profile in the settings, and the progress
file holds her course and nobody else's.

    shared_pc_by_actions.py [COURSE_DIR]   (inside the session tests/a11y/run-a11y sets up)
"""
import configparser
import os
import sqlite3
import sys

from leerpad_atspi import Atspi, do, find, find_app, name_of, pump, start, text_of, wait_for


def main():
    problems = []
    app = find_app()
    if app is None:
        print("no Leerpad on the accessibility bus", file=sys.stderr)
        return 2
    karolien = wait_for(app, Atspi.Role.PUSH_BUTTON, "Ik ben Karolien Jansen", timeout=30)
    if karolien is None:
        print("no 'Ik ben Karolien Jansen' button: the start did not ask who is learning", file=sys.stderr)
        return 1
    if find(app, Atspi.Role.PUSH_BUTTON, "Volgende pagina") is not None:
        problems.append("the course is open behind the question: nobody has said who they are yet")
    listing = find(app, Atspi.Role.LIST, "Leerlingen op deze computer")
    if listing is None:
        print("no list 'Leerlingen op deze computer'", file=sys.stderr)
        return 1
    items = [name_of(listing.get_child_at_index(i)) for i in range(listing.get_child_count())]
    if items != ["Anouska de Vries (s2026002)", "Karolien Jansen"]:
        problems.append(f"the learners listed are {items!r}")
    if find(app, Atspi.Role.PUSH_BUTTON, "Nieuwe leerling…") is None:
        problems.append("no 'Nieuwe leerling…' button")

    do(listing.get_child_at_index(0), "Toggle")  # a list item's action selects it
    anouska = wait_for(app, Atspi.Role.PUSH_BUTTON, "Ik ben Anouska de Vries")
    if anouska is None:
        print("selecting Anouska did not rename the button", file=sys.stderr)
        return 1
    do(anouska)
    if start() is None:  # exits 2 when the course never shows
        return 2
    # Who the player thinks is learning: the settings and the progress file say Anouska.
    # run-a11y keeps both in one folder: DATA/config (XDG_CONFIG_HOME) and DATA/progress.
    pump(1.0)
    data = os.path.dirname(os.environ["XDG_CONFIG_HOME"])
    settings = configparser.ConfigParser(interpolation=None)
    settings.read(os.path.join(os.environ["XDG_CONFIG_HOME"], "Leerpad", "Leerpad.conf"))
    current = settings.get("learner", "current", fallback=None)
    if current != "p-anouska":
        problems.append(f"the current profile is {current!r}, not the learner who chose herself")
    with sqlite3.connect(f"file:{os.path.join(data, 'progress', 'progress.sqlite')}?mode=ro", uri=True) as db:
        owners = sorted(row[0] for row in db.execute("SELECT DISTINCT profile_id FROM course"))
    if owners != ["p-anouska"]:
        problems.append(f"the progress file holds courses of {owners!r}, not only Anouska's")
    pump(0.2)
    for p in problems:
        print("shared_pc_by_actions:", p, file=sys.stderr)
    print(f"shared_pc_by_actions: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
