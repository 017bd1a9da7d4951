"""Narration: one home for everything an article's speech needs.

Imports point down: the audio, EPUB and HTML exporters import this package; it imports
:mod:`artexport.text` (sentences, speech text, diacritics, marks) and
:mod:`artexport.tts` (engines, segment cache), which import only the model.

* :mod:`~artexport.narration.options` -- :class:`AudioOptions`, :class:`ReadAlongOptions`
* :mod:`~artexport.narration.languages` -- the language of each block and sentence
* :mod:`~artexport.narration.plan` -- :func:`plan_speech`: every sentence with its voice
  and the exact text the engine is handed (:class:`SpeechPlan`)
* :mod:`~artexport.narration.synthesis` -- :func:`synthesize_article` -> :class:`Narration`
  (sentence by sentence, cached; pauses, cues, chapters)
* :mod:`~artexport.narration.timing` -- :class:`Cue`, :class:`Chapter`, WebVTT, SMIL
  clock values and Media Overlay clips, all rounded one way (to the nearest millisecond)
* :mod:`~artexport.narration.mp3` -- MP3 encoding and ID3 tags
* :mod:`~artexport.narration.readalong` -- :func:`narrate` (one narration per article and
  options in a process) and the sentence marking of the EPUB and the page
"""

from __future__ import annotations

from .options import AudioOptions, ReadAlongOptions
from .plan import SpeechPlan, SpokenSentence, block_sentences, plan_speech
from .readalong import ACTIVE_CLASS, SentenceMarker, mark_sentences, narrate
from .synthesis import Narration, Recording, record, synthesize_article
from .timing import (
    Chapter,
    Clip,
    Cue,
    clock_value,
    overlay_clips,
    sentence_id,
    to_vtt,
    total_duration,
)

__all__ = ["ACTIVE_CLASS", "AudioOptions", "Chapter", "Clip", "Cue", "Narration",
           "ReadAlongOptions", "Recording", "SentenceMarker", "SpeechPlan", "SpokenSentence",
           "block_sentences", "clock_value", "mark_sentences", "narrate", "overlay_clips",
           "plan_speech", "record", "sentence_id", "synthesize_article", "to_vtt",
           "total_duration"]
