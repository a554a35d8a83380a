"""council: the emulation and commendation council's review. Its members by date, the office's
rules for its votes, a meeting with the members present and the proposals it reviews, the
count entered per proposal line, the tally and the meeting's papers."""

from __future__ import annotations

import argparse
import json
from contextlib import closing
from fractions import Fraction

from kienan_awards.cli import DONE, UsageError
from kienan_awards.cli.arguments import count_argument, date_argument, record_number_argument
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.storage.database import open_database


def _share_argument(text: str) -> Fraction:
    from kienan_awards.core.awards.council_votes import share_from_text

    try:
        share = share_from_text(text)
    except KienanError as error:
        raise argparse.ArgumentTypeError(shown(error)) from None
    if not 0 < share <= 1:
        raise argparse.ArgumentTypeError(
            _("a share must be more than 0 and at most 100%, not {share}").format(share=text)
        )
    return share


def _threshold_argument(text: str) -> tuple[str, Fraction]:
    code, equals, share = text.partition("=")
    if not equals or not code.strip():
        raise argparse.ArgumentTypeError(
            _("'{text}' is not CODE=SHARE, e.g. CSTDCS=70%").format(text=text)
        )
    return code.strip(), _share_argument(share)


def _counts(text: str, size: int) -> tuple[int, ...]:
    parts = text.split(",")
    if len(parts) != size:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not {size} counts separated by commas").format(text=text, size=size)
        )
    return tuple(count_argument(part.strip()) for part in parts)


def _ballots_argument(text: str) -> tuple[int, ...]:
    return _counts(text, 3)


def _line_argument(text: str) -> tuple[int, tuple[int, ...]]:
    line, equals, counts = text.partition("=")
    if not equals:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not LINE=AGREE,DISAGREE,SPOILED, e.g. 12=7,2,0").format(text=text)
        )
    return record_number_argument(line.strip()), _counts(counts, 3)


def _add_member_commands(actions) -> None:
    listing = actions.add_parser("members", help=_("the council's members, by date"))
    listing.add_argument("--format", choices=("table", "json"), default="table")
    member = actions.add_parser("member", help=_("record a member of the council"))
    member_actions = member.add_subparsers(dest="member_action", metavar="ACTION", required=True)
    add = member_actions.add_parser("add", help=_("a member from a day"))
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, metavar="ROLE", help=_("role in the council"))
    add.add_argument("--from", dest="valid_from", type=date_argument, required=True)
    add.add_argument("--to", dest="valid_to", type=date_argument)
    end = member_actions.add_parser("end", help=_("end a member's term on a day"))
    end.add_argument("member", type=record_number_argument, metavar="MEMBER")
    end.add_argument("--on", dest="last_day", type=date_argument, required=True)
    rules = actions.add_parser(
        "rules",
        help=_("the office's rules for the council's votes"),
        description=_(
            "What a share is counted against, the quorum and each title's threshold, as the "
            "office's regulation sets them; nothing has a default. Without options, shows them."
        ),
    )
    rules.add_argument("--share-of", choices=("present", "in_office"))
    rules.add_argument("--threshold", type=_threshold_argument, action="append", default=[])
    rules.add_argument("--quorum", type=_share_argument, metavar="SHARE")
    rules.add_argument("--regulation", metavar="TEXT", help=_("the regulation's name"))
    rules.add_argument("--article", default="", metavar="TEXT", help=_("e.g. khoản 2 Điều 8"))
    rules.add_argument(
        "--more-than", action="store_true", help=_("a share must exceed the threshold")
    )


