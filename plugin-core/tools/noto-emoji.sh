#!/usr/bin/env bash
# Regenerates the packet's monochrome emoji face, NotoEmoji-Regular.ttf, and its licence from
# the npm package @fontsource/noto-emoji (Noto Emoji 3.006, SIL OFL 1.1): its "emoji" subset
# is the whole font (every emoji, the skin-tone, ZWJ and flag ligatures of its GSUB), shipped
# as WOFF; fontTools (Debian: apt-get install python3-fonttools) unpacks it to TrueType,
# keeping the font's own timestamp so the same input gives the same bytes.
# Usage: plugin-core/tools/noto-emoji.sh   (from the repository root; needs npm and python3)
set -euo pipefail
version=5.3.2
target=plugin-core/src/main/resources/org/casenotes/supervision/core/packet/pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@fontsource/noto-emoji@$version" >/dev/null \
    && tar xzf "fontsource-noto-emoji-$version.tgz" package/LICENSE package/files/noto-emoji-emoji-400-normal.woff)
/usr/bin/python3 - "$work/package/files/noto-emoji-emoji-400-normal.woff" "$target/NotoEmoji-Regular.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1], recalcTimestamp=False)
font.flavor = None
font.save(sys.argv[2], reorderTables=True)
PY
cp "$work/package/LICENSE" "$target/NotoEmoji-LICENSE.txt"
sha256sum "$target/NotoEmoji-Regular.ttf"
