#!/usr/bin/env bash
# Prints which rules of the catalogue (docs/rules.md) have no code and which have no test: a rule
# has code when `Rule ID` appears in src/, and a test when it appears in tests/ (the one tag form
# docs/rules.md describes). Also names tags that cite an id the catalogue does not list, and
# comments that cite a rule in another form (scripts/rule-tags.py).
# Informational: always exits 0 unless the catalogue itself is missing. Used by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

catalogue=docs/rules.md
if [ ! -f "$catalogue" ]; then
  echo "rules: $catalogue is missing" >&2
  exit 1
fi

# Ids are the first cell of the catalogue's table rows: "| RR-1 | …".
mapfile -t rules < <(sed -nE 's/^\| *([A-Z]+(-[A-Z]+)*(-[0-9]+)?) *\|.*/\1/p' "$catalogue" | grep -v '^Id$')

# Every id cited with the tag form, in code and in tests.
tags_in() {
  grep -rhoE --include='*.cpp' --include='*.hpp' --include='*.h' --include='*.mjs' --include='*.js' \
    'Rule [A-Z]+(-[A-Z]+)*(-[0-9]+)?' "$@" | sed 's/^Rule //' | sort -u
}
mapfile -t in_code < <(tags_in src)
mapfile -t in_tests < <(tags_in tests)

declare -A listed=() coded=() tested=()
for id in "${rules[@]}"; do listed[$id]=1; done
for id in "${in_code[@]}"; do coded[$id]=1; done
for id in "${in_tests[@]}"; do tested[$id]=1; done

no_code=() no_test=()
for id in "${rules[@]}"; do
  [ -n "${coded[$id]:-}" ] || no_code+=("$id")
  [ -n "${tested[$id]:-}" ] || no_test+=("$id")
done
unknown=()
for id in $(printf '%s\n' "${in_code[@]}" "${in_tests[@]}" | sort -u); do
  [ -n "${listed[$id]:-}" ] || unknown+=("$id")
done

echo "rules: ${#rules[@]} in $catalogue; $((${#rules[@]} - ${#no_code[@]})) cited in src/, $((${#rules[@]} - ${#no_test[@]})) in tests/"
echo "rules with no code (no 'Rule ID' in src/): ${no_code[*]:-none}"
echo "rules with no test (no 'Rule ID' in tests/): ${no_test[*]:-none}"
if [ ${#unknown[@]} -gt 0 ]; then
  echo "rules cited but not in $catalogue: ${unknown[*]}"
fi
# Citations not in the tag form are invisible to the counts above.
if ! untagged=$(python3 scripts/rule-tags.py src tests); then
  echo "$untagged" | tail -n 1
  echo "$untagged" | grep -v '^rule-tags:' | head -n 5 | sed 's/^/  /'
fi
exit 0
