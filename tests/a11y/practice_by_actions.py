#!/usr/bin/python3
"""Answers the first practice question of a running Leerpad through the accessibility
bus alone, and listens for what a screen reader would say: turn the pages with
"Volgende pagina" up to the first "Controleren", choose a wrong option with its
accessible Toggle action, press "Controleren", hear the feedback announced, press
"Opnieuw proberen", choose the right option, and hear "Goed".

The right and wrong options come from the course file, not from the player.

    practice_by_actions.py COURSE_DIR   (inside the session tests/a11y/run-a11y sets up)
"""
import json
import os
import sys

from leerpad_atspi import Atspi, Events, checked, do, find, find_all, name_of, next_page, \
    pump, start, wait_for
from selftest_by_actions import plain, squash


def practice_questions(course):
    for section in course["sections"]:
        for page in section["pages"]:
            for block in page["blocks"]:
                if block["kind"] == "question":
                    yield squash(plain(block["prompt"])), block


def answer(app, events, option_text, verdict, problems):
    """Toggles the option, checks, and expects the announced verdict ("Goed"/"Fout")."""
    for option in find_all(app, Atspi.Role.RADIO_BUTTON):
        if squash(name_of(option)) == option_text:
            do(option, "Toggle")
            break
    else:
        problems.append(f"no option {option_text!r} on the bus")
        return
    pump(0.2)
    if not any(checked(o) and squash(name_of(o)) == option_text for o in find_all(app, Atspi.Role.RADIO_BUTTON)):
        problems.append(f"option {option_text!r} does not report checked after its Toggle action")
    events.clear()
    do(find(app, Atspi.Role.PUSH_BUTTON, "Controleren"))
    heard = events.wait(lambda kind, role, name, detail: role == Atspi.Role.NOTIFICATION and detail == 1
                        and name.startswith(verdict + ":"))
    if heard is None:
        problems.append(f"after 'Controleren' no notification starting {verdict + ':'!r} was announced; "
                        f"heard {events.seen!r}")
    shown = wait_for(app, Atspi.Role.NOTIFICATION, pattern=rf"^{verdict}:")
    if shown is None:
        problems.append(f"no feedback {verdict!r} in the accessible tree")


def main():
    with open(os.path.join(sys.argv[1], "course.json"), encoding="utf-8") as f:
        questions = dict(practice_questions(json.load(f)))
    problems = []
    app = start()
    events = Events("object:state-changed:showing")
    for _ in range(100):
        if find(app, Atspi.Role.PUSH_BUTTON, "Controleren") is not None:
            break
        if not next_page(app):
            print("practice: no page with 'Controleren' reached", file=sys.stderr)
            return 1
    prompt_label = wait_for(app, Atspi.Role.LABEL, pattern=r"^Vraag: ")
    question = questions.get(squash(name_of(prompt_label)[len("Vraag: "):]) if prompt_label else "")
    if question is None:
        print(f"practice: the prompt {name_of(prompt_label)!r} is not in the course file", file=sys.stderr)
        return 1
    right = [squash(plain(o["text"])) for o in question["options"] if o["id"] in question["correct"]]
    wrong = [squash(plain(o["text"])) for o in question["options"] if o["id"] not in question["correct"]]

    answer(app, events, wrong[0], "Fout", problems)
    retry = wait_for(app, Atspi.Role.PUSH_BUTTON, "Opnieuw proberen")
    if retry is None:
        problems.append("no 'Opnieuw proberen' after a wrong answer")
    else:
        do(retry)
        answer(app, events, right[0], "Goed", problems)

    for p in problems:
        print(p)
    print(f"practice_by_actions: question {question['id']} answered wrong, then right, through AT-SPI; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
