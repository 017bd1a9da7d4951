"""The online engine against a local stand-in for Google Translate's TTS endpoint.

Google is unreachable from this machine and from CI (only package registries are), so a
thread on 127.0.0.1 answers gTTS's ``batchexecute`` POSTs the way Google does: the
requested text comes back as base64 MP3 inside the RPC envelope. ``EngineConfig.endpoint``
(``AudioOptions.endpoint``) points gTTS there; everything else -- request building,
response parsing, decoding, retries, timeouts -- is the real code path.
"""

from __future__ import annotations

import base64
import json
import math
import socket
import threading
import time
import urllib.parse
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import lameenc
import pytest

from artexport import load_article
from artexport.exporters.audio import AudioExporter
from artexport.narration import AudioOptions, synthesize_article
from artexport.tts import EngineConfig, SpeechError
from artexport.tts.gtts import MAX_CHARS, SAMPLE_RATE, GttsEngine, chunk_bounds
from artexport.writer import leftover_temp_files

pytest.importorskip("gtts", reason="needs the artexport[gtts] extra")
pytest.importorskip("miniaudio", reason="needs the artexport[gtts] extra")

SECONDS_PER_CHAR = 0.02  # the stand-in's "speech": a tone this long per character

# Written for these tests: a question, then a long answer with "،" and "؛" inside.
LONG = ("هل تعرف متى تفتح المكتبة أبوابها في أيام العطلة الرسمية والأعياد؟ "
        "نعم، تفتح من التاسعة صباحًا حتى الثانية ظهرًا؛ وفي أيام الجمعة تغلق أبوابها "
        "بالكامل، لكن خدمة الإعارة عبر البريد تبقى متاحة طوال الأسبوع دون انقطاع.")


def tone_mp3(seconds: float) -> bytes:
    n = max(int(seconds * SAMPLE_RATE), 1)
    pcm = array("h", (int(8000 * math.sin(2 * math.pi * 220 * i / SAMPLE_RATE))
                      for i in range(n)))
    enc = lameenc.Encoder()
    enc.set_bit_rate(32)
    enc.set_in_sample_rate(SAMPLE_RATE)
    enc.set_channels(1)
    enc.silence()
    return bytes(enc.encode(pcm.tobytes())) + bytes(enc.flush())


class StandIn:
    """A fake translate_tts server. ``statuses`` are answered first, in order (with
    ``retry_after`` if set); after them every request gets audio."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.requests = 0
        self.statuses: list[int] = []
        self.retry_after: str | None = None
        self.lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                with stand_in.lock:
                    stand_in.requests += 1
                    status = stand_in.statuses.pop(0) if stand_in.statuses else 200
                if status != 200:
                    self.send_response(status)
                    if stand_in.retry_after:
                        self.send_header("Retry-After", stand_in.retry_after)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                rpc = json.loads(urllib.parse.parse_qs(body)["f.req"][0])
                text, _lang, _speed, _ = json.loads(rpc[0][0][1])
                with stand_in.lock:
                    stand_in.texts.append(text)
                audio = base64.b64encode(tone_mp3(len(text) * SECONDS_PER_CHAR)).decode()
                envelope = json.dumps([["wrb.fr", "jQ1olc", json.dumps([audio]), None,
                                        None, None, "generic"]], separators=(",", ":"))
                payload = f")]}}'\n\n{len(envelope)}\n{envelope}\n".encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/batchexecute"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # gTTS hands urllib's environment proxies to requests; 127.0.0.1 must be reached directly
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    server = StandIn()
    yield server
    server.close()


@dataclass
class SilentPort:
    port: int
    accepted: list[socket.socket]


@pytest.fixture
def silent_port() -> Iterator[SilentPort]:
    """A port that accepts connections and never answers, and counts them."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(sock.accept()[0])
            except OSError:  # closed at the end of the test
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield SilentPort(sock.getsockname()[1], held)
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()
    thread.join(timeout=10)
    for conn in held:
        conn.close()


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "article"
    folder.mkdir()
    (folder / "article.md").write_text(
        "---\ntitle: مواعيد المكتبة في العطلة\nlang: ar\npublisher: نشرة الاختبار\n---\n\n"
        f"{LONG}\n\n## الإعارة\n\nتصل الكتب خلال يومين.\n", encoding="utf-8")
    return folder


def engine(url: str, **config: float) -> GttsEngine:
    return GttsEngine(EngineConfig(endpoint=url, timeout=config.get("timeout", 5.0),
                                   retries=int(config.get("retries", 3)),
                                   backoff=config.get("backoff", 0.05)))


# ---- chunking ------------------------------------------------------------------------
def test_chunks_fit_the_limit_and_end_at_arabic_punctuation() -> None:
    bounds = chunk_bounds(LONG, "ar")
    chunks = [LONG[s:e] for s, e in bounds]
    assert all(len(c) <= MAX_CHARS for c in chunks)
    assert len(LONG) > 2 * MAX_CHARS and len(chunks) >= 3
    # gTTS's own tokenizer would cut mid-phrase; ours ends chunks at ؟ and the clause marks
    assert chunks[0].endswith("؟")
    assert all(c[-1] in "؟،؛." for c in chunks)
    # nothing lost, nothing repeated, in order
    assert "".join(chunks).replace(" ", "") == LONG.replace(" ", "")
    assert [s for s, _ in bounds] == sorted(s for s, _ in bounds)


