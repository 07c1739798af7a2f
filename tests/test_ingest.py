"""Every input form and every bad-input case of ``warpath.ingest``."""

from __future__ import annotations

import http.server
import io
import json
import threading
from datetime import date
from pathlib import Path

import pytest

from conftest import write
from warpath.document import Article
from warpath.ingest import IngestOptions, Problem, read_inputs

HTML = """<!doctype html><html><head><title>Missiles hit Bryansk</title>
<meta property="og:site_name" content="Meridian Wire">
<meta property="article:published_time" content="2024-11-19T10:00:00Z">
<script>alert('x')</script></head><body><nav>Home | World</nav>
<article><h1>Missiles hit Bryansk</h1>
<p>Ukraine fired long-range missiles at a military facility in Russia's Bryansk region on Tuesday,
the defence ministry in Moscow said in a statement issued in the morning.</p>
<p>The ministry said air defences shot down five of the six missiles and that falling debris started a fire.</p>
</article><footer>Copyright</footer></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Baltic Dispatch</title>
<item><title>First strike</title><link>https://bd.example/1</link><guid>bd-1</guid>
<pubDate>Tue, 19 Nov 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Ukraine fired missiles into Russia.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>Empty</title><link>https://bd.example/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times</title>
<entry><title>Talks</title><id>ht-1</id><link href="https://ht.example/1"/><updated>2024-11-18T08:00:00Z</updated>
<content type="html">&lt;p&gt;Leaders met in Rio.&lt;/p&gt;</content></entry></feed>"""


def collect(paths, **opts):
    items = list(read_inputs([str(p) for p in paths], IngestOptions(**opts)))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def codes(problems):
    return [p.message[1:5] for p in problems]


def test_plain_text_file(tmp_path):
    f = write(tmp_path / "a.txt", "date 2024-11-22\ntitle: T\n\nUkraine fired missiles.")
    (a,), problems = collect([f])
    assert a.date == date(2024, 11, 22) and a.title == "T" and a.origin == str(f)
    assert problems == []


def test_directory_is_read_recursively_in_order_skipping_hidden_and_unknown(tmp_path):
    write(tmp_path / "b" / "two.txt", "date 2024-11-20\nSecond.")
    write(tmp_path / "a" / "deep" / "one.txt", "date 2024-11-19\nFirst.")
    write(tmp_path / ".git" / "x.txt", "hidden")
    write(tmp_path / "notes.bin", b"\x00\x01")
    articles, problems = collect([tmp_path])
    assert [a.text for a in articles] == ["First.", "Second."]
    assert codes(problems) == ["W105"]
    assert not any(p.error for p in problems)


def test_stdin(monkeypatch):
    class FakeStdin:
        buffer = io.BufferedReader(io.BytesIO(b"date 2024-11-21\nRussia struck Dnipro."))

    monkeypatch.setattr("sys.stdin", FakeStdin)
    (a,), _ = collect(["-"])
    assert a.origin == "<stdin>" and a.date == date(2024, 11, 21)


def test_jsonl_corpus_with_datetimes_and_ids(tmp_path):
    f = write(tmp_path / "c.jsonl", "\n".join(json.dumps(r) for r in [
        {"id": "r1", "date": "2024-11-19T09:30:00Z", "title": "A", "text": "One.", "source": "W", "url": "u"},
        {"id": "r2", "date": "2024-11-20", "text": "Two."},
    ]) + "\n\n")
    articles, problems = collect([f])
    assert [(a.external_id, a.date, a.doc_id) for a in articles] == [
        ("r1", date(2024, 11, 19), "r1"), ("r2", date(2024, 11, 20), "r2")]
    assert articles[0].origin == f"{f}:1" and problems == []


def test_json_array_is_accepted(tmp_path):
    f = write(tmp_path / "c.json", json.dumps([{"text": "One."}, {"text": "Two."}]))
    articles, _ = collect([f])
    assert [a.text for a in articles] == ["One.", "Two."]


def test_jsonl_bad_records_are_named_by_line_and_the_rest_loads(tmp_path):
    f = write(tmp_path / "c.jsonl", '{"text": "Good."}\n{oops\n{"date": "2024-99-01", "text": "x"}\n'
              '{"title": "no text"}\n[1]\n{"text": "  "}\n{"text": "Also good."}\n')
    articles, problems = collect([f])
    assert [a.text for a in articles] == ["Good.", "Also good."]
    assert codes(problems) == ["E009", "E007", "E010", "E009", "W104"]
    assert f"{f}:2" in problems[0].message and f"{f}:3" in problems[1].message


def test_csv_and_tsv_corpora(tmp_path):
    f = write(tmp_path / "c.csv", 'id,date,title,text,source,url\nx1,2024-11-19,T,"Line one, with comma.",W,u\n')
    g = write(tmp_path / "c.tsv", "TEXT\tDate\nTab text.\t2024-11-20\n")
    articles, problems = collect([f, g])
    assert [(a.external_id, a.text, a.date) for a in articles] == [
        ("x1", "Line one, with comma.", date(2024, 11, 19)), (None, "Tab text.", date(2024, 11, 20))]
    assert problems == []


def test_csv_without_text_column(tmp_path):
    f = write(tmp_path / "c.csv", "id,body\n1,hello\n")
    articles, problems = collect([f])
    assert articles == [] and codes(problems) == ["E011"]
    assert "body" in problems[0].message


