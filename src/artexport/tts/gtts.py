"""The online engine: Google Translate's voice through gTTS.

gTTS has three traps this module closes:

* without ``timeout`` it waits forever on a dead network; we always pass one, and it
  bounds the whole exchange (a server trickling a byte at a time cannot hold it);
* it gives up on the first 429 or 5xx; we retry with exponential backoff (honouring
  ``Retry-After``), and fail at once on other 4xx answers;
* its tokenizer does not split at the Arabic "؟" "؛" "،", so a long Arabic sentence is cut
  mid-phrase at its 100-character limit. We chunk ourselves: sentence by sentence, each
  split at clauses (:func:`artexport.text.sentences.clause_bounds`) and merged back while
  under the limit, words only as a last resort; gTTS then gets one ready chunk per call.

Each chunk comes back as MP3 and is decoded to PCM with ``miniaudio`` (a pip wheel, no
ffmpeg needed) so it can be joined with the rest; the chunk starts become the marks.
``EngineConfig.endpoint`` replaces Google's URL (gTTS builds it from ``tld`` in
``_prepare_requests``), for a local stand-in in tests or a forwarding proxy.
"""

from __future__ import annotations

import base64
import contextlib
import email.utils
import re
import socket
import sys
import threading
import time
import urllib.parse
import urllib.request
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from ..text.lang import primary_subtag
from ..text.sentences import clause_bounds, sentence_bounds
from . import EngineConfig, Mark, SpeechError, Synthesis, TtsEngine

MAX_CHARS = 100  # gTTS.GOOGLE_TTS_MAX_CHARS: the service refuses longer text
SAMPLE_RATE = 24_000  # what Google sends (mono MP3); decoding to it resamples nothing
MAX_RETRY_AFTER = 30.0  # seconds; a longer Retry-After is the service saying "not today"
SLOW_BELOW = 110  # words per minute: a requested rate under this uses gTTS's slow voice
DEFAULT_HOST = "translate.google.com"
_AUDIO = re.compile(r'jQ1olc","\[\\"(.*)\\"]')  # gTTS's pattern for the base64 MP3


def chunk_bounds(text: str, lang: str, limit: int = MAX_CHARS) -> list[tuple[int, int]]:
    """(start, end) of the chunks to send, each at most ``limit`` characters.

    Chunks never cross a sentence end; inside a sentence, clauses are merged while the
    result fits, and a clause still too long is cut between words (a word longer than
    the limit, between characters).
    """
    chunks: list[tuple[int, int]] = []
    for s_start, s_end in sentence_bounds(text, lang):
        sentence = text[s_start:s_end]
        pieces: list[tuple[int, int]] = []
        for c_start, c_end in clause_bounds(sentence, lang) or [(0, len(sentence))]:
            pieces.extend(_split_words(text, s_start + c_start, s_start + c_end, limit))
        merged: list[tuple[int, int]] = []
        for start, end in pieces:
            if merged and end - merged[-1][0] <= limit:
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        chunks.extend(merged)
    return chunks


