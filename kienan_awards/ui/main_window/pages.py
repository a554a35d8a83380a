"""The window's pages by key, each built the first time it is shown or asked for: building
them all, with what each imports, made up most of the window's start-up time."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

# Key: the module and class of the page, in the order the navigation lists them.
PAGE_CLASSES = {
    "overview": ("overview_page", "OverviewPage"),
    "movements": ("movements_page", "MovementsPage"),
    "units": ("units_page", "UnitsPage"),
    "people": ("people_page", "PeoplePage"),
    "cycle": ("cycle_page", "CyclePage"),
    "clusters": ("clusters_page", "ClustersPage"),
    "decisions": ("decisions_page", "DecisionsPage"),
    "honour_roll": ("honour_roll_page", "HonourRollPage"),
    "reports": ("reports_page", "ReportsPage"),
    "audit": ("audit_page", "AuditPage"),
    "settings": ("settings_page", "SettingsPage"),
}


def build_page(key: str, db, settings: QSettings) -> QWidget:
    module_name, class_name = PAGE_CLASSES[key]
    page_class = getattr(import_module(f"kienan_awards.ui.pages.{module_name}"), class_name)
    if key == "settings":
        return page_class(db, settings=settings)
    return page_class(db)


class WindowPages(Mapping[str, QWidget]):
    """Every key is there from the start; a page is built on its first look-up, and then
    handed to when_built (which puts it in the window) before it is returned."""

    def __init__(self, db, settings: QSettings, when_built: Callable[[str, QWidget], None]):
        self._db = db
        self._settings = settings
        self._when_built = when_built
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            if key not in PAGE_CLASSES:
                raise KeyError(key)
            page = self._built[key] = build_page(key, self._db, self._settings)
            self._when_built(key, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_CLASSES)

    def __len__(self) -> int:
        return len(PAGE_CLASSES)

    def __contains__(self, key: object) -> bool:
        return key in PAGE_CLASSES

    def is_built(self, key: str) -> bool:
        return key in self._built

    def built(self) -> dict[str, QWidget]:
        """The pages built so far, by key: the others have nothing to stop, save or refresh."""
        return dict(self._built)
