"""The database file itself: backup, restore, check, reindex, and where it lives (move, use)."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path

from kienan_awards.cli import DONE, FAILED, UsageError, complain
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.storage.database import open_database


def add_parser(commands) -> None:
    reindexing = commands.add_parser(
        "reindex",
        help=_("rebuild the search index from the records (it is normally kept in step)"),
    )
    reindexing.set_defaults(handler=command_reindex)
    backing_up = commands.add_parser("backup", help=_("write a checked backup now, print its path"))
    backing_up.add_argument(
        "folder", nargs="?", type=Path, metavar="FOLDER", help=_("default: the backups folder")
    )
    backing_up.set_defaults(handler=command_backup)
    restoring = commands.add_parser(
        "restore", help=_("check FILE, back up the current database, then replace it with FILE")
    )
    restoring.add_argument("file", type=Path, metavar="FILE")
    restoring.set_defaults(handler=command_restore)
    _add_moving(commands)
    checking = commands.add_parser(
        "check",
        help=_("integrity, schema, foreign-key and search-index check; exit 1 with what is wrong"),
    )
    checking.set_defaults(handler=command_check)


def _add_moving(commands) -> None:
    moving = commands.add_parser(
        "move",
        help=_(
            "move the default database to PLACE (a folder or a new file name) and keep it there"
        ),
        description=_(
            "A checked copy is written at PLACE and becomes the default database of this user; "
            "a backup of the old file stays in its backups folder, then the old file goes. "
            "Only the default database moves (not one named by --db or KIENAN_AWARDS_DB)."
        ),
    )
    moving.add_argument("place", type=Path, metavar="PLACE")
    moving.set_defaults(handler=command_move)
    using = commands.add_parser(
        "use",
        help=_("make the database already at PLACE (a folder or file) the default one, as it is"),
        description=_(
            "For a database kept on a data drive through a reinstall of the computer: it is "
            "checked (read only) and becomes this user's default database."
        ),
    )
    using.add_argument("place", type=Path, metavar="PLACE")
    using.set_defaults(handler=command_use)


def command_reindex(args: argparse.Namespace) -> int:
    from kienan_awards.core.search.award_search import rebuild_search_index

    with closing(open_database(args.db, create=False)) as db:
        count = rebuild_search_index(db)
    print(_("Rebuilt the search index: {count} awards.").format(count=count))
    return DONE


def command_backup(args: argparse.Namespace) -> int:
    from kienan_awards.core.storage.backups import back_up

    with closing(open_database(args.db, create=False)) as db:
        path = back_up(db, "manual", args.folder)
    print(path)
    return DONE


def command_restore(args: argparse.Namespace) -> int:
    from kienan_awards.core.storage.backups import restore_database
    from kienan_awards.core.storage.locations import default_database_path

    safety = restore_database(args.db or default_database_path(), args.file)
    print(
        _("Restored {file}; the database as it was is kept in {copy}.").format(
            file=args.file, copy=safety
        )
    )
    return DONE


def command_check(args: argparse.Namespace) -> int:
    from kienan_awards.core.storage.integrity import database_problems

    with closing(open_database(args.db, create=False, migrate=False, check=False)) as db:
        problems = database_problems(db)
    for problem in problems:
        complain(shown(problem))
    if problems:
        return FAILED
    print(_("{path}: sound").format(path=db.path))
    return DONE


def command_move(args: argparse.Namespace) -> int:
    from kienan_awards.core.storage.moving import move_database, remove_old_database

    if args.db:
        raise UsageError(
            _("move takes the default database; to move a file named by --db, copy it instead")
        )
    with closing(open_database(create=False)) as db:
        old_path = db.path
        new_path = move_database(db, args.place)
    print(_("The database now lives in {path}.").format(path=new_path))
    try:
        remove_old_database(old_path)
    except (KienanError, OSError) as error:  # moved all the same; the old file only lingers
        complain(
            _("the old file {path} is still there: {error}").format(
                path=old_path, error=shown(error)
            )
        )
    return DONE


def command_use(args: argparse.Namespace) -> int:
    from kienan_awards.core.storage.moving import use_database

    if args.db:
        raise UsageError(_("use sets the default database; --db already names one for a command"))
    path = use_database(args.place)
    print(_("The default database is now {path}.").format(path=path))
    return DONE
