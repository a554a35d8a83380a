# ruff: noqa: E501 (a template is one line, however long)
"""The core's message templates, marked for the translators (see core/messages.py).

Made by packaging/translations.py; do not edit by hand.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a date",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a date (write it as dd/mm/yyyy)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a gender (Nam or Nữ)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a kind (Cá nhân, Tập thể or Hộ gia đình)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a number",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a year",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a birth year must lie between {first} and {last}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a database cannot be restored from itself",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a number is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a person cannot be merged with themselves",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a person in the trash cannot be merged; restore them first",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a personal ID has exactly 12 digits",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a unit cannot sit under itself or one of its own units",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a {act} needs its reason",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "actual value: {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "already holds this form for the same year",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "another window or program has the database open; close it and move again",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "award form missing (add the column or give --form)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "birth date {day} is in the future",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "box '{box}' lies outside the {width} x {height} mm page",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "box '{box}': align is left, center or right",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "box '{box}': the minimum size is above the size",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "box '{box}': width, height and size must be positive",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot create {path}: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot lay out {path}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot read where the database was moved ({file}): {error}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot read {path}: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot undo '{label}'",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot undo '{label}': the new record is in use ({error})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot use {folder} for backups: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot use {path}: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write a backup in {folder}: {strerror}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write backups to {folder}: choose another folder",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write to {destination}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write {path}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write {path}: choose a file in an existing folder",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write {path}: it is a folder",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write {path}: the folder does not exist",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write {path}: the folder {parent} does not exist",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write {path}: {detail}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write {path}: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot write {path}: {reason}; if it is open in another program, close it and try again",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "choose at most {count} years at a time",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "choose the kind of unit",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "choose the units to merge",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "date {value} lies outside {earliest} - {latest}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "date: when was this figure reported?",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "decision date missing (add the column or give --date)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "decision number missing (add the column or give --decision)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "decision {number} has no award to print",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "decision {number} has no issuing authority on record",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "decision {number} of {day} already exists",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "decision {number} was issued on several dates ({dates}): give its date",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "did not complete the year's tasks",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "fewer than {parameter}% of its members are Advanced Workers this year",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "form: choose an award form",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "give the reason for returning or rejecting the line",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "has no Advanced Worker title for the same year",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "holds an invisible control character ({code}) at position {position}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "impossible date {value}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "impossible year {value}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "indicator: the target needs an indicator",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "is under discipline, inspection or complaint",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "kind: regular or campaign",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "name missing",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "name the profile (printer and stock)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "name the unit they merge into",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "name: the movement needs a name",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "neither completed tasks excellently nor has an initiative",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "no accepted line in this proposal: nothing to decide",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "no award was made for the achievements of {year}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "no calibration profile named '{name}'",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "no certificate template for {form_code} to a {recipient_kind}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "no emulation movement has targets for {year}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "no person or unit is recorded as '{name}'",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "no printer named '{name}' (available: {names})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "no {kind} is named {name}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "number: the decision needs a number, e.g. 15/QĐ-UBND",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "offsets lie within ±50 mm and the scale between 0.8 and 1.2",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "only the default database can be moved; this one was opened with --db",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "period: the movement ends before it starts",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "personal ID '{value}' does not have 12 digits",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "personal ID {number} is already {name}'s",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "personal ID {personal_id} belongs to someone of another name",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "plan '{text}': {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "plan: give at least one plan, e.g. '≥ 754.505', '6,6-6,8', 'dưới 3'",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "proposal line {line_id} does not exist",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "recipient: choose a person or a unit",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "recruited less than {parameter} months before the review",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "same period: {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "schema: column {column} of table {table} differs from schema version {version}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "schema: column {column} of table {table} is missing",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "schema: table {table} has a column {column} that schema version {version} does not have",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "schema: the steps taken ({steps}) are not those of any version of this program",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "schema: {kind} {name} differs from schema version {version}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "schema: {kind} {name} is missing",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "schema: {kind} {name} is not part of schema version {version}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "sheet '{sheet}' has two columns that mean the same in its header row {row}: {first} ('{header}') and {second} ('{other}'); delete or rename one",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "sheet '{sheet}' of {name} has values from {first} to {last}, {cells} cells; a list this program reads fills at most {limit}: delete what lies below or to the right of the list and save it again",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "sheet '{sheet}' of {name} reaches column {column} (a value at {cell}); a list this program reads has at most {limit} columns: delete what lies to the right of the list and save it again",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "sheet '{sheet}' of {name} reaches column {column}; a list this program reads has at most {limit} columns: delete what lies to the right of the list and save it again",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "sheet '{sheet}' of {name} reaches row {row}; a sheet has at most {limit} rows",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the QR code lies outside the page",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the backup written to {target} failed its check: {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the birth date and the birth year disagree",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the copy written to {path} failed its check: {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the database cannot be moved: {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the database cannot live at {path}: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the database is named by {variable}; move the file and change the variable",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the database is on a network share, where SQLite cannot lock it safely; copy it to this computer to make changes",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the database was moved to {path}, which cannot be found now; connect its drive, or open another file with --db",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the database was not moved to {path}: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the figure lies between 0 and 100",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the full name is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the gender is male (Nam) or female (Nữ)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the name is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the name {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the office (e.g. Ủy ban nhân dân phường Kiến An) is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the place written before the date is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the plan is empty",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the range {first}-{last} ends before it begins",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the range {text} runs backwards",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the service is counted in whole months",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the sheets of {name} hold {cells} cells together, up to sheet '{sheet}'; a list this program reads fills at most {limit}: delete what lies below or to the right of each list and save it again",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the signer's full name is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the signer's title (e.g. Chủ tịch) is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the successor cannot be one of the merged units' own units",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the text is {length} characters long; a cell holds at most {most}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the text {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the unit cannot end before it begins",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the unit ends before it begins",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the unit would exceed {parameter}% of its Advanced Workers",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "there is no award {award_id}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "there is no database at {path}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "there is no decision {decision_id}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "there is no decision {number} of {day}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "there is no file at {path}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "there is no movement {movement}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "there is no report '{kind}'; choose {known}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "these two records carry different personal IDs: not the same person",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "this award is already revoked",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "this database has no certificate secret",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "this line is already decided: correct or revoke its award instead",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "this person holds {count} award(s): the record cannot be deleted (merge it into the right record if it is a duplicate)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "this unit has awards, people or units under it: it cannot be deleted, only closed (give the date it ended)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "this user may not write the database file or its folder",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "this {table} record was changed elsewhere since it was opened ({fields}); reopen it to see the change. Nothing was saved.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "title: the proposal needs a title",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "unknown award form '{form_name}' (known forms: {known})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "unknown award form '{form}' (known forms: {known})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "unknown kind of list '{list_kind}' ({known})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "unknown kind of unit '{kind_text}' (known: {known})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "unknown movement '{movement}'",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "unknown paper size {page} (A4 or A3)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "unknown review status {status}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "year of the achievement missing (add a 'Năm' column)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} of these certificates were printed before: give the reason for the reissue",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} people are named '{name}': pick them on the People page (or add the birth year to tell them apart)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} people named '{full_name}' fit; give the birth year or the personal ID to tell them apart",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} units are named '{name}'",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} {kind}s match {name}: {names}{more}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{database_path} could not be replaced: {error}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{day} is outside the dates the audit trail holds",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{fields} cannot be corrected; revoke and decide again instead",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{field} (column {column}): {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{file} should name where the database was moved, but it is empty; write the database file's path in it, or start with --db",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{folder} is a file, not a folder; choose a folder for backups",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{form} is not given to a {kind} recipient",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name_vi} is not given to a {kind} recipient",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} already gets {name_vi} for {year} at {where}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} cannot be read as a spreadsheet: {detail}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} cannot be read safely: it holds {count} parts; a spreadsheet holds at most {limit}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} cannot be read safely: its part {part} unpacks to {ratio} times its packed size, which no spreadsheet program writes",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} has two sheets named '{sheet}'; rename one in the spreadsheet program and save the list again",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is damaged: its part {part} does not match the size or checksum the zip gives for it; save the list again from the spreadsheet program",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is not a spreadsheet this program reads ({reason})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is protected by a password; save a copy without the password and import that",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is the list itself; save the marked copy elsewhere",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is too large to read: its parts unpack to {size} MB; a list this program reads unpacks to at most {limit} MB",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name} {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: a row breaks a rule of the register that the check missed ({reason}); nothing was written",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: changes saved while it was being checked make {count} row(s) wrong ({first}); check the list again; nothing was written",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: no list found (no sheet has a header row naming the name column within its first 20 rows)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: these rows were already imported on {day} from '{file}'; nothing was written",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: {count} row(s) are wrong; nothing was written",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} already exists; choose an empty folder or a new name",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} cannot be read as a database: {error}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} cannot be replaced: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} differs from the schema of its version ({differences})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a folder, not a database file",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a folder, not a spreadsheet",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged ({problem})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged ({problem}); it was not changed. Restore a backup: kienan-awards restore FILE",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a Kien An Awards database",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a database file",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a database file; it was not changed",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not an Excel workbook and was left as it is; save the marked copy under another name",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is still the default database",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is the database; save the marked copy elsewhere",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path} needs a schema upgrade, which cannot be written: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: no such file",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: the marked copy is an Excel workbook; name it .xlsx",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{problems} — give a reason to accept it anyway",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{problems} — review the line again before deciding",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{problem}; nothing was restored",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{shown}; and {count} more",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{table} record {record_id} no longer exists",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{unit} begins after the merger date",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{unit} had already closed on {day}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is Excel's 29/02/1900, a day that never was",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a date",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a year",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a year this register can hold",
    ),
)