def _add_meeting_commands(actions) -> None:
    meeting = actions.add_parser("meeting", help=_("record a meeting of the council"))
    meeting_actions = meeting.add_subparsers(dest="meeting_action", metavar="ACTION", required=True)
    add = meeting_actions.add_parser("add", help=_("a meeting, who came and what it reviews"))
    add.add_argument("--date", type=date_argument, required=True)
    add.add_argument("--proposal", type=record_number_argument, nargs="+", required=True)
    add.add_argument("--present", nargs="+", required=True, metavar="NAME")
    add.add_argument("--chair", metavar="NAME")
    add.add_argument("--secretary", default="", metavar="NAME")
    add.add_argument("--place", default="", metavar="TEXT")
    add.add_argument("--subject", default="", metavar="TEXT")
    add.add_argument("--number", default="", metavar="TEXT", help=_("the minutes' number"))
    remove = meeting_actions.add_parser(
        "remove", help=_("remove a meeting while nothing on its ballot is decided")
    )
    remove.add_argument("meeting", type=record_number_argument, metavar="MEETING")
    count = actions.add_parser("count", help=_("enter the count of a meeting's ballots"))
    count.add_argument("meeting", type=record_number_argument, metavar="MEETING")
    count.add_argument("--ballots", type=_ballots_argument, required=True, metavar="I,C,V")
    count.add_argument("--line", type=_line_argument, action="append", required=True)
    count.add_argument("--counter", action="append", default=[], metavar="NAME")
    count.add_argument("--number", metavar="TEXT", help=_("the number of the minutes of the count"))
    tally = actions.add_parser("tally", help=_("a meeting's shares and verdicts"))
    tally.add_argument("meeting", type=record_number_argument, metavar="MEETING")
    tally.add_argument("--format", choices=("table", "json"), default="table")
    papers = actions.add_parser("papers", help=_("the ballot and the minutes of a meeting"))
    papers.add_argument("meeting", type=record_number_argument, metavar="MEETING")
    papers.add_argument("--out", required=True, metavar="FOLDER")
    papers.add_argument("--pdf", action="store_true", help=_("PDF beside each .docx"))
    papers.add_argument("--ballot-paper", choices=("A5", "A4"), default="A5")


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "council",
        help=_("the emulation and commendation council's review"),
        description=_(
            "The council's members, the office's rules for its votes, its meetings, the count "
            "of the ballots, the tally and the papers (ballot, minutes of the meeting and of "
            "the count)."
        ),
    )
    actions = parser.add_subparsers(dest="council_action", metavar="ACTION", required=True)
    _add_member_commands(actions)
    _add_meeting_commands(actions)
    parser.set_defaults(handler=command_council)


def command_council(args: argparse.Namespace) -> int:
    action = {
        "members": _members,
        "member": _member,
        "rules": _rules,
        "meeting": _meeting,
        "count": _count,
        "tally": _tally,
        "papers": _papers,
    }[args.council_action]
    with closing(open_database(args.db, create=False)) as db:
        action(db, args)
    return DONE


def _day(day) -> str:
    return f"{day:%d/%m/%Y}" if day else "-"


def _members(db, args) -> None:
    from kienan_awards.core.cycle import council

    members = council.council_members(db)
    if args.format == "json":
        rows = [
            {
                "id": m.id,
                "name": m.name,
                "role": m.role,
                "person_id": m.person_id,
                "valid_from": m.valid_from.isoformat() if m.valid_from else None,
                "valid_to": m.valid_to.isoformat() if m.valid_to else None,
            }
            for m in members
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True))
        return
    for m in members:
        print(
            _("#{id} {name} | {role} | {start} - {end}").format(
                id=m.id, name=m.name, role=m.role, start=_day(m.valid_from), end=_day(m.valid_to)
            )
        )


def _member(db, args) -> None:
    from kienan_awards.core.cycle import council

    if args.member_action == "end":
        council.end_member(db, args.member, args.last_day)
        print(
            _("The term of council member #{id} ends on {day}.").format(
                id=args.member, day=_day(args.last_day)
            )
        )
        return
    changes = council.record_member(db, args.name, args.role, args.valid_from, args.valid_to)
    (member_id,) = next(iter(changes.ids.values()))
    print(_("Recorded council member #{id}: {name}.").format(id=member_id, name=args.name))


def _rules(db, args) -> None:
    from kienan_awards.core.awards.council_votes import Threshold, threshold_text
    from kienan_awards.core.cycle import council

    if (args.threshold or args.quorum) and not (args.regulation or "").strip():
        raise UsageError(_("--threshold and --quorum need --regulation, the regulation's name"))
    at_least = not args.more_than
    thresholds = {
        code: Threshold(share, args.regulation, args.article, at_least)
        for code, share in args.threshold
    }
    quorum = Threshold(args.quorum, args.regulation, args.article) if args.quorum else None
    if args.share_of or thresholds or quorum:
        council.set_rules(db, args.share_of, thresholds, quorum)
    rules = council.council_rules(db)
    if rules is None:
        print(_("The office has set no rules for the council's votes."))
        return
    print(_("Shares counted against: {basis}").format(basis=rules.share_of))
    if rules.quorum:
        print(
            _("Quorum: {share} ({basis})").format(
                share=threshold_text(rules.quorum.share), basis=rules.quorum.basis
            )
        )
    for code, threshold in rules.thresholds.items():
        print(
            _("{code}: {share} ({basis})").format(
                code=code, share=threshold_text(threshold.share), basis=threshold.basis
            )
        )


