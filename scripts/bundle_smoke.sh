#!/usr/bin/env bash
# Smoke session through the built bundle, as a field researcher's machine would run it: no
# Python on PATH, no network, an empty data folder, Qt offscreen. Exits non-zero on any failure.
#
#   scripts/bundle_smoke.sh [BUNDLE_DIR]      (default: dist/fieldnotes)
#
# Steps: --version; new encrypted notebook; import a text and an HTML file; search (--json);
# show (the HTML's boilerplate is gone, so trafilatura ran inside the bundle); cite --style apa;
# export summary as PDF and DOCX; the GUI offscreen for 2 s (passphrase dialog, and the main
# window on an unencrypted notebook). Commands the build lacks are skipped, and said so.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bundle="$(cd "${1:-$here/dist/fieldnotes}" 2>/dev/null && pwd)" || {
  echo "bundle_smoke: no bundle at ${1:-$here/dist/fieldnotes} (run make bundle)" >&2
  exit 2
}
exe="$bundle/fieldnotes"
[ -x "$exe" ] || { echo "bundle_smoke: $exe is not an executable" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/fieldnotes-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/user"
passed=0
failed=0
skipped=()

# No network: a fresh network namespace when we may make one, else say so.
netns=()
if unshare -rn true 2>/dev/null; then
  netns=(unshare -rn)
elif unshare -n true 2>/dev/null; then
  netns=(unshare -n)
else
  echo "bundle_smoke: note: cannot cut the network here (unshare refused); running with it" >&2
fi

# Run the bundle with a clean environment: /usr/bin:/bin only, so no venv or Python helps it.
extra_env=() # NAME=value pairs for one step
fn() {
  env -i PATH=/usr/bin:/bin HOME="$work/user" LANG=C.UTF-8 \
    FIELDNOTES_HOME="$work/home" FIELDNOTES_PASSPHRASE="correct horse battery" "${extra_env[@]}" \
    QT_QPA_PLATFORM=offscreen "${netns[@]}" "$exe" "$@"
}

ok() { passed=$((passed + 1)); echo "ok    $*"; }
fail() { failed=$((failed + 1)); echo "FAIL  $*" >&2; }
skip() { skipped+=("$1"); echo "skip  $*"; }
# check NAME CMD...: run CMD, keep its output in $out, report.
check() {
  local name="$1"
  shift
  if out="$("$@" 2>"$work/stderr")"; then
    ok "$name"
  else
    fail "$name (exit $?): $(tail -5 "$work/stderr")"
    return 1
  fi
}
json_ids() { grep -o '"id": "[0-9a-f-]*"' | sed 's/.*"\([0-9a-f-]*\)"$/\1/'; }

# -- --version --------------------------------------------------------------------------------
want="$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$here/pyproject.toml" 2>/dev/null | head -1)"
if check "--version" fn --version; then
  case "$out" in
    "fieldnotes ${want:-}"*) ok "--version says '$out'" ;;
    *) fail "--version says '$out', pyproject.toml says ${want:-?}" ;;
  esac
fi

# -- a new encrypted notebook -----------------------------------------------------------------
nb="$work/field.fieldnotes"
if check "new (encrypted)" fn new "$nb"; then
  if head -c 16 "$nb" | grep -q "SQLite format"; then fail "new: the notebook is not encrypted"; else ok "new: notebook is encrypted"; fi
fi

# -- import a text and an HTML page -----------------------------------------------------------
cat >"$work/notes.txt" <<'EOF'
Interview notes, Herat, 14 March 2024

The witness described a checkpoint near the bridge where three returnees were questioned
about their former service. A cousin confirmed the account by telephone the next day.
EOF
cat >"$work/page.html" <<'EOF'
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Detentions in the north</title>
<meta name="author" content="Smoke Tester"><meta property="article:published_time" content="2024-03-09"></head>
<body><div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>
<article><h1>Detentions in the north</h1>
<p>The quartermaster recorded seven detentions in the northern district during the first week of March, according to relatives interviewed by the monitoring team.</p>
<p>Relatives said the men had returned from Iran in February and had registered with the local authorities before they were taken from their homes at night.</p>
<p>The monitoring team could not confirm where the men were held, and the authorities did not answer written questions sent to them.</p>
</article>
<div id="comments" class="comments"><h3>Comments</h3><p>Spam comment: buy cheap widgets now at widgetmart today.</p></div>
</body></html>
EOF
html_id=""
text_id=""
if check "import .txt and .html" fn --notebook "$nb" import --json "$work/notes.txt" "$work/page.html"; then
  if [ "$(grep -c '"status": "imported"' <<<"$out")" = 2 ]; then ok "import: 2 imported"; else fail "import: $out"; fi
  ids=($(json_ids <<<"$out"))
  text_id="${ids[0]:-}"
  html_id="${ids[1]:-}"
fi

# -- search -----------------------------------------------------------------------------------
if check "search --json" fn --notebook "$nb" search quartermaster --json; then
  if [ -n "$html_id" ] && grep -q "\"id\": \"$html_id\"" <<<"$out"; then ok "search finds the HTML page"; else fail "search: $out"; fi