def test_html_page_main_text_title_date_site(tmp_path):
    f = write(tmp_path / "p.html", HTML)
    (a,), problems = collect([f])
    assert a.title == "Missiles hit Bryansk"
    assert a.date == date(2024, 11, 19)
    assert a.source == "Meridian Wire"
    assert "five of the six missiles" in a.text
    assert "alert" not in a.text and "Copyright" not in a.text
    assert problems == []


def test_hostile_html_is_an_error_not_a_crash(tmp_path):
    f = write(tmp_path / "h.html", "<html><body><script>" + "while(1){}" * 1000 + "</script>"
              + "<div>" * 5000 + "</body></html>")
    articles, problems = collect([f])
    assert articles == [] and codes(problems) == ["E008"]


def test_rss_feed_entries(tmp_path):
    f = write(tmp_path / "f.rss", RSS)
    articles, problems = collect([f])
    assert [(a.title, a.source, a.date, a.url, a.text) for a in articles] == [
        ("First strike", "Baltic Dispatch", date(2024, 11, 19), "https://bd.example/1", "Ukraine fired missiles into Russia.")]
    assert codes(problems) == ["E008"]  # the empty entry, named
    assert "entry 2" in problems[0].origin


def test_atom_feed_sniffed_from_xml(tmp_path):
    f = write(tmp_path / "f.xml", ATOM)
    (a,), _ = collect([f])
    assert (a.title, a.date, a.url, a.text) == ("Talks", date(2024, 11, 18), "https://ht.example/1", "Leaders met in Rio.")


def test_broken_feed(tmp_path):
    f = write(tmp_path / "f.rss", "<rss><channel><title>x</title></chan")
    articles, problems = collect([f])
    assert articles == [] and codes(problems) == ["E012"]


@pytest.mark.parametrize("content,what", [
    (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
    (b"abc\x00def" * 100, "NUL"),
])
def test_binary_files_are_refused(tmp_path, content, what):
    f = write(tmp_path / "a.txt", content)
    articles, problems = collect([f])
    assert articles == [] and codes(problems) == ["E003"] and what in problems[0].message


def test_binary_corpus_is_refused(tmp_path):
    f = write(tmp_path / "a.jsonl", b"PK\x03\x04" + bytes(200))
    assert codes(collect([f])[1]) == ["E003"]


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path):
    f = write(tmp_path / "a.txt", b"date 2024-11-22\nKyiv caf\xe9 strike.")
    (a,), problems = collect([f])
    assert "\ufffd" in a.text and codes(problems) == ["W101"] and not problems[0].error


def test_utf16_with_bom(tmp_path):
    f = write(tmp_path / "a.txt", "date 2024-11-22\nKyiv said.".encode("utf-16"))
    (a,), problems = collect([f])
    assert a.text == "Kyiv said." and problems == []


def test_empty_and_blank_files(tmp_path):
    e = write(tmp_path / "e.txt", "")
    b = write(tmp_path / "b.txt", "  \n\n ")
    articles, problems = collect([e, b])
    assert articles == [] and codes(problems) == ["E004", "E004"]


def test_size_cap(tmp_path):
    f = write(tmp_path / "big.txt", "word " * 1000)
    articles, problems = collect([f], max_bytes=100)
    assert articles == [] and codes(problems) == ["E005"] and "--max-bytes" in problems[0].message


def test_article_character_cap_in_corpus(tmp_path):
    f = write(tmp_path / "c.jsonl", json.dumps({"text": "x" * 50}) + "\n" + json.dumps({"text": "ok"}) + "\n")
    articles, problems = collect([f], max_article_chars=10)
    assert [a.text for a in articles] == ["ok"] and codes(problems) == ["E015"]


def test_unknown_format(tmp_path):
    f = write(tmp_path / "a.weird", "some text")
    assert codes(collect([f])[1]) == ["E006"]
    (a,), _ = collect([f], input_format="text")
    assert a.text == "some text"


def test_missing_and_unreadable_paths(tmp_path, monkeypatch):
    missing = tmp_path / "nope.txt"
    locked = write(tmp_path / "locked.txt", "x")
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    articles, problems = collect([missing, locked])
    assert articles == [] and codes(problems) == ["E001", "E002"]
    assert "Permission denied" in problems[1].message


def test_url_needs_fetch_flag():
    articles, problems = collect(["https://example.invalid/feed"])
    assert articles == [] and codes(problems) == ["E013"]


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        bodies = {"/page": ("text/html", HTML), "/feed": ("application/rss+xml", RSS),
                  "/big": ("text/plain", "x" * 5000)}
        if self.path == "/slow":
            threading.Event().wait(2)
        ctype, body = bodies.get(self.path, ("text/plain", "date 2024-11-22\nPlain."))
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_page_feed_with_caps_and_timeout(server):
    articles, problems = collect([f"{server}/page", f"{server}/feed", f"{server}/big", f"{server}/slow"],
                                 fetch=True, fetch_max_bytes=4000, fetch_timeout=0.5)
    assert [a.title for a in articles] == ["Missiles hit Bryansk", "First strike"]
    assert articles[0].url == f"{server}/page"
    assert codes(problems) == ["E008", "E005", "E014"]  # empty feed entry, size cap, timeout
