"""Schema step 13 on a database that has lived: a form the clerk added keeps the levels it was
given, and the authorities get the level their names say."""

from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.database import open_database


def test_a_clerks_own_form_keeps_its_levels_and_authorities_get_theirs(tmp_path):
    db = open_database(tmp_path / "old.db", migrate=False)
    migrations.STEPS.apply(db, stop_before="0013_law_by_date")
    db.execute(
        "INSERT INTO award_forms (code, name_vi, name_en, category, recipient_kinds, "
        "conferring_level, legal_basis, valid_from) VALUES ('GK_CD', 'Giấy khen Công đoàn', "
        "'Trade union certificate', 'commendation', 'individual', 'commune,other', "
        "'Điều lệ Công đoàn', '2020-01-01')"
    )
    for body, start in (("UBND quận Mẫu", "2019-01-01"), ("Ủy ban nhân dân phường Mẫu", None)):
        db.execute(
            "INSERT INTO issuing_authorities (name, issuer_title, body_name, signer_title, "
            "signer_name, place, valid_from) VALUES (?, ?, ?, 'Chủ tịch', 'Lê Văn Ký', 'Mẫu', ?)",
            [body, body.upper(), body, start],
        )
    db.conn.commit()

    assert migrations.apply_pending(db)[0] == "0013_law_by_date"

    rows = db.execute(
        "SELECT c.level, c.valid_from, c.legal_basis FROM conferring_levels c "
        "JOIN award_forms f ON f.id = c.form_id WHERE f.code = 'GK_CD' ORDER BY c.level"
    ).fetchall()
    assert rows == [
        ("commune", "2020-01-01", "Điều lệ Công đoàn"),
        ("other", "2020-01-01", "Điều lệ Công đoàn"),
    ]
    levels = db.execute("SELECT body_name, level FROM issuing_authorities ORDER BY id").fetchall()
    assert levels == [("UBND quận Mẫu", "district"), ("Ủy ban nhân dân phường Mẫu", "commune")]
    db.close()
