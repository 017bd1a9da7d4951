"""The audio exporter end to end with the real espeak engine: MP3 that decodes, speaking
rate, ID3v2.4 tags and chapters, WebVTT, cues that locate sentences, the segment cache,
identical bytes for identical text; then the independent judge on the examples, the
seed and a corpus article when ../shared is present."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import warnings
from dataclasses import replace
from pathlib import Path

import miniaudio
import pytest
from mutagen.id3 import ID3, CTOCFlags
from PIL import Image as PILImage

from artexport import ArtexportWarning, ExportError, OptionError, load_article
from artexport.exporters import get_exporter
from artexport.exporters.audio import AudioExporter
from artexport.model import Article, Paragraph, Preformatted, Span
from artexport.narration import (
    AudioOptions,
    Narration,
    block_sentences,
    synthesize_article,
)
from artexport.narration import mp3 as mp3_module
from artexport.text.speech import speak_date
from artexport.tts.espeak import EspeakEngine
from artexport.writer import leftover_temp_files
from conftest import SHARED, require, require_shared

JUDGE = SHARED / "judge" / "judge"

# Written for these tests: a small Arabic article with two headings, a list, a quote with
# attribution and a code block (never read aloud: a notice says it is there).
ARTICLE_MD = """\
---
title: حديقة الحي تفتح أبوابها من جديد
lang: ar
authors: [ليلى سامي, عمر فاضل]
publisher: نشرة الاختبار
dateline: حلب - خاص
published: 2025-04-09T09:00:00+03:00
image:
  src: cover.png
  alt: أشجار خضراء حول نافورة صغيرة
---

أعادت البلدية فتح حديقة الحي بعد أشهر من الصيانة. وزرعت فيها مئة شجرة جديدة.

## المقاعد والممرات

صارت الممرات أعرض، وأضيفت مقاعد مريحة للكبار.

- ممر خاص للكراسي المتحركة.
- لوحات إرشاد بخط كبير.

## مواعيد الزيارة

> الحديقة مفتوحة للجميع من الصباح حتى المساء.
>
> — مدير الحدائق

```text
print("code is never read aloud")
```
"""


def write_article(folder: Path, text: str = ARTICLE_MD) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.md").write_text(text, encoding="utf-8")
    PILImage.new("RGB", (64, 40), (30, 120, 60)).save(folder / "cover.png")
    return folder


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One segment cache for the module, so option variants do not re-synthesise."""
    return tmp_path_factory.mktemp("speech-cache")


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Article:
    return load_article(write_article(tmp_path_factory.mktemp("garden") / "garden"))


@pytest.fixture(scope="module")
def exported(article: Article, shared_cache: Path,
             tmp_path_factory: pytest.TempPathFactory) -> tuple[Narration, Path, Path]:
    out = tmp_path_factory.mktemp("out")
    options = AudioOptions(cache_dir=shared_cache)
    narration = synthesize_article(article, options)
    files = AudioExporter(options).export(article, out)
    mp3 = next(p for p in files if p.suffix == ".mp3")
    vtt = next(p for p in files if p.suffix == ".vtt")
    return narration, mp3, vtt


def ffprobe(path: Path) -> dict[str, object]:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_format", "-show_streams", "-of",
                          "json", str(path)], capture_output=True, check=True, timeout=60)
    data: dict[str, object] = json.loads(out.stdout)
    return data


def parse_vtt(text: str) -> list[tuple[str, float, float, str]]:
    """(id, start, end, text) per cue; asserts the format as it goes."""
    assert text.startswith("WEBVTT\n\n")
    stamp = r"(\d\d):(\d\d):(\d\d)\.(\d\d\d)"
    cues = []
    for block in text.strip().split("\n\n")[1:]:
        ident, timing, *lines = block.split("\n")
        m = re.fullmatch(f"{stamp} --> {stamp}", timing)
        assert m, timing
        h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, m.groups())
        cues.append((ident, h1 * 3600 + m1 * 60 + s1 + ms1 / 1000,
                     h2 * 3600 + m2 * 60 + s2 + ms2 / 1000, "\n".join(lines)))
    return cues


# ---- the files -------------------------------------------------------------------------
def test_registered_as_audio() -> None:
    cls = get_exporter("audio")
    assert cls is AudioExporter and cls.file_extension == "mp3"


def test_writes_mp3_and_vtt_only(exported: tuple[Narration, Path, Path]) -> None:
    _, mp3, vtt = exported
    assert sorted(p.name for p in mp3.parent.iterdir()) == ["garden.mp3", "garden.vtt"]
    assert vtt.read_text(encoding="utf-8") == exported[0].vtt()
    assert not list(leftover_temp_files(mp3.parent))


