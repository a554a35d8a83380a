"""A list of emulation clusters, shaped as a city sends it (title rows, the cluster's cell
merged down over its members' rows, names typed without the kind word or without diacritics),
read all or nothing: units matched by name and the unit above, a cluster not recorded made."""

import pytest
import xlsxwriter

from kienan_awards.core.clusters import clusters
from kienan_awards.core.lists.list_import import ImportOptions, commit_import, prepare_import
from kienan_awards.core.records import units

TITLE = ["HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG THÀNH PHỐ HẢI PHÒNG"]
SUBTITLE = ["DANH SÁCH CỤM, KHỐI THI ĐUA NĂM 2026"]
HEADER = ["STT", "Cụm thi đua", "Đơn vị", "Trực thuộc", "Vai trò"]


def unit(db, name, kind="ward", parent=None):
    return units.save_unit(db, None, {"name": name, "kind": kind, "parent_id": parent}).record_id


@pytest.fixture
def city(db):
    city = unit(db, "Thành phố Hải Phòng", "province")
    wards = {
        name: unit(db, name, parent=city)
        for name in (
            "Phường Kiến An",
            "Phường Phù Liễn",
            "Phường An Hải",
            "Phường Lê Chân",
            "Phường Hồng Bàng",
        )
    }
    return db, city, wards


def write_city_list(path, clusters_rows):
    """Title rows, the header, then each cluster's members with its name merged down."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Cum")
    sheet.merge_range(0, 0, 0, 4, TITLE[0])
    sheet.merge_range(1, 0, 1, 4, SUBTITLE[0])
    sheet.write_row(3, 0, HEADER)
    row, number = 4, 1
    for cluster, members in clusters_rows:
        if len(members) > 1:
            sheet.merge_range(row, 1, row + len(members) - 1, 1, cluster)
        else:
            sheet.write(row, 1, cluster)
        for name, parent, role in members:
            sheet.write(row, 0, number)
            sheet.write(row, 2, name)
            if parent:
                sheet.write(row, 3, parent)
            if role:
                sheet.write(row, 4, role)
            row, number = row + 1, number + 1
    sheet.write(row + 1, 3, "TM. HỘI ĐỒNG")
    book.close()
    return path


def test_a_citys_list_of_clusters_is_read_with_merged_cells_and_its_roles(city, tmp_path):
    db, _city, wards = city
    path = write_city_list(
        tmp_path / "cum.xlsx",
        [
            (
                "Cụm thi đua số 3",
                [
                    ("Kiến An", "thanh pho Hai Phong", "Trưởng cụm"),  # without "Phường"
                    ("Phuong Phu Lien", None, "Phó cụm"),  # without diacritics
                    ("Phường An Hải", None, "Thành viên"),
                ],
            ),
            (
                "Khối thi đua các phường",
                [("Phường Lê Chân", None, ""), ("Phường Hồng Bàng", None, "Cụm trưởng")],
            ),
        ],
    )
    plan = prepare_import(db, path, ImportOptions(list_kind="clusters", year=2026))
    assert plan.errors == []
    summary = commit_import(db, plan)
    assert summary["clusters_created"] == 2 and summary["cluster_members"] == 5
    assert summary.changes
    years = {year.cluster.name: year for year in clusters.cluster_years(db, 2026)}
    third = years["Cụm thi đua số 3"]
    assert third.cluster.kind == "cluster" and third.cluster.organiser == "city"
    assert (third.leader, third.deputy) == ("Phường Kiến An", "Phường Phù Liễn")
    assert third.members == ("Phường Kiến An", "Phường Phù Liễn", "Phường An Hải")
    block = years["Khối thi đua các phường"]
    assert block.cluster.kind == "block" and block.leader == "Phường Hồng Bàng"
    assert set(block.member_ids) == {wards["Phường Lê Chân"], wards["Phường Hồng Bàng"]}


def test_an_unknown_unit_or_a_second_leader_is_a_row_error_and_nothing_is_stored(city, tmp_path):
    db, _city, _wards = city
    path = write_city_list(
        tmp_path / "cum.xlsx",
        [
            (
                "Cụm thi đua số 3",
                [
                    ("Phường Kiến An", None, "Trưởng cụm"),
                    ("Phường Không Có", None, None),
                    ("Phường An Hải", None, "Trưởng cụm"),
                    ("Phường Kiến An", None, None),
                ],
            )
        ],
    )
    plan = prepare_import(db, path, ImportOptions(list_kind="clusters", year=2026))
    lines = [str(result.line()) for result in plan.errors]
    assert len(lines) == 3
    assert "sheet 'Cum' row 6" in lines[0] and "Phường Không Có' is not a recorded unit" in lines[0]
    assert (
        "row 7" in lines[1]
        and "leader or a deputy for 2026 already at sheet 'Cum' row 5" in lines[1]
    )
    assert "row 8" in lines[2] and "already a member" in lines[2]
    with pytest.raises(Exception, match="nothing was written"):
        commit_import(db, plan)
    assert clusters.clusters(db) == []


def test_a_unit_whose_name_fits_two_units_is_a_row_error_naming_them(city, tmp_path):
    db, city_id, wards = city
    other = unit(db, "Quận Mẫu", "district", city_id)
    unit(db, "Phường An Hải", parent=other)
    path = write_city_list(
        tmp_path / "cum.xlsx", [("Cụm thi đua số 3", [("Phường An Hải", None, None)])]
    )
    plan = prepare_import(db, path, ImportOptions(list_kind="clusters", year=2026))
    (error,) = plan.errors
    assert "fits 2 units" in str(error.line()) and error.ambiguity is not None


def test_the_list_needs_its_year(city, tmp_path):
    db, _city, _wards = city
    path = write_city_list(
        tmp_path / "cum.xlsx", [("Cụm thi đua số 3", [("Phường Kiến An", None, None)])]
    )
    plan = prepare_import(db, path, ImportOptions(list_kind="clusters"))
    (error,) = plan.errors
    assert "year is missing" in str(error.line())
