"""`tutor speak` and `tutor voices`: read-aloud to a WAV file, and neural voice packs.

`tutor speak "TEXT" --out FILE.wav [--voice V] [--speed S]` writes exactly what
the app's Listen button would say (same text preparation, same engine: the
voice pack in use, else espeak-ng), for a loudspeaker or a phone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

from tutor.paths import resolve_data_dir


def register(sub, _open_workspace: Callable | None = None) -> None:
    speak = sub.add_parser("speak", help="write what read-aloud would say to a WAV file")
    speak.add_argument("text", help="the text (lesson Markdown or plain); '-' reads standard input")
    speak.add_argument("--out", required=True, metavar="FILE.wav")
    speak.add_argument("--voice", default=None,
                       help="north, central, south (espeak-ng), the name of an imported voice pack, "
                            "or a Piper .onnx file; default: the voice pack in use, else north")
    speak.add_argument("--speed", type=float, default=1.0, help="0.5 to 2.0 (default 1.0)")
    speak.set_defaults(func=cmd_speak)

    voices = sub.add_parser("voices", help="neural voice packs (Piper .onnx + .onnx.json)")
    vsub = voices.add_subparsers(dest="voices_command", metavar="ACTION", required=True)
    vlist = vsub.add_parser("list", help="the voice packs on this PC; * marks the one in use")
    vlist.set_defaults(func=cmd_voices_list)
    vimport = vsub.add_parser("import", help="check and copy a voice from a USB stick or folder")
    vimport.add_argument("model", help="the voice's .onnx file (its .onnx.json must sit beside it)")
    vimport.add_argument("--use", action="store_true", help="read with it from now on")
    vimport.set_defaults(func=cmd_voices_import)
    vuse = vsub.add_parser("use", help="read with this voice pack; 'espeak' goes back to espeak-ng")
    vuse.add_argument("name")
    vuse.set_defaults(func=cmd_voices_use)


def _store(args: argparse.Namespace):
    from tutor.audio.voicepacks import VoicePackStore, voices_dir

    return VoicePackStore(voices_dir(resolve_data_dir(args.data_dir)))


def _voice_for(args: argparse.Namespace, store):
    from tutor.audio.voicepacks import inspect
    from tutor.audio.voices import VOICES, voice_by_key

    choice = args.voice
    if choice is None:
        return voice_by_key(None)
    if any(v.key == choice for v in VOICES):
        return voice_by_key(choice)
    pack = next((p for p in store.packs() if p.name == choice), None)
    if pack is not None:
        return pack.voice
    if choice.endswith(".onnx"):
        return inspect(Path(choice)).voice
    raise SystemExit(f"error: unknown voice {choice!r}: use north, central, south, a pack name or a .onnx file")


def cmd_speak(args: argparse.Namespace) -> int:
    from tutor.audio.engines import VoiceRouter
    from tutor.audio.stream import speak_all
    from tutor.cancel import CancelToken

    text = sys.stdin.read() if args.text == "-" else args.text
    store = _store(args)
    router = VoiceRouter(packs=store)
    clip = speak_all(router, text, _voice_for(args, store), args.speed, CancelToken())
    if clip is None:
        print("error: nothing to say in that text", file=sys.stderr)
        return 1
    Path(args.out).write_bytes(clip.to_wav_bytes())
    print(f"{args.out}: {clip.duration_s:.1f} s at {clip.sample_rate} Hz")
    return 0


def cmd_voices_list(args: argparse.Namespace) -> int:
    store = _store(args)
    active = store.active()
    for pack in store.packs():
        mark = "*" if active is not None and pack.name == active.name else " "
        print(f"{mark} {pack.name}\t{pack.language}\t{pack.size_bytes / 1e6:.0f} MB\t{pack.sha256[:16]}")
    if active is None:
        print("* espeak-ng (built in)")
    return 0


def cmd_voices_import(args: argparse.Namespace) -> int:
    store = _store(args)
    pack = store.import_pack(Path(args.model))
    print(f"imported {pack.name} ({pack.language}, {pack.size_bytes / 1e6:.0f} MB, sha256 {pack.sha256})")
    if args.use:
        store.set_active(pack)
        print(f"read-aloud now uses {pack.name}")
    return 0


def cmd_voices_use(args: argparse.Namespace) -> int:
    store = _store(args)
    if args.name == "espeak":
        store.set_active(None)
        print("read-aloud now uses espeak-ng")
        return 0
    pack = next((p for p in store.packs() if p.name == args.name), None)
    if pack is None:
        print(f"error: no voice pack named {args.name!r}; see `tutor voices list`", file=sys.stderr)
        return 1
    store.set_active(pack)
    print(f"read-aloud now uses {pack.name}")
    return 0