def test_mp3_decodes_mono_and_is_speech(exported: tuple[Narration, Path, Path]) -> None:
    narration, mp3, _ = exported
    probe = ffprobe(mp3)
    stream = next(s for s in probe["streams"] if s["codec_type"] == "audio")  # type: ignore[attr-defined]
    assert (stream["codec_name"], stream["channels"], stream["sample_rate"]) == \
        ("mp3", 1, "22050")
    decoded = miniaudio.decode(mp3.read_bytes(), nchannels=1, sample_rate=22050)
    duration = decoded.num_frames / decoded.sample_rate
    # the encoder adds a frame or two of delay and padding, never less than the PCM
    assert narration.duration_s <= duration < narration.duration_s + 0.2
    assert max(abs(x) for x in decoded.samples) > 5000


def test_speaking_rate_is_natural(article: Article,
                                  exported: tuple[Narration, Path, Path]) -> None:
    narration = exported[0]
    # every sentence said: the header (byline, dateline...), the blocks, the publisher
    spoken = " ".join(c.text for c in narration.cues)
    words = len(re.findall(r"\w+", spoken))
    wpm = words / (narration.duration_s / 60)
    assert 100 <= wpm <= 200, f"{wpm:.0f} words per minute"


def test_id3_tags(article: Article, exported: tuple[Narration, Path, Path]) -> None:
    tags = ID3(exported[1])
    assert tags.version == (2, 4, 0)
    assert str(tags["TIT2"]) == article.title
    assert tags["TPE1"].text == ["ليلى سامي", "عمر فاضل"]
    assert str(tags["TPUB"]) == "نشرة الاختبار"
    assert str(tags["TLAN"]) == "ara"
    assert str(tags["TDRC"]) == "2025-04-09 09:00:00"  # mutagen shows the stored "T" as " "
    assert str(tags["TCON"]) == "Speech"
    cover = tags.getall("APIC")[0]
    assert cover.type == 3 and cover.mime == "image/png"
    assert cover.data == (article.source_dir / "cover.png").read_bytes()  # type: ignore[operator]


def test_chapters_follow_headings(article: Article,
                                  exported: tuple[Narration, Path, Path]) -> None:
    narration, mp3, _ = exported
    tags = ID3(mp3)
    chaps = tags.getall("CHAP")  # in file order: players read them in this order
    assert [str(c.sub_frames["TIT2"]) for c in chaps] == \
        [article.title, "المقاعد والممرات", "مواعيد الزيارة"]
    starts = [c.start_time for c in chaps]
    assert starts[0] == 0 and starts == sorted(starts)
    assert all(c.end_time > c.start_time for c in chaps)
    assert [c.end_time for c in chaps[:-1]] == starts[1:]
    assert chaps[-1].end_time <= narration.duration_s * 1000 + 1
    (toc,) = tags.getall("CTOC")
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    assert list(toc.child_element_ids) == [c.element_id for c in chaps]
    # a heading's chapter starts where its heading is spoken
    heading_cue = next(c for c in narration.cues if c.text == "مواعيد الزيارة")
    assert abs(chaps[2].start_time / 1000 - heading_cue.start_s) < 0.002


def test_paragraph_group_chapters(article: Article, shared_cache: Path) -> None:
    narration = synthesize_article(article, AudioOptions(
        cache_dir=shared_cache, chapters="paragraphs", paragraphs_per_chapter=2))
    # spoken non-heading blocks: paragraph, paragraph, list, quote (the code is silent)
    assert [c.title for c in narration.chapters] == \
        [article.title, "الفقرات 1–2", "الفقرات 3–4"]
    assert [c.first_block for c in narration.chapters] == [None, 0, 3]


def test_vtt_cues_are_sentences_within_the_audio(exported: tuple[Narration, Path, Path]) -> None:
    narration, _, vtt = exported
    cues = parse_vtt(vtt.read_text(encoding="utf-8"))
    assert len(cues) == len(narration.cues)
    starts = [c[1] for c in cues]
    assert starts == sorted(starts)
    assert all(end > start for _, start, end, _ in cues)
    assert cues[-1][2] <= narration.duration_s
    assert [c[3] for c in cues] == [c.text for c in narration.cues]
    assert cues[0][0] == "title-s0" and cues[-1][0] == "publisher-s0"