def _split_words(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while end - start > limit:
        cut = text.rfind(" ", start + 1, start + limit + 1)
        if cut <= start:
            cut = start + limit  # one "word" longer than the limit (a URL): cut it anyway
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


def _speakable(chunk: str) -> bool:
    # gTTS refuses chunks of only punctuation and spaces (AssertionError "No text to send")
    return any(ch.isalnum() for ch in chunk)


@dataclass
class _Failure:
    kind: str  # "status", "timeout", "connection", "other"
    detail: str
    status: int | None = None
    retry_after: float | None = None


class GttsEngine(TtsEngine):
    """Google Translate's text-to-speech, online. ``voice`` is a gTTS language code
    (``ar``, ``en``...); ``rate`` below 110 selects gTTS's slow reading."""

    name: ClassVar[str] = "gtts"
    online: ClassVar[bool] = True
    description: ClassVar[str] = "Google Translate TTS via gTTS (online)"
    requires: ClassVar[tuple[str, ...]] = ("gtts", "requests", "miniaudio")
    extra: ClassVar[str | None] = "gtts"

    def __init__(self, config: EngineConfig | None = None) -> None:
        super().__init__(config)
        self.requests = 0  # HTTP requests sent, retries included
        self._client_cls: Any = None

    def version(self) -> str:
        from gtts.version import __version__
        return f"gtts {__version__}"

    def default_voice(self, lang: str) -> str:
        from gtts.lang import tts_langs
        langs = tts_langs()
        for tag in (lang, primary_subtag(lang)):
            if tag in langs:
                return tag
        raise SpeechError(None, f"gtts: no voice for language {lang!r} "
                                f"(gTTS speaks: {', '.join(sorted(langs))})")

    @property
    def host(self) -> str:
        if self.config.endpoint:
            return urllib.parse.urlsplit(self.config.endpoint).netloc or self.config.endpoint
        return DEFAULT_HOST

    def synthesize(self, text: str, lang: str, voice: str) -> Synthesis:
        self.calls += 1
        pcm = bytearray()
        marks: list[Mark] = []
        for start, end in chunk_bounds(text, lang):
            chunk = text[start:end]
            if not _speakable(chunk):
                continue
            marks.append(Mark(start, len(pcm) // 2 / SAMPLE_RATE))
            pcm += _decode_mp3(self._fetch(chunk, voice), chunk)
        return Synthesis(bytes(pcm), SAMPLE_RATE, tuple(marks))

    # ---- one chunk, with retries -----------------------------------------------------
    def _fetch(self, chunk: str, voice: str) -> bytes:
        cfg = self.config
        attempts = max(cfg.retries, 0) + 1
        failure = _Failure("other", "no attempt")
        for attempt in range(attempts):
            self.requests += 1
            try:
                return self._request(chunk, voice)
            except Exception as e:  # classified below; anything unknown is not retried
                failure = self._classify(e)
            if failure.kind == "other" or (failure.kind == "status" and failure.status != 429
                                           and (failure.status or 0) < 500):
                break
            if attempt + 1 < attempts:
                delay = cfg.backoff * 2 ** attempt
                if failure.retry_after is not None:
                    delay = max(delay, min(failure.retry_after, MAX_RETRY_AFTER))
                time.sleep(delay)
        raise SpeechError(None, self._message(failure, attempt + 1))

    def _request(self, chunk: str, voice: str) -> bytes:
        slow = self.config.rate is not None and self.config.rate < SLOW_BELOW
        client = self._client()(chunk, lang=voice, slow=slow, lang_check=False,
                                pre_processor_funcs=[], tokenizer_func=lambda t: [t],
                                timeout=self.config.timeout)
        client.endpoint = self.config.endpoint
        data = b"".join(client.stream())
        if not data:
            raise SpeechError(None, f"gtts: {self.host} sent no audio for {chunk[:40]!r}")
        return data

    def _client(self) -> Any:
        """gTTS with its URL replaceable and TLS certificates checked (a subclass, so
        gTTS itself is untouched)."""
        if self._client_cls is None:
            import requests
            from gtts import gTTS, gTTSError

            class Client(gTTS):  # type: ignore[misc]
                endpoint: str | None = None

                def _prepare_requests(self) -> Any:
                    prepared = super()._prepare_requests()
                    if self.endpoint:
                        for pr in prepared:
                            pr.prepare_url(self.endpoint, None)
                    return prepared

                def stream(self) -> Iterator[bytes]:
                    # gTTS.stream() sends with verify=False (and silences the warning);
                    # this is the same exchange with certificate checks left on.
                    for pr in self._prepare_requests():
                        try:
                            with _deadline_session(self.timeout) as session:
                                late = requests.Timeout(f"no whole answer within "
                                                        f"{self.timeout:g} s")
                                try:
                                    rsp = session.send(pr, proxies=urllib.request.getproxies(),
                                                       timeout=self.timeout, stream=True)
                                    rsp.raise_for_status()
                                    body = rsp.content
                                except Exception as e:
                                    if session.deadline.passed:  # the socket was shut
                                        raise late from e
                                    raise
                                if session.deadline.passed:  # cut short, maybe cleanly
                                    raise late
                        except requests.HTTPError:
                            raise gTTSError(tts=self, response=rsp) from None
                        except requests.RequestException as e:
                            raise gTTSError(tts=self) from e
                        for line in body.splitlines():
                            decoded = line.decode("utf-8")
                            if self.GOOGLE_TTS_RPC not in decoded:
                                continue
                            found = _AUDIO.search(decoded)
                            if not found:
                                raise gTTSError(tts=self, response=rsp)
                            yield base64.b64decode(found.group(1).encode("ascii"))

            self._client_cls = Client
        return self._client_cls

    @staticmethod
    def _classify(e: Exception) -> _Failure:
        import requests
        from gtts import gTTSError

        if isinstance(e, SpeechError):
            return _Failure("other", e.problem)
        if isinstance(e, gTTSError):
            rsp = e.rsp
            if rsp is not None:
                return _Failure("status", f"{rsp.status_code} {rsp.reason}", rsp.status_code,
                                _retry_after(rsp.headers.get("Retry-After")))
            # gTTS raises inside its except clause: the network error is the context
            cause: BaseException | None = e.__cause__ or e.__context__
            if cause is None:
                return _Failure("other", str(e))
            e = cause  # type: ignore[assignment]
        if isinstance(e, requests.Timeout | TimeoutError):
            return _Failure("timeout", type(e).__name__)
        if isinstance(e, requests.ConnectionError):
            # a timeout while reading the body surfaces as a ConnectionError around urllib3's
            # ReadTimeoutError
            if "timed out" in str(e).lower():
                return _Failure("timeout", "read timed out")
            return _Failure("connection", _short(e))
        if isinstance(e, requests.RequestException):
            return _Failure("connection", _short(e))
        return _Failure("other", f"{type(e).__name__}: {e}")

    def _message(self, f: _Failure, tries: int) -> str:
        host, tries_s = self.host, f"{tries} attempt{'s' if tries != 1 else ''}"
        if f.kind == "timeout":
            return (f"gtts: no answer from {host} within the {self.config.timeout:g} s timeout "
                    f"({tries_s}); the network or the service is down")
        if f.kind == "connection":
            return (f"gtts: cannot reach {host} ({f.detail}; {tries_s}); the gtts engine needs "
                    "the internet -- use the offline engine=espeak")
        if f.kind == "status" and f.status == 429:
            return f"gtts: {host} keeps refusing with 429 Too Many Requests ({tries_s}); try later"
        if f.kind == "status" and f.status == 200:
            return f"gtts: {host} answered without audio (has the service changed?)"
        if f.kind == "status":
            return f"gtts: {host} answered {f.detail} ({tries_s})"
        return f"gtts: {f.detail}"


class _Deadline:
    """One exchange's deadline: every connection the session opens is shut down once
    ``seconds`` have passed since it connected. requests' timeout bounds each socket
    read, so a server that trickles a byte every few seconds -- in its status line, its
    headers or its body -- would otherwise hold one request until --time-limit."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.passed = False
        self._timers: list[threading.Timer] = []

    def arm(self, sock: socket.socket) -> None:
        timer = threading.Timer(self.seconds, self._shut, (sock,))
        timer.daemon = True
        self._timers.append(timer)
        timer.start()

    def _shut(self, sock: socket.socket) -> None:
        self.passed = True
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        for timer in self._timers:
            timer.cancel()


def _deadline_session(seconds: float) -> Any:
    """A requests session whose connections carry a :class:`_Deadline`
    (``session.deadline``); closing the session cancels it."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    deadline = _Deadline(seconds)

    class Connection(HTTPConnection):
        def connect(self) -> None:
            super().connect()
            deadline.arm(self.sock)

    class SecureConnection(HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            deadline.arm(self.sock)

    class Pool(HTTPConnectionPool):
        ConnectionCls = Connection

    class SecurePool(HTTPSConnectionPool):
        ConnectionCls = SecureConnection

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": Pool, "https": SecurePool}

        def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
            manager = super().proxy_manager_for(proxy, **kwargs)
            if not proxy.lower().startswith("socks"):  # SOCKS pools connect their own way
                manager.pool_classes_by_scheme = {"http": Pool, "https": SecurePool}
            return manager

    class Session(requests.Session):
        def close(self) -> None:
            deadline.cancel()
            super().close()

    session = Session()
    session.deadline = deadline  # type: ignore[attr-defined]
    session.mount("http://", Adapter())
    session.mount("https://", Adapter())
    return session


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


_NETWORK_CAUSES = (
    (("NameResolution", "Failed to resolve", "Name or service not known",
      "name resolution"), "DNS lookup failed"),
    (("Connection refused",), "connection refused"),
    (("Network is unreachable", "No route to host"), "network unreachable"),
    (("SSL", "CERTIFICATE"), "TLS handshake failed"),
)


def _short(e: BaseException) -> str:
    """The cause of a network failure in a few words (requests' own text nests urllib3's
    exception reprs several levels deep)."""
    text = str(e)
    for needles, cause in _NETWORK_CAUSES:
        if any(n in text for n in needles):
            return cause
    return text if len(text) <= 120 else type(e).__name__


def _decode_mp3(data: bytes, chunk: str) -> bytes:
    import miniaudio  # type: ignore[import-untyped]

    try:
        decoded = miniaudio.decode(data, output_format=miniaudio.SampleFormat.SIGNED16,
                                   nchannels=1, sample_rate=SAMPLE_RATE)
    except miniaudio.DecodeError as e:
        raise SpeechError(None, f"gtts: the answer for {chunk[:40]!r} is not audio ({e})") \
            from None
    samples = decoded.samples
    if not isinstance(samples, array):
        samples = array("h", samples)
    if sys.byteorder == "big":  # PCM is little-endian everywhere else in artexport
        samples.byteswap()
    return samples.tobytes()
