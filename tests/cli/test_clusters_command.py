"""`clusters --year`: the year's emulation clusters and blocks with leader, deputy and members,
as a table or as JSON with stable keys; `import clusters` reads a city's list of them."""

import json

import xlsxwriter

from tests.cli.conftest import run

KEYS = {"name", "kind", "organiser", "leader", "deputy", "members"}


def test_the_demo_wards_cluster_and_block_rotate_their_leader_between_the_years(capsys, demo_path):
    by_year = {}
    for year in (2025, 2026):
        code, out, err = run(
            capsys, "--db", demo_path, "clusters", "--year", year, "--format", "json"
        )
        assert code == 0 and err == ""
        listed = json.loads(out)
        assert all(set(entry) == KEYS for entry in listed)
        by_year[year] = {entry["kind"]: entry for entry in listed}
    city, block = by_year[2026]["cụm"], by_year[2026]["khối"]
    assert city["organiser"] == "city" and block["organiser"] == "office"
    assert "Phường Kiến An" in city["members"] and city["leader"] == "Phường Kiến An"
    assert by_year[2025]["cụm"]["leader"] != city["leader"]
    assert by_year[2025]["khối"]["leader"] != block["leader"]
    assert all(name.startswith("Tổ dân phố") for name in block["members"])
    code, out, _err = run(capsys, "--db", demo_path, "clusters", "--year", 2026)
    assert code == 0 and "leader: Phường Kiến An" in out
    code, out, _err = run(capsys, "--db", demo_path, "clusters", "--year", 2019, "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_a_missing_database_is_refused_and_not_made(capsys, tmp_path):
    missing = tmp_path / "none.sqlite3"
    code, _out, err = run(capsys, "--db", missing, "clusters", "--year", 2026)
    assert code == 1 and err.count("\n") == 1 and not missing.exists()


def _city_list(path, rows):
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("DS")
    sheet.merge_range(0, 0, 0, 4, "DANH SÁCH CỤM THI ĐUA CÁC PHƯỜNG NĂM 2027")
    sheet.write_row(2, 0, ["STT", "Tên cụm", "Tên đơn vị", "Trưởng cụm", "Phó cụm"])
    cluster = "Cụm thi đua số 4 (các phường)"
    if len(rows) > 1:  # the cluster's cell merged down over its members' rows
        sheet.merge_range(3, 1, 3 + len(rows) - 1, 1, cluster)
    else:
        sheet.write(3, 1, cluster)
    for n, (name, leader, deputy) in enumerate(rows):
        sheet.write_row(3 + n, 0, [n + 1])
        sheet.write(3 + n, 2, name)
        if leader:
            sheet.write(3 + n, 3, "x")
        if deputy:
            sheet.write(3 + n, 4, "x")
    book.close()
    return path


def test_import_clusters_sets_the_years_members_of_a_recorded_cluster(capsys, demo_path, tmp_path):
    listed = _city_list(
        tmp_path / "cum.xlsx",
        [
            ("Phuong Kien An", False, True),
            ("Phường Đồ Sơn", True, False),
            ("Phường Hưng Đạo", False, False),
        ],
    )
    code, out, err = run(capsys, "--db", demo_path, "import", "clusters", listed, "--year", 2027)
    assert code == 0, err
    assert "created: 0, matched: 1; members: 3" in out
    code, out, _err = run(capsys, "--db", demo_path, "clusters", "--year", 2027, "--format", "json")
    (cluster,) = json.loads(out)
    assert (cluster["leader"], cluster["deputy"]) == ("Phường Đồ Sơn", "Phường Kiến An")


def test_import_clusters_names_each_wrong_row_and_writes_nothing(capsys, demo_path, tmp_path):
    listed = _city_list(tmp_path / "cum.xlsx", [("Phường Không Có", True, False)])
    code, out, err = run(capsys, "--db", demo_path, "import", "clusters", listed, "--year", 2027)
    assert code == 1
    assert "cum.xlsx: sheet 'DS' row 4: 'Phường Không Có' is not a recorded unit" in out + err
    code, out, _err = run(capsys, "--db", demo_path, "clusters", "--year", 2027, "--format", "json")
    assert json.loads(out) == []
