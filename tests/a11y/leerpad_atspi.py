"""What every accessibility check needs to drive a running Leerpad the way a screen
reader does: find the application on the AT-SPI bus, walk its tree, find a control by
role and name, press or toggle it through its accessible action, wait for the screen to
follow, and hear the events the player sends. Nothing here sends a synthetic key or a
mouse click: a learner who cannot see the screen has only what the bus offers."""
import re
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

LETTER = re.compile(r"[A-Za-zÀ-ÿ]")


def pump(seconds=0.0):
    """Lets the bus deliver what is pending (events reach listeners only here)."""
    deadline = time.time() + seconds
    context = GLib.MainContext.default()
    while True:
        while context.pending():
            context.iteration(False)
        if time.time() >= deadline:
            return
        time.sleep(0.02)


def find_app(timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and "leerpad" in (app.get_name() or "").lower():
                return app
        pump(0.3)
    return None


def walk(obj, depth=0):
    if obj is None or depth > 40:
        return
    yield obj
    try:
        count = obj.get_child_count()
    except GLib.Error:  # an object that went away while we looked
        return
    for i in range(min(count, 500)):
        try:
            child = obj.get_child_at_index(i)
        except GLib.Error:
            continue
        yield from walk(child, depth + 1)


def showing(obj):
    try:
        states = obj.get_state_set()
    except GLib.Error:
        return False
    return states.contains(Atspi.StateType.SHOWING) and states.contains(Atspi.StateType.VISIBLE)


def role_of(obj):
    try:
        return obj.get_role()
    except GLib.Error:
        return None


def name_of(obj):
    try:
        return obj.get_name() or ""
    except GLib.Error:
        return ""


def find_all(app, role, name=None, pattern=None):
    """Every showing object of the role, whose name is `name` or matches `pattern`."""
    found = []
    for obj in walk(app):
        if role_of(obj) != role or not showing(obj):
            continue
        n = name_of(obj)
        if name is not None and n != name:
            continue
        if pattern is not None and not re.search(pattern, n):
            continue
        found.append(obj)
    return found


def find(app, role, name=None, pattern=None):
    objs = find_all(app, role, name, pattern)
    return objs[0] if objs else None


def wait_for(app, role, name=None, pattern=None, timeout=10.0):
    deadline = time.time() + timeout
    while True:
        obj = find(app, role, name, pattern)
        if obj is not None or time.time() >= deadline:
            return obj
        pump(0.1)


def action_names(obj):
    try:
        return [Atspi.Action.get_action_name(obj, i) for i in range(Atspi.Action.get_n_actions(obj))]
    except (GLib.Error, TypeError, AttributeError):
        return []


def do(obj, action=None):
    """Runs the accessible action `action` (by name; the first one when None)."""
    names = action_names(obj)
    index = 0 if action is None else names.index(action)
    Atspi.Action.do_action(obj, index)
    pump(0.05)


def checked(obj):
    try:
        return obj.get_state_set().contains(Atspi.StateType.CHECKED)
    except GLib.Error:
        return False


def text_of(obj):
    """The whole text behind an object's Text interface ("" when it has none)."""
    try:
        count = Atspi.Text.get_character_count(obj)
        return Atspi.Text.get_text(obj, 0, count)
    except (GLib.Error, TypeError, AttributeError):
        return ""


class Events:
    """Records the bus events of the given types (e.g. "object:state-changed:showing")."""

    def __init__(self, *types):
        self.seen = []
        self._listener = Atspi.EventListener.new(self._on_event)
        for t in types:
            self._listener.register(t)

    def _on_event(self, event):
        source = event.source
        self.seen.append((event.type, role_of(source), name_of(source), event.detail1))

    def clear(self):
        pump(0.2)
        self.seen = []

    def wait(self, predicate, timeout=5.0):
        deadline = time.time() + timeout
        while True:
            pump(0.05)
            for e in self.seen:
                if predicate(*e):
                    return e
            if time.time() >= deadline:
                return None


def start(expect_button="Volgende pagina"):
    """The running player, once its window is on the bus; exits 2 when it never shows."""
    app = find_app()
    if app is not None and wait_for(app, Atspi.Role.PUSH_BUTTON, expect_button, timeout=30) is not None:
        return app
    print("no Leerpad window on the accessibility bus", file=sys.stderr)
    sys.exit(2)


PAGE = re.compile(r"^Pagina (\d+) van (\d+)$")


def page_number(app):
    """The "Pagina N van M" the navigation bar shows, as (N, M); (0, 0) when absent."""
    for obj in walk(app):
        match = PAGE.match(name_of(obj))
        if match and role_of(obj) == Atspi.Role.LABEL:
            return int(match.group(1)), int(match.group(2))
    return 0, 0


def next_page(app):
    """Turns the page with the accessible action of "Volgende pagina"; True when it turned."""
    number = page_number(app)[0]
    button = find(app, Atspi.Role.PUSH_BUTTON, "Volgende pagina")
    if button is None:
        return False
    do(button)
    deadline = time.time() + 10
    while page_number(app)[0] == number and time.time() < deadline:
        pump(0.1)
    return page_number(app)[0] == number + 1
