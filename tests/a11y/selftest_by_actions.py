#!/usr/bin/python3
"""Takes the whole self-test of a running Leerpad through the accessibility bus alone,
as a learner with a screen reader does: turn the pages with "Volgende pagina", start the
test, read each question's prompt from the accessible tree, choose options with their
accessible Toggle action, go on with "Volgende vraag", hand in with "Test inleveren" and
its dialog, and read the score back from the accessible tree.

The answers come from the course file itself (not from the player): the right options
for every question but the ones in WRONG, so the expected score is known beforehand.
Every option that reports itself checked must be what the test counted as answered,
and the score the player reads out must be the one the course file gives.

    selftest_by_actions.py COURSE_DIR   (inside the session tests/a11y/run-a11y sets up)
"""
import json
import os
import re
import sys

from leerpad_atspi import Atspi, Events, checked, do, find, find_all, name_of, next_page, \
    pump, start, wait_for

WRONG = {3, 7}  # the questions (in the order shown) answered wrongly on purpose


def plain(runs):
    if isinstance(runs, str):
        return runs
    return "".join(r if isinstance(r, str) else r.get("text") or r.get("em") or r.get("strong") or ""
                   for r in runs)


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    course_dir = sys.argv[1]
    with open(os.path.join(course_dir, "course.json"), encoding="utf-8") as f:
        course = json.load(f)
    questions = {squash(plain(q["prompt"])): q for q in course["selfTest"]["questions"]}
    count = len(questions)
    problems = []

    app = start()
    events = Events("object:state-changed:showing")
    for _ in range(200):
        if find(app, Atspi.Role.PUSH_BUTTON, "De test starten") is not None:
            break
        if not next_page(app):
            print("selftest: the test page was not reached with 'Volgende pagina'", file=sys.stderr)
            return 1
    do(find(app, Atspi.Role.PUSH_BUTTON, "De test starten"))

    expected = 0
    for number in range(1, count + 1):
        if wait_for(app, Atspi.Role.LABEL, f"Vraag {number} van {count}") is None:
            problems.append(f"question {number}: 'Vraag {number} van {count}' never showed")
            break
        prompt_label = wait_for(app, Atspi.Role.LABEL, pattern=r"^Vraag: ")
        prompt = squash(name_of(prompt_label)[len("Vraag: "):]) if prompt_label else ""
        question = questions.get(prompt)
        if question is None:
            problems.append(f"question {number}: prompt {prompt!r} is not in the course file")
            break
        right = {squash(plain(o["text"])) for o in question["options"] if o["id"] in question["correct"]}
        wrong = [squash(plain(o["text"])) for o in question["options"] if o["id"] not in question["correct"]]
        targets = {wrong[0]} if number in WRONG else right
        expected += 0 if number in WRONG else 1
        role = Atspi.Role.CHECK_BOX if question["type"] == "multiple" else Atspi.Role.RADIO_BUTTON
        for option in find_all(app, role):
            if squash(name_of(option)) in targets:
                do(option, "Toggle")
        pump(0.2)
        shown = {squash(name_of(o)) for o in find_all(app, role) if checked(o)}
        if shown != targets:
            problems.append(f"question {number}: the options that report checked are {sorted(shown)}, "
                            f"not the ones toggled {sorted(targets)}")
        # What the test counted: the answered count follows the checked state.
        if wait_for(app, Atspi.Role.LABEL, f"{number} van {count} beantwoord", timeout=5) is None:
            problems.append(f"question {number}: an option reports checked, yet the test does not "
                            f"say '{number} van {count} beantwoord'")
        if number < count:
            do(find(app, Atspi.Role.PUSH_BUTTON, "Volgende vraag"))

    submit = find(app, Atspi.Role.PUSH_BUTTON, "Test inleveren")
    if submit is None:
        problems.append("no 'Test inleveren' button")
    else:
        events.clear()
        do(submit)
        confirm = wait_for(app, Atspi.Role.PUSH_BUTTON, "Inleveren")
        if confirm is None:
            problems.append("'Test inleveren' asked nothing: no 'Inleveren' button in a dialog")
        else:
            do(confirm)
    score = wait_for(app, Atspi.Role.LABEL, pattern=r"^Je score: ", timeout=10)
    said = name_of(score) if score else ""
    score_words = f"{expected} van de {count} goed"
    if score_words not in said:
        problems.append(f"the score read from the accessible tree is {said!r}; the course file "
                        f"gives {score_words!r}")
    # A screen reader hears the result without hunting for it: a notification shows with it.
    heard = events.wait(lambda kind, role, name, detail: role == Atspi.Role.NOTIFICATION
                        and detail == 1 and score_words in name)
    if heard is None:
        problems.append(f"the score was not announced: no notification carried it; heard {events.seen!r}")

    for p in problems:
        print(p)
    print(f"selftest_by_actions: {count} questions answered through AT-SPI, score read {said!r}, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