fi
if check "search a phrase" fn --notebook "$nb" search '"checkpoint near the bridge"' --json; then
  if [ -n "$text_id" ] && grep -q "\"id\": \"$text_id\"" <<<"$out"; then ok "search finds the text file"; else fail "search phrase: $out"; fi
fi

# -- many batches: the index's merges run in a second process of the bundle -------------------
# One import of 64 files a batch; by the 13th the merge policy sends a merge to the worker, and
# closing the notebook waits for it and stores it.
batch_ok=1
for round in $(seq 1 14); do
  mkdir -p "$work/batch$round"
  for i in $(seq 1 64); do
    printf 'Batch report %s-%s\n\nA returnee described the crossing; marker bw%sx%s.\n' \
      "$round" "$i" "$round" "$i" >"$work/batch$round/r$i.txt"
  done
  extra_env=(FIELDNOTES_DEBUG=1)
  if ! fn --notebook "$nb" import "$work/batch$round" >"$work/batch.out" 2>"$work/batch.err"; then
    extra_env=()
    batch_ok=0; fail "batch $round: $(tail -3 "$work/batch.err")"; break
  fi
  extra_env=()
  if grep -q "second process failed" "$work/batch.err"; then
    batch_ok=0; fail "batch $round: the worker failed: $(grep 'second process' "$work/batch.err")"; break
  fi
  grep -q "stored a merge of" "$work/batch.err" && merged=1
done
[ "$batch_ok" = 1 ] && ok "14 imports of 64 files"
if [ "${merged:-0}" = 1 ]; then ok "a merge made by the worker process was stored"; else fail "no merge came from the worker process"; fi
if check "check after the batches" fn --notebook "$nb" check; then ok "check: $(tail -1 <<<"$out")"; fi
if check "search the batches" fn --notebook "$nb" search 'bw1x1 OR bw14x64' --json; then
  if [ "$(grep -c '"id"' <<<"$out")" = 2 ]; then ok "batches: first and last file found"; else fail "batch search: $out"; fi
fi

# -- trafilatura ran (the comments section is gone, the article text is there) ----------------
if [ -n "$html_id" ] && check "show --json" fn --notebook "$nb" show "$html_id" --json; then
  if grep -q quartermaster <<<"$out" && ! grep -q widgetmart <<<"$out"; then
    ok "HTML main text extracted by trafilatura"
  else
    fail "HTML text still has the page's comments: trafilatura did not run in the bundle"
  fi
fi

# -- citations and summaries (need desktop/cli/export.py in the build) ------------------------
commands="$(fn --help 2>/dev/null)"
if grep -qE '^ +cite ' <<<"$commands"; then
  if [ -n "$html_id" ] && check "cite --style apa" fn --notebook "$nb" cite "$html_id" --style apa; then
    if grep -q "Tester" <<<"$out" && grep -q "2024" <<<"$out"; then ok "cite: $(head -1 <<<"$out")"; else fail "cite: $out"; fi
  fi
else
  skip "cite (this build has no \`fieldnotes cite\`)"
fi
if grep -qE '^ +export ' <<<"$commands"; then
  for fmt in pdf docx; do
    dest="$work/summary.$fmt"
    if [ -n "$html_id" ] && check "export summary --format $fmt" \
      fn --notebook "$nb" export summary --article "$html_id" --style apa --format "$fmt" -o "$dest"; then
      magic="$(head -c 4 "$dest" 2>/dev/null | od -An -c | tr -d ' \n')"
      case "$fmt:$magic" in
        pdf:%PDF | docx:PK003004) ok "summary.$fmt written ($(wc -c <"$dest") bytes)" ;;
        *) fail "summary.$fmt is not a $fmt file (starts with '$magic')" ;;
      esac
    fi
  done
else
  skip "export summary pdf/docx (this build has no \`fieldnotes export\`)"
fi

# -- the GUI offscreen --------------------------------------------------------------------------
# gui_up NAME NOTEBOOK: the app starts and stays up 2 s with nothing on stderr that says it broke.
gui_up() {
  local name="$1" notebook="$2" pid
  fn --notebook "$notebook" gui >"$work/gui.out" 2>"$work/gui.err" &
  pid=$!
  sleep 2
  if kill -0 "$pid" 2>/dev/null; then
    pkill -TERM -P "$pid" 2>/dev/null # the app is a child of the subshell running `fn`
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if grep -qE 'Traceback|Error|Could not (load|find) the Qt platform plugin|Cannot load library' "$work/gui.err"; then
      fail "$name: $(grep -m3 -E 'Traceback|Error|Could not|Cannot load' "$work/gui.err")"
    else
      ok "$name: up for 2 s"
    fi
  else
    wait "$pid"
    fail "$name: exited early ($?): $(tail -5 "$work/gui.err")"
  fi
}
gui_up "gui (encrypted notebook: passphrase dialog)" "$nb"
plain="$work/plain.fieldnotes"
if check "new --no-passphrase" fn new --no-passphrase "$plain"; then
  gui_up "gui (plain notebook: main window)" "$plain"
fi

echo
echo "bundle_smoke: $passed passed, $failed failed, ${#skipped[@]} skipped${skipped:+ (${skipped[*]})}"
[ "$failed" -eq 0 ]