def test_title_byline_date_and_dateline_come_first_the_publisher_last(
        article: Article, exported: tuple[Narration, Path, Path]) -> None:
    cues = exported[0].cues
    assert [c.part for c in cues[:4]] == ["title", "byline", "date", "dateline"]
    assert cues[0].text == article.title
    assert cues[1].text == "بقلم ليلى سامي وعمر فاضل"  # as every edition prints it
    assert cues[2].text == speak_date(9, 4, 2025, "ar")
    assert cues[3].text == "حلب - خاص"
    assert all(c.block is None for c in cues[:4])
    # (the code block's notice, said in its place, is no sentence of the block)
    assert all(c.block is not None for c in cues[4:-1] if c.part != "code")
    assert (cues[-1].part, cues[-1].block, cues[-1].text) == ("publisher", None, "نشرة الاختبار")


def test_cues_locate_every_sentence_of_every_block(
        article: Article, exported: tuple[Narration, Path, Path]) -> None:
    cues = [c for c in exported[0].cues if c.block is not None]
    expected = []
    for index, block in enumerate(article.blocks):
        text, bounds = block_sentences(block, article.lang)
        expected += [(index, i, text[s:e], s, e) for i, (s, e) in enumerate(bounds)]
    assert [(c.block, c.sentence, c.text, c.char_start, c.char_end) for c in cues] == expected
    # the two list items and the quote's attribution are sentences of their own
    assert "لوحات إرشاد بخط كبير." in [c.text for c in cues]
    assert "مدير الحدائق" in [c.text for c in cues]
    code = next(i for i, b in enumerate(article.blocks) if isinstance(b, Preformatted))
    assert all(c.block != code for c in cues)
    notice = [c for c in exported[0].cues if c.part == "code"]
    assert [(c.sentence, c.text) for c in notice] == [(code, "هنا مقطع برمجي لا يُقرأ")]