def test_a_clause_longer_than_the_limit_is_cut_between_words() -> None:
    words = " ".join(["كلمة"] * 60)  # 299 characters, no punctuation at all
    chunks = [words[s:e] for s, e in chunk_bounds(words, "ar")]
    assert all(len(c) <= MAX_CHARS for c in chunks)
    assert all(c.split(" ") == ["كلمة"] * len(c.split(" ")) for c in chunks)
    url = "https://example.org/" + "a" * 150
    assert all(e - s <= MAX_CHARS for s, e in chunk_bounds(url, "en"))


# ---- requests --------------------------------------------------------------------------
def test_each_chunk_is_one_request_and_the_audio_is_joined(stand_in: StandIn) -> None:
    tts = engine(stand_in.url)
    result = tts.synthesize(LONG, "ar", "ar")
    bounds = chunk_bounds(LONG, "ar")
    assert stand_in.texts == [LONG[s:e] for s, e in bounds]
    assert result.sample_rate == SAMPLE_RATE
    expected = sum(e - s for s, e in bounds) * SECONDS_PER_CHAR
    assert expected - 0.05 < result.duration_s < expected + 0.4  # plus MP3 frame padding
    assert [m.offset for m in result.marks] == [s for s, _ in bounds]
    times = [m.time_s for m in result.marks]
    assert times[0] == 0 and times == sorted(times) and times[-1] < result.duration_s


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses the engine asks for between attempts, in order (it still pauses)."""
    asked: list[float] = []
    real_sleep, caller = time.sleep, threading.get_ident()

    def sleep(seconds: float) -> None:
        if threading.get_ident() == caller:
            asked.append(seconds)
        real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)
    return asked


def test_429_is_retried_with_backoff(stand_in: StandIn, waits: list[float]) -> None:
    stand_in.statuses = [429, 429]
    tts = engine(stand_in.url, backoff=0.2)
    result = tts.synthesize("مرحبا بكم.", "ar", "ar")
    assert result.duration_s > 0
    assert stand_in.requests == 3 and tts.requests == 3
    assert waits == [0.2, 0.4]  # backoff doubles: 0.2 s, then 0.4 s


def test_retry_after_is_honoured(stand_in: StandIn, waits: list[float]) -> None:
    stand_in.statuses, stand_in.retry_after = [429], "1"
    engine(stand_in.url, backoff=0.01).synthesize("مرحبا.", "ar", "ar")
    assert waits == [1.0] and stand_in.requests == 2


def test_5xx_is_retried_but_other_4xx_fails_at_once(stand_in: StandIn) -> None:
    stand_in.statuses = [503]
    engine(stand_in.url).synthesize("مرحبا.", "ar", "ar")
    assert stand_in.requests == 2
    stand_in.statuses, stand_in.requests = [403], 0
    with pytest.raises(SpeechError, match="403"):
        engine(stand_in.url).synthesize("مرحبا.", "ar", "ar")
    assert stand_in.requests == 1


def test_gives_up_after_the_retries(stand_in: StandIn) -> None:
    stand_in.statuses = [429] * 10
    with pytest.raises(SpeechError, match=r"429 Too Many Requests \(3 attempts\)"):
        engine(stand_in.url, retries=2).synthesize("مرحبا.", "ar", "ar")
    assert stand_in.requests == 3


def test_offline_is_one_clear_error() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now: connection refused, like a dead network
    with pytest.raises(SpeechError, match=r"gtts: cannot reach 127\.0\.0\.1:\d+ .*espeak"):
        engine(f"http://127.0.0.1:{port}/x", retries=1).synthesize("مرحبا.", "ar", "ar")


def test_unsupported_language_names_the_choices() -> None:
    with pytest.raises(SpeechError,
                       match=r"gtts: no voice for language 'fa' \(gTTS speaks: .*\bar\b"):
        GttsEngine().default_voice("fa")


# ---- through the exporter --------------------------------------------------------------
def test_export_with_gtts(stand_in: StandIn, article_dir: Path, tmp_path: Path) -> None:
    options = AudioOptions(engine="gtts", endpoint=stand_in.url, cache_dir=None)
    article = load_article(article_dir)
    narration = synthesize_article(article, options)
    assert narration.engine == "gtts" and narration.sample_rate == SAMPLE_RATE
    assert all(len(t) <= MAX_CHARS for t in stand_in.texts)
    assert [c.title for c in narration.chapters] == [article.title, "الإعارة"]
    assert narration.cues[-1].end_s <= narration.duration_s
    written = AudioExporter(options).export(article, tmp_path / "out")
    assert sorted(p.name for p in written) == [f"{article.slug}.mp3", f"{article.slug}.vtt"]


def test_silent_server_times_out_and_leaves_no_file(silent_port: SilentPort, article_dir: Path,
                                                    tmp_path: Path) -> None:
    timeout, retries = 0.5, 1
    options = AudioOptions(engine="gtts", endpoint=f"http://127.0.0.1:{silent_port.port}/x",
                           timeout=timeout, retries=retries, backoff=0.05, cache_dir=None)
    out = tmp_path / "out"
    with pytest.raises(SpeechError,
                       match=r"no answer from 127\.0\.0\.1:\d+ within the 0\.5 s timeout") as err:
        AudioExporter(options).export(load_article(article_dir), out)
    # each attempt waited for its answer until the timeout, then the next one was made
    assert len(silent_port.accepted) == retries + 1
    assert str(article_dir) in str(err.value)  # the error names the article
    assert not out.exists() or not any(out.iterdir())
    assert not list(leftover_temp_files(tmp_path))
