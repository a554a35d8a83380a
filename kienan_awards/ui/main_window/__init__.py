"""The main window, in parts: its pages, each built when first shown (pages.py), navigation
between them (navigation.py), menus, toolbar and the commands on the page shown (actions.py),
undo (undo.py), the status bar (status.py), the dialogs it opens (dialogs.py), and the window
that assembles them and tells every page what changed (window.py)."""

from kienan_awards.ui.main_window.window import MainWindow

__all__ = ["MainWindow"]
