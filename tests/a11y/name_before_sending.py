#!/usr/bin/python3
"""With an LRS configured and a learner without a name (name_before_sending.conf), the
player opens the course first and then asks "Wie ben ik?" before anything is sent: the
dialog is on the accessibility bus over the course, the learner types her name through
the name field's EditableText interface and presses "Opslaan" by its action, and her
profile in the settings has the name.

    name_before_sending.py [COURSE_DIR]   (inside the session tests/a11y/run-a11y sets up)
"""
import configparser
import os
import sys

from leerpad_atspi import Atspi, do, find, find_app, pump, wait_for


def main():
    problems = []
    app = find_app()
    if app is None:
        print("no Leerpad on the accessibility bus", file=sys.stderr)
        return 2
    if wait_for(app, Atspi.Role.PUSH_BUTTON, "Volgende pagina", timeout=30) is None:
        print("the course never showed", file=sys.stderr)
        return 2
    field = wait_for(app, Atspi.Role.TEXT, "Je naam", timeout=15)
    if field is None:
        print("no 'Wie ben ik?' with a 'Je naam' field: results would go out without a name",
              file=sys.stderr)
        return 1
    Atspi.EditableText.set_text_contents(field, "Sanne Bakker")
    pump(0.3)
    save = wait_for(app, Atspi.Role.PUSH_BUTTON, "Opslaan")
    if save is None:
        print("no 'Opslaan' button", file=sys.stderr)
        return 1
    do(save)
    pump(1.0)
    if find(app, Atspi.Role.TEXT, "Je naam") is not None:
        problems.append("the dialog is still open after 'Opslaan'")
    settings = configparser.ConfigParser(interpolation=None)
    settings.read(os.path.join(os.environ["XDG_CONFIG_HOME"], "Leerpad", "Leerpad.conf"))
    names = [v for k, v in settings.items("profiles")] if settings.has_section("profiles") else []
    if "Sanne Bakker" not in names:
        problems.append(f"the profiles in the settings are {dict(settings.items('profiles')) if names else {}!r}")
    for p in problems:
        print("name_before_sending:", p, file=sys.stderr)
    print(f"name_before_sending: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
