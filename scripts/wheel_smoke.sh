#!/usr/bin/env bash
# `pip install .` as a new user would do it: build the wheel, install it into a fresh venv made with
# the interpreter's own pip (not upgraded), from outside the checkout so the source tree cannot
# mask a missing file, and run a smoke session through the installed `fieldnotes` command.
#
#   scripts/wheel_smoke.sh [PYTHON]        (default: python3; the dev venv builds the wheel)
#
# Session: --version; a new encrypted notebook; import a .txt, .html, .pdf and .docx; search;
# suggest events; export a DOCX summary; share to a passphrase and receive it into a second
# notebook; check both. Exits non-zero on the first failure, naming the step.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${1:-python3}"
builder="$here/.venv/bin/python"
[ -x "$builder" ] || builder="$python"
work="$(mktemp -d "${TMPDIR:-/tmp}/fieldnotes-wheel.XXXXXX")"
trap 'rm -rf "$work"' EXIT

step() { echo "wheel_smoke: $*"; }
die() { echo "wheel_smoke: FAILED: $*" >&2; exit 1; }

step "building the wheel"
"$builder" -m pip wheel -q --no-deps --no-build-isolation -w "$work/dist" "$here" >/dev/null
wheel="$(ls "$work"/dist/fieldnotes-*.whl)"

step "fresh venv with $("$python" -m pip --version | cut -d' ' -f1-2) (as shipped), installing from $work"
"$python" -m venv "$work/venv"
# The versions the tests passed with (requirements.lock, hashes stripped: pip takes no hashes in
# a constraints file); the dependencies themselves come from the wheel's metadata, as for `pip install .`.
grep -E '^[A-Za-z0-9_.-]+==[^ \\]+' "$here/requirements.lock" | sed -E 's/ *\\$//' >"$work/pins.txt"
(cd "$work" && "$work/venv/bin/pip" install -q -c "$work/pins.txt" "$wheel") || die "pip install of the wheel"

cd "$work"  # nothing of the checkout on sys.path from here on
export FIELDNOTES_HOME="$work/home" FIELDNOTES_PASSPHRASE="correct horse battery staple" QT_QPA_PLATFORM=offscreen
export HOME="$work/user"
mkdir -p "$HOME" "$FIELDNOTES_HOME" in
fn="$work/venv/bin/fieldnotes"
nb="$work/one.fieldnotes"
other="$work/two.fieldnotes"

[[ "$("$fn" --version)" == "fieldnotes "* ]] || die "--version"
made="$("$fn" new "$nb" 2>&1)" || die "new (encrypted): $made"
[ "$(head -c 15 "$nb")" = "SQLite format 3" ] && die "the new notebook is not encrypted"

# Inputs: a .txt and an .html from the installed package's own samples, a .docx made with
# python-docx, a .pdf printed by Qt (both are dependencies of the app, so in the fresh venv).
samples="$("$work/venv/bin/python" -c 'from desktop.resources import resource_path; print(resource_path("samples"))')"
case "$samples" in "$here"*) die "resources were read from the checkout ($samples), not the wheel" ;; esac
cp "$samples/03-border-crossing-notes.txt" "$samples/01-kunduz-detentions.html" in/
"$work/venv/bin/python" - <<'PY' || die "making the .docx and .pdf inputs"
import docx
from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

text = ("KABUL, 3 June 2024 - Taliban forces detained nine former soldiers in Kunduz province "
        "on Saturday night, relatives said. The men were taken to an unknown location.")
d = docx.Document()
d.add_heading("Detentions in Kunduz", 1)
d.add_paragraph(text)
d.save("in/report.docx")
app = QGuiApplication([])
writer = QPdfWriter("in/note.pdf")
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
doc = QTextDocument()
doc.setPlainText("Field note on returnees in Herat\n\nPrepared by a field monitor, 3 June 2024. "
                 "Four returnees from Iran were arrested at Islam Qala crossing in Herat province.")
doc.print_(writer)
PY

out="$("$fn" --notebook "$nb" import in --json)" || die "import: $out"
for ext in txt html docx pdf; do
  echo "$out" | grep -q "\"status\": \"imported\"" || die "import: nothing imported"
  echo "$out" | grep -q "\\.$ext\"" || die "import: no result for the .$ext file"
done
[ "$(echo "$out" | grep -c '"status": "imported"')" = 4 ] || die "import: not all four imported: $out"
hits="$("$fn" --notebook "$nb" search 'detained OR arrested' --json 2>/dev/null)" || die "search"
echo "$hits" | grep -q '"id"' || die "search found nothing"
docx_id="$(echo "$out" | grep -A3 'report.docx' | grep -o '"id": "[0-9a-f-]*"' | head -1 | cut -d'"' -f4)"
[ -n "$docx_id" ] || die "no id for the imported .docx"
suggested="$("$fn" --notebook "$nb" events suggest "$docx_id" --json)" || die "events suggest"
# detained, then 'taken to an unknown location': a disappearance by the key's rules (a detention would do too)
echo "$suggested" | grep -Eq '"(detention|disappearance)"' || die "events suggest found no detention: $suggested"
"$fn" --notebook "$nb" export summary --query detained --style apa --format docx -o "$work/summary.docx" >/dev/null \
  || die "export summary --format docx"
[ "$(head -c 2 "$work/summary.docx")" = "PK" ] || die "summary.docx is not a DOCX file"
FIELDNOTES_SHARE_PASSPHRASE="a share passphrase" "$fn" --notebook "$nb" share --passphrase -o "$work/all.age" >/dev/null \
  || die "share --passphrase"
made="$("$fn" new "$other" 2>&1)" || die "new (second notebook): $made"
FIELDNOTES_SHARE_PASSPHRASE="a share passphrase" "$fn" --notebook "$other" receive "$work/all.age" --accept-unverified \
  >/dev/null || die "receive"
listed="$("$fn" --notebook "$other" list --json)" || die "list"
[ "$(echo "$listed" | grep -c '"id"')" = 4 ] || die "the receiving notebook does not hold the 4 articles"
"$fn" --notebook "$nb" check >/dev/null || die "check (first notebook)"
"$fn" --notebook "$other" check >/dev/null || die "check (second notebook)"
step "ok: installed from the wheel outside the checkout; import (txt, html, pdf, docx), search, suggest, summary, share, receive, check"
