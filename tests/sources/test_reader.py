"""The reader keeps every good row and names the line and reason of every bad one."""

from __future__ import annotations

import gzip

import numpy as np

from sahelwatch.sources.reader import LINE, raw_texts, read_csv


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_clean_file_rows_carry_their_physical_lines(tmp_path):
    p = _write(tmp_path, "a.csv", b'id,note\n1,"two\nlines"\n2,plain\n')
    t = read_csv(p)
    assert t.table.column("id").to_pylist() == ["1", "2"]
    assert t.table.column(LINE).to_pylist() == [2, 4]
    assert raw_texts(t.table, np.arange(2), t.blob) == ['1,"two\nlines"', "2,plain"]
    assert t.rejects == ()


def test_records_longer_than_a_read_block_keep_their_text_and_lines(tmp_path):
    long_note = "a very long note, " * 200_000  # about 3.6 MB: longer than the reader's blocks
    many = "".join(f'{i},"short\nnote {i}"\n' for i in range(3, 20_000))
    p = _write(tmp_path, "long.csv", f'id,note\n1,"{long_note}"\n2,"two\nlines"\n{many}'.encode())
    t = read_csv(p)
    assert t.rejects == ()
    assert t.table.num_rows == 19_999
    assert t.table.column("note")[0].as_py() == long_note
    assert t.table.column(LINE).to_pylist()[:4] == [2, 3, 5, 7]
    assert raw_texts(t.table, np.array([1, 19_998]), t.blob) == ['2,"two\nlines"', '19999,"short\nnote 19999"']


def test_bom_index_column_and_hxl_row_are_handled(tmp_path):
    p = _write(tmp_path, "h.csv", "\ufeff,Name,P-Code\n#x,#adm+name,#adm+code\n0,Ségou,ML04\n".encode())
    t = read_csv(p)
    assert t.columns == ("Name", "P-Code")
    assert t.table.column("Name").to_pylist() == ["Ségou"]
    assert t.table.column(LINE).to_pylist() == [3]
    assert any("HXL" in n for n in t.notes)


def test_cp1252_file_is_decoded_whole(tmp_path):
    p = _write(tmp_path, "w.csv", "name,region\nSégou,Ségou\nMénaka,Ménaka\n".encode("cp1252"))
    t = read_csv(p)
    assert t.table.column("name").to_pylist() == ["Ségou", "Ménaka"]
    assert t.encoding == "cp1252"


def test_gzip_is_read(tmp_path):
    p = _write(tmp_path, "g.csv.gz", gzip.compress(b"a,b\n1,2\n"))
    assert read_csv(p).table.column("b").to_pylist() == ["2"]


def test_broken_lines_are_rejected_one_by_one_and_reading_resumes(tmp_path):
    data = (
        "id,name,note\n"
        "1,a,fine\n"
        '2,b,"this quote never closes\n'  # line 3: truncated
        "3,c,fine\n"
        "4,d\n"  # line 5: a column missing
        "Ségou,x,y\n".encode("utf-8")
        + "5,Ségou,cp1252\n".encode("cp1252")  # line 7: not UTF-8 in a UTF-8 file
        + b"6,e,\"multi\nline\"\n"  # lines 8-9
        + b"7,f,extra,field\n"  # line 10
    )
    t = read_csv(_write(tmp_path, "bad.csv", data))
    assert t.table.column("id").to_pylist() == ["1", "3", "Ségou", "6"]
    assert t.table.column(LINE).to_pylist() == [2, 4, 6, 8]
    by_line = {r.line: r.reason for r in t.rejects}
    assert set(by_line) == {3, 5, 7, 10}
    assert "truncated" in by_line[3]
    assert "2 fields where the header has 3" in by_line[5]
    assert "not valid UTF-8" in by_line[7] and "cp1252" in by_line[7]
    assert "extra" in by_line[10]
    assert t.n_records == 8


def test_a_lone_cp1252_line_in_an_ascii_file_is_rejected_unless_cp1252_is_declared(tmp_path):
    body = b"".join(b"%d,plain\n" % i for i in range(300))
    p = _write(tmp_path, "lone.csv", b"id,name\n" + body + "999,Ségou\n".encode("cp1252"))
    t = read_csv(p)
    assert t.table.num_rows == 300 and [r.line for r in t.rejects] == [302]
    assert "--encoding cp1252" in t.rejects[0].reason
    t = read_csv(p, encoding="cp1252")
    assert t.table.num_rows == 301 and t.table.column("name").to_pylist()[-1] == "Ségou"
