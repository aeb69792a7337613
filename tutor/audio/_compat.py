"""One place that imports ``audioop`` and pydub quietly.

``audioop`` is in the standard library up to Python 3.12 (deprecated from
3.11) and comes from the ``audioop-lts`` package on 3.13 and later; pydub
imports it the same way. pydub also warns at import when ffmpeg is missing:
we only use its WAV and raw-PCM paths, which never call ffmpeg.
"""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", RuntimeWarning)
    import audioop  # noqa: F401  (re-exported)
    from pydub import AudioSegment  # noqa: F401  (re-exported)
    from pydub.silence import detect_leading_silence  # noqa: F401  (re-exported)

__all__ = ["audioop", "AudioSegment", "detect_leading_silence"]
