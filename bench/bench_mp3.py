"""MP3 settings for speech: LAME's quality settings and bit rates measured against each other.

Speaks the bundled examples with espeak (22.05 kHz mono, what the narration encodes),
encodes the joined speech with lameenc at each quality setting (``-q``: 0 is the slowest
search, 9 the fastest) and each bit rate, decodes it back (miniaudio) and prints a Markdown
table: encoding speed (times real time), size per minute, and two distances from the
original, measured after aligning on LAME's delay:

* SNR: signal-to-noise ratio of the decoded waveform, dB (higher is closer);
* LSD: log-spectral distance over the core speech band (0-4 kHz, within 60 dB of each
  frame's peak), dB, averaged over voiced frames (lower is closer).

    .venv/bin/python bench/bench_mp3.py [--qualities 2,5,7,9] [--bitrates 32,48]
"""

from __future__ import annotations

import argparse
import time
from array import array
from pathlib import Path

import miniaudio
import numpy as np
from _common import EXAMPLES

from artexport import load_article
from artexport.narration import AudioOptions, plan_speech
from artexport.narration.mp3 import ENCODER_DELAY_SAMPLES, Mp3Stream
from artexport.tts.espeak import EspeakEngine


def speech(paths: list[Path]) -> tuple[bytes, int]:
    """The examples spoken by espeak, joined: (16-bit mono PCM, sample rate)."""
    engine = EspeakEngine()
    pcm = bytearray()
    rate = 22050
    for path in paths:
        article = load_article(path)
        for seg in plan_speech(article, AudioOptions(cache_dir=None, diacritize=False),
                               engine=engine):
            syn = engine.synthesize(seg.speech, seg.lang, seg.voice)
            rate = syn.sample_rate
            pcm += syn.pcm
    return bytes(pcm), rate


def encode(pcm: bytes, rate: int, bitrate: int, quality: int) -> tuple[bytes, float]:
    started = time.perf_counter()
    stream = Mp3Stream(rate, bitrate, quality=quality)
    step = rate * 2 * 5  # five seconds at a time, as the narration feeds sentences
    for i in range(0, len(pcm), step):
        stream.write(pcm[i:i + step])
    data = stream.finish()
    return data, time.perf_counter() - started


def decode(mp3: bytes, rate: int) -> np.ndarray:
    decoded = miniaudio.decode(mp3, output_format=miniaudio.SampleFormat.SIGNED16,
                               nchannels=1, sample_rate=rate)
    return np.frombuffer(array("h", decoded.samples).tobytes(), dtype=np.int16)


def distances(original: np.ndarray, decoded: np.ndarray, rate: int) -> tuple[float, float]:
    # the decoder plays sample n at n + ENCODER_DELAY_SAMPLES; check the lag around it
    ref = original.astype(np.float64)
    best, lag = -1.0, ENCODER_DELAY_SAMPLES
    probe = ref[rate: rate * 11]
    for d in range(ENCODER_DELAY_SAMPLES - 600, ENCODER_DELAY_SAMPLES + 600):
        seg = decoded[rate + d: rate * 11 + d].astype(np.float64)
        if len(seg) < len(probe):
            continue
        c = float(np.dot(probe, seg))
        if c > best:
            best, lag = c, d
    out = decoded[lag: lag + len(ref)].astype(np.float64)
    ref = ref[: len(out)]
    snr = 10 * np.log10(np.sum(ref ** 2) / max(np.sum((ref - out) ** 2), 1e-9))
    n = 512
    frames = len(ref) // n
    win = np.hanning(n)
    a = np.fft.rfft(ref[: frames * n].reshape(frames, n) * win, axis=1)
    b = np.fft.rfft(out[: frames * n].reshape(frames, n) * win, axis=1)
    band = int(4000 / (rate / n))
    pa = np.abs(a[:, 1:band]) ** 2
    pb = np.abs(b[:, 1:band]) ** 2
    floor = pa.max(axis=1, keepdims=True) * 1e-6 + 1e-3  # 60 dB below the frame's peak
    pa, pb = np.maximum(pa, floor), np.maximum(pb, floor)
    voiced = 10 * np.log10(pa.sum(axis=1)) > 10 * np.log10(pa.sum(axis=1).max()) - 40
    lsd = np.sqrt(np.mean((10 * np.log10(pa[voiced]) - 10 * np.log10(pb[voiced])) ** 2,
                          axis=1))
    return float(snr), float(np.mean(lsd))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qualities", default="2,5,7,9")
    parser.add_argument("--bitrates", default="32,48")
    parser.add_argument("--seconds", type=float, default=300.0, help="speech to encode")
    args = parser.parse_args()
    paths = sorted(p for p in EXAMPLES.iterdir() if p.is_dir())
    pcm, rate = speech(paths)
    pcm = pcm[: int(args.seconds * rate) * 2]
    seconds = len(pcm) / 2 / rate
    original = np.frombuffer(pcm, dtype=np.int16)
    print(f"{seconds:.0f} s of espeak speech from {len(paths)} examples, {rate} Hz mono\n")
    print("| kb/s | -q | encode (x real time) | KB per minute | SNR dB | LSD 0-4 kHz dB |")
    print("|---:|---:|---:|---:|---:|---:|")
    for bitrate in map(int, args.bitrates.split(",")):
        for quality in map(int, args.qualities.split(",")):
            best_t = float("inf")
            data = b""
            for _ in range(2):
                data, t = encode(pcm, rate, bitrate, quality)
                best_t = min(best_t, t)
            snr, lsd = distances(original, decode(data, rate), rate)
            print(f"| {bitrate} | {quality} | {seconds / best_t:.0f} | "
                  f"{len(data) / 1024 / (seconds / 60):.0f} | {snr:.1f} | {lsd:.2f} |",
                  flush=True)


if __name__ == "__main__":
    main()
