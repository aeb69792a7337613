#!/bin/sh
# Installed as /usr/bin/gia-su-binh-dan-hoc-ai: start the bundled app.
# The bundle stays in /opt so its private Python, Qt and llama.cpp never mix with the
# system's. With no arguments it opens the desktop app; any arguments go to the CLI
# (for example `gia-su-binh-dan-hoc-ai --self-test`).
exec /opt/gia-su-binh-dan-hoc-ai/tutor "$@"
