"""The emulation and commendation council's review, stored: its members by date (members),
the office's rules for its votes (rules), each meeting with the members present, the
proposals it reviews and the lines on its ballot (meetings), the count entered for each line
and the tally read from it (counts), and the meeting's papers (papers).

The readers give back council_votes' dataclasses, so the tally and the papers work on stored
data as on any other; a proposal line whose share fell below its title's threshold is not
decided without an override reason (decisions.py asks council_shortfall).
"""

from kienan_awards.core.cycle.council.counts import (
    ballot_titles,
    council_shortfall,
    enter_count,
    meeting_tally,
)
from kienan_awards.core.cycle.council.meetings import (
    CHAIR_ROLE,
    StoredMeeting,
    lines_on_ballot,
    meetings,
    meetings_reviewing,
    record_meeting,
    remove_meeting,
    reviewable_proposals,
    stored_meeting,
)
from kienan_awards.core.cycle.council.members import (
    StoredMember,
    council_members,
    end_member,
    record_member,
)
from kienan_awards.core.cycle.council.papers import (
    BALLOT_FILE,
    COUNT_FILE,
    MINUTES_FILE,
    PdfWriter,
    meeting_papers,
    minutes_files,
)
from kienan_awards.core.cycle.council.rules import ballot_forms, council_rules, set_rules

__all__ = [
    "BALLOT_FILE",
    "CHAIR_ROLE",
    "COUNT_FILE",
    "MINUTES_FILE",
    "PdfWriter",
    "StoredMeeting",
    "StoredMember",
    "ballot_forms",
    "ballot_titles",
    "council_members",
    "council_rules",
    "council_shortfall",
    "end_member",
    "enter_count",
    "lines_on_ballot",
    "meeting_papers",
    "meeting_tally",
    "meetings",
    "meetings_reviewing",
    "minutes_files",
    "record_meeting",
    "record_member",
    "remove_meeting",
    "reviewable_proposals",
    "set_rules",
    "stored_meeting",
]