# ---- cache and determinism ---------------------------------------------------------------
def test_cache_makes_a_rerun_synthesise_nothing(article: Article, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    encoded: list[int] = []
    real_finish = mp3_module.Mp3Stream.finish

    def counted(self: mp3_module.Mp3Stream) -> bytes:
        encoded.append(self.samples)
        return real_finish(self)

    monkeypatch.setattr(mp3_module.Mp3Stream, "finish", counted)
    options = AudioOptions(cache_dir=tmp_path / "cache")
    cold_engine, warm_engine = EspeakEngine(), EspeakEngine()
    cold = synthesize_article(article, options, engine=cold_engine)
    assert cold_engine.calls == cold.synthesized == len(cold.cues)
    assert len(encoded) == 1
    warm = synthesize_article(article, options, engine=warm_engine)
    assert warm_engine.calls == 0 and warm.cached == len(warm.cues)
    assert len(encoded) == 1, "the same PCM was encoded twice"
    assert warm.mp3 == cold.mp3 and warm.cues == cold.cues

    # a damaged encoded entry is encoded again, to the same bytes
    entry = next((tmp_path / "cache").rglob("*.enc"))
    entry.write_bytes(entry.read_bytes()[:-10])
    assert synthesize_article(article, options).mp3 == cold.mp3
    assert len(encoded) == 2

    # an edited paragraph is the only thing spoken again
    edited = article.with_changes(blocks=(
        Paragraph((Span("أغلقت الحديقة يومًا واحدًا للتنظيف."),)), *article.blocks[1:]))
    again = EspeakEngine()
    synthesize_article(edited, options, engine=again)
    assert again.calls == 1


def test_same_text_same_bytes_without_cache(article: Article, shared_cache: Path) -> None:
    first = synthesize_article(article, AudioOptions(cache_dir=None))
    second = synthesize_article(article, AudioOptions(cache_dir=None))
    cached = synthesize_article(article, AudioOptions(cache_dir=shared_cache))
    assert first.mp3 == second.mp3 == cached.mp3


def test_damaged_cache_entry_is_spoken_again(article: Article, tmp_path: Path) -> None:
    options = AudioOptions(cache_dir=tmp_path / "cache")
    before = synthesize_article(article, options)
    entry = sorted((tmp_path / "cache").rglob("*.seg"))[0]
    entry.write_bytes(entry.read_bytes()[:-100])  # as if a crash had cut it short
    engine = EspeakEngine()
    after = synthesize_article(article, options, engine=engine)
    assert engine.calls == 1 and after.mp3 == before.mp3


def test_unwritable_cache_warns_and_still_exports(article: Article, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    short = article.with_changes(blocks=article.blocks[:1])
    with pytest.warns(ArtexportWarning, match="speech cache not writable"):
        narration = synthesize_article(short, AudioOptions(cache_dir=blocker / "cache"))
    assert narration.duration_s > 1


def test_two_processes_share_one_cache(tmp_path: Path) -> None:
    folder = write_article(tmp_path / "garden", ARTICLE_MD.split("## ")[0])
    cache = tmp_path / "cache"
    script = ("import sys\nfrom artexport import load_article\n"
              "from artexport.exporters.audio import AudioExporter\n"
              "AudioExporter({'cache_dir': sys.argv[2]}).export(load_article(sys.argv[1]), "
              "sys.argv[3])\n")
    procs = [subprocess.Popen([sys.executable, "-c", script, str(folder), str(cache),
                               str(tmp_path / f"out{i}")], stderr=subprocess.PIPE)
             for i in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    assert (tmp_path / "out0/garden.mp3").read_bytes() == \
        (tmp_path / "out1/garden.mp3").read_bytes()
    assert not list(leftover_temp_files(cache))
    engine = EspeakEngine()
    synthesize_article(load_article(folder), AudioOptions(cache_dir=cache), engine=engine)
    assert engine.calls == 0


# ---- options and errors -------------------------------------------------------------------
def test_options_from_cli_strings() -> None:
    exporter = AudioExporter({"cache_dir": "none", "rate": "200", "chapters": "paragraphs",
                              "paragraphs-per-chapter": "3", "latin": "skip"})
    assert exporter.options == replace(AudioOptions(), cache_dir=None, rate=200,
                                       chapters="paragraphs", paragraphs_per_chapter=3,
                                       latin="skip")
    with pytest.raises(ExportError, match="chapters must be one of headings, paragraphs"):
        AudioExporter({"chapters": "pages"})
    with pytest.raises(ExportError, match="bitrate 50 is not an MP3 bit rate"):
        AudioExporter({"bitrate": "50"})
    with pytest.raises(ExportError, match="paragraphs_per_chapter must be at least 1"):
        AudioExporter({"paragraphs_per_chapter": "0"})


def test_unknown_engine_is_an_option_error_before_any_article(tmp_path: Path) -> None:
    with pytest.raises(OptionError, match=r"^audio: option engine: unknown TTS engine "
                                          r"'nope' \(available: espeak, gtts"):
        AudioExporter({"engine": "nope"})
    with pytest.raises(OptionError, match=r"unknown TTS engine 'espek' \(did you mean "
                                          r"espeak\?\)"):
        AudioExporter({"engine": "espek"})


def test_article_with_nothing_to_say_is_an_error(tmp_path: Path) -> None:
    empty = Article(slug="empty", title="…", lang="ar", direction="rtl",
                    blocks=(Preformatted("x = 1"),), source_dir=tmp_path)
    with pytest.raises(ExportError, match="no text to speak"):
        AudioExporter({"cache_dir": "none"}).export(empty, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_missing_cover_is_left_out_with_a_warning(article: Article, shared_cache: Path,
                                                  tmp_path: Path) -> None:
    lead = article.lead_image
    assert lead is not None
    moved = replace(lead, image=replace(lead.image, path=tmp_path / "gone.png"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        narration = synthesize_article(article.with_changes(lead_image=moved),
                                       AudioOptions(cache_dir=shared_cache))
    assert any("no cover" in str(w.message) for w in caught)
    assert narration.mp3.startswith(b"ID3")


# ---- the independent judge (../shared) ------------------------------------------------------
def judged(out: Path, source: Path) -> str:
    """Run the judge on one export (see conftest.require when it is absent or not set up)."""
    require_shared(JUDGE)
    run = subprocess.run([str(JUDGE), str(out), "--source", str(source), "--formats", "audio"],
                         capture_output=True, text=True, timeout=300)
    require(run.returncode != 3, "../shared/judge's setup",
            "run ../shared/judge/setup.sh (make test does)")
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


@pytest.mark.slow
def test_judge_passes_every_example(example: Path, shared_cache: Path, tmp_path: Path) -> None:
    AudioExporter(AudioOptions(cache_dir=shared_cache)).export(load_article(example), tmp_path)
    report = judged(tmp_path, example / "article.md")
    assert re.search(r"^6 passed, 0 failed$", report, re.M), report


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:.*does not exist:artexport.ArtexportWarning")  # its photo
def test_judge_passes_the_seed(seed: Path, shared_cache: Path, tmp_path: Path) -> None:
    AudioExporter(AudioOptions(cache_dir=shared_cache)).export(load_article(seed), tmp_path)
    report = judged(tmp_path, seed)
    assert re.search(r"^6 passed, 0 failed$", report, re.M), report


@pytest.mark.slow
def test_judge_passes_a_short_corpus_article(corpus: Path, shared_cache: Path,
                                             tmp_path: Path) -> None:
    name = "07-sa-spa-rain-alardiyat-very-short"
    AudioExporter(AudioOptions(cache_dir=shared_cache)).export(
        load_article(corpus / f"{name}.json"), tmp_path)
    report = judged(tmp_path, corpus / f"{name}.txt")
    assert re.search(r"^6 passed, 0 failed$", report, re.M), report