def _meeting(db, args) -> None:
    from kienan_awards.core.cycle import council

    if args.meeting_action == "remove":
        council.remove_meeting(db, args.meeting)
        print(_("Removed council meeting #{id}.").format(id=args.meeting))
        return
    changes = council.record_meeting(
        db,
        args.date,
        args.proposal,
        args.present,
        place=args.place,
        subject=args.subject,
        chair=args.chair,
        secretary=args.secretary,
        minutes_number=args.number,
    )
    (meeting_id,) = next(iter(changes.ids.values()))
    lines = council.lines_on_ballot(db, meeting_id)
    print(
        _(
            "Recorded council meeting #{id} of {day}: {present} present, {lines} lines on the "
            "ballot."
        ).format(id=meeting_id, day=_day(args.date), present=len(args.present), lines=lines)
    )


def _count(db, args) -> None:
    from kienan_awards.core.awards.council_votes import BallotCount, Votes
    from kienan_awards.core.cycle import council

    counts: dict[int, Votes] = {}
    for line_id, (agree, disagree, spoiled) in args.line:
        if line_id in counts:
            raise UsageError(_("proposal line {line} is counted twice").format(line=line_id))
        counts[line_id] = Votes(agree, disagree, spoiled)
    council.enter_count(
        db, args.meeting, BallotCount(*args.ballots), counts, args.counter, number=args.number
    )
    print(_("Entered the count of council meeting #{id}.").format(id=args.meeting))


def _tally(db, args) -> None:
    from kienan_awards.core.awards.council_votes import share_text, threshold_text
    from kienan_awards.core.cycle import council

    result = council.meeting_tally(db, args.meeting)
    if args.format == "json":
        print(json.dumps(_tally_json(result), ensure_ascii=False, indent=1, sort_keys=True))
        return
    print(
        _("{day}: {present}/{in_office} members present; shares against {base}").format(
            day=_day(result.meeting.held_on),
            present=result.quorum.present,
            in_office=result.quorum.in_office,
            base=result.base,
        )
    )
    verdicts = {True: _("passed"), False: _("not passed"), None: _("no verdict")}
    for title in result.titles:
        rule = threshold_text(title.threshold.share) if title.threshold else _("no threshold")
        print(_("{title} (threshold: {rule})").format(title=title.title.name, rule=rule))
        for r in title.candidates:
            print(
                _(
                    "  line {line} | {name} | {agree}/{disagree}/{spoiled} | {share} | {verdict}"
                ).format(
                    line=r.candidate.line_id,
                    name=r.candidate.name,
                    agree=r.votes.agree,
                    disagree=r.votes.disagree,
                    spoiled=r.votes.spoiled,
                    share=share_text(r.share),
                    verdict=verdicts[r.verdict],
                )
            )


def _tally_json(result) -> dict:
    """English keys; shares as exact fractions "n/d" and verdicts true, false or null."""

    def fraction(share):
        return f"{share.numerator}/{share.denominator}"

    return {
        "held_on": result.meeting.held_on.isoformat(),
        "present": result.quorum.present,
        "in_office": result.quorum.in_office,
        "quorum_met": result.quorum.met,
        "share_of": result.share_of,
        "base": result.base,
        "ballots": {
            "issued": result.ballots.issued,
            "cast": result.ballots.cast,
            "void": result.ballots.void,
        },
        "titles": [
            {
                "code": title.title.code,
                "name": title.title.name,
                "threshold": fraction(title.threshold.share) if title.threshold else None,
                "no_verdict": title.no_verdict,
                "candidates": [
                    {
                        "line_id": r.candidate.line_id,
                        "name": r.candidate.name,
                        "agree": r.votes.agree,
                        "disagree": r.votes.disagree,
                        "spoiled": r.votes.spoiled,
                        "share": fraction(r.share),
                        "passed": r.verdict,
                    }
                    for r in title.candidates
                ],
            }
            for title in result.titles
        ],
    }


def _papers(db, args) -> None:
    from kienan_awards.core.cycle import council

    pdf_writer = None
    if args.pdf:
        # Qt is loaded only when a PDF is asked for.
        from kienan_awards.printing import offscreen_application
        from kienan_awards.printing.council_pdf import write_council_pdf

        offscreen_application()
        pdf_writer = write_council_pdf
    written = council.meeting_papers(db, args.meeting, args.out, pdf_writer, args.ballot_paper)
    for path in written:
        print(path)
