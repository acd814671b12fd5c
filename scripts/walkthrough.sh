#!/usr/bin/env bash
# The README walk-through "from a new model to monitored use", run non-interactively, step for step.
# Starts the embedded model, the demo oracle and the proxy (and stops them), on a fresh SQLite database.
# Exits non-zero on any unexpected result. Run from anywhere: scripts/walkthrough.sh
#
# Environment (all optional): WALKTHROUGH_DIR (work folder, default var/walkthrough; emptied first),
# PROXY_PORT / MODEL_PORT / ORACLE_PORT (8080 / 8081 / 8082), MODEL_CACHE (converted weights,
# default var/models/smollm2-135m-instruct, shared with `make run`).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WALKTHROUGH_DIR:-var/walkthrough}
PROXY_PORT=${PROXY_PORT:-8080} MODEL_PORT=${MODEL_PORT:-8081} ORACLE_PORT=${ORACLE_PORT:-8082}
MODEL_CACHE=${MODEL_CACHE:-var/models/smollm2-135m-instruct}
[ -x "$ROOT/.venv/bin/radgate" ] && PATH="$ROOT/.venv/bin:$PATH"
export COLUMNS=${COLUMNS:-120}  # Rich tables: readable widths when the output is not a terminal
export LITELLM_LOCAL_MODEL_COST_MAP=True LITELLM_OFFLINE_MODE=true HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1

rm -rf "$WORK" && mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
BASE=http://127.0.0.1:$PROXY_PORT
PIDS=()

fail() { echo "walkthrough: FAILED: $*" >&2; exit 1; }
step() { printf '\n\033[1m== %s\033[0m  [%ss]\n' "$*" "$SECONDS"; }
show() { printf '$ %s\n' "$*"; }
stop_servers() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_servers EXIT
trap 'exit 130' INT TERM  # so that the EXIT trap stops the servers on Ctrl-C too
# expect STATUS NAME cmd...: run cmd (stdout -> $WORK/NAME.out, stderr -> $WORK/NAME.err, both echoed),
# fail unless it exits with STATUS.
expect() {
  local want=$1 name=$2 rc=0
  shift 2
  show "$*"
  "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
  cat "$WORK/$name.err" >&2
  cat "$WORK/$name.out"
  [ "$rc" = "$want" ] || fail "'$*' exited with status $rc, expected $want"
  echo "(exit status $rc)"
}
wait_ready() {  # URL WHAT PID SECONDS
  local deadline=$((SECONDS + $4))
  until curl -sf -o /dev/null "$1"; do
    kill -0 "$3" 2>/dev/null || fail "$2 exited early; see $WORK/$2.log"
    [ $SECONDS -lt $deadline ] || fail "$2 not ready within $4 s; see $WORK/$2.log"
    sleep 0.5
  done
}
json_field() { python -c "import json, sys; print(json.load(sys.stdin)$1)"; }

# --- 1. A fresh database --------------------------------------------------------------------------
step "1. Fresh SQLite database, development secrets"
export RADGATE_ENVIRONMENT=development
export RADGATE_DATABASE_URL="sqlite:///$WORK/radgate.db"
export RADGATE_MODELS_CONFIG=config/models.walkthrough.yaml
if [ "$MODEL_PORT:$ORACLE_PORT" != "8081:8082" ]; then  # other ports: a copy of the routing file that names them
  sed -e "s#127.0.0.1:8081/#127.0.0.1:$MODEL_PORT/#" -e "s#127.0.0.1:8082/#127.0.0.1:$ORACLE_PORT/#" \
    config/models.walkthrough.yaml >"$WORK/models.yaml"
  export RADGATE_MODELS_CONFIG="$WORK/models.yaml"
fi
expect 0 upgrade radgate db upgrade

# --- 2. The servers -------------------------------------------------------------------------------
step "2. Start the embedded model (:$MODEL_PORT), the demo oracle (:$ORACLE_PORT) and the proxy (:$PROXY_PORT)"
show "radgate model-server --port $MODEL_PORT &"
radgate model-server --port "$MODEL_PORT" --cache-dir "$MODEL_CACHE" >"$WORK/model-server.log" 2>&1 &
PIDS+=($!); MODEL_PID=$!
show "radgate demo-oracle --gold evals/data/gold-walkthrough.jsonl --port $ORACLE_PORT &"
radgate demo-oracle --gold evals/data/gold-walkthrough.jsonl --port "$ORACLE_PORT" >"$WORK/demo-oracle.log" 2>&1 &
PIDS+=($!); ORACLE_PID=$!
show "radgate serve --port $PROXY_PORT &"
radgate serve --port "$PROXY_PORT" >"$WORK/proxy.log" 2>&1 &
PIDS+=($!); PROXY_PID=$!
wait_ready "http://127.0.0.1:$ORACLE_PORT/health" demo-oracle "$ORACLE_PID" 60
wait_ready "http://127.0.0.1:$MODEL_PORT/health" model-server "$MODEL_PID" 300
wait_ready "$BASE/healthz" proxy "$PROXY_PID" 120
echo "all three are up"

# --- 3. Inventory: register both models, move them to sandbox ------------------------------------
step "3. Register both models (proposed), then move them to sandbox for acceptance testing"
expect 0 register-embedded radgate models register --alias impression-drafter \
  --purpose "draft impressions from findings, for radiologist review" --regulatory-status foundation_model \
  --ifu https://intranet.example/ifu/smollm2.pdf --irb IRB-7 --by dr-chair
expect 0 register-oracle radgate models register --alias oracle-drafter \
  --purpose "DEMO ONLY: echoes gold text to show an approval" --regulatory-status locally_developed --by dr-chair
for alias in impression-drafter oracle-drafter; do
  expect 0 "sandbox-$alias" radgate models transition "$alias" --to sandbox \
    --rationale "local acceptance testing, plan follows" --by dr-chair
done

# --- 4. An acceptance-testing key -----------------------------------------------------------------
step "4. A reporting key that may call sandbox models (acceptance testing only)"
expect 0 eval-key radgate keys create --name eval-runner --role reporting \
  --models impression-drafter --models oracle-drafter --acceptance-testing
tail -n 1 "$WORK/eval-key.out" >"$WORK/eval.key"

# --- 5. Plans, registered before any run ----------------------------------------------------------
step "5. Register the acceptance plans (thresholds fixed before testing)"
expect 0 plan-embedded radgate eval plan create --file evals/plans/walkthrough-embedded.yaml --by dr-chair
PLAN_EMBEDDED=$(tail -n 1 "$WORK/plan-embedded.out")
expect 0 plan-oracle radgate eval plan create --file evals/plans/walkthrough-oracle.yaml --by dr-chair
PLAN_ORACLE=$(tail -n 1 "$WORK/plan-oracle.out")

# --- 6. The embedded model's run: FAIL ------------------------------------------------------------
step "6. Acceptance run of the embedded model: stored, FAIL (exit status 1)"
expect 1 run-embedded radgate eval run --plan "$PLAN_EMBEDDED" --base-url "$BASE" \
  --api-key-file "$WORK/eval.key" --concurrency 2 --timeout 300
RUN_EMBEDDED=$(tail -n 1 "$WORK/run-embedded.out")
grep -q "FAIL" "$WORK/run-embedded.err" || fail "the embedded model's run did not report FAIL"
expect 0 card-embedded radgate eval scorecard "$RUN_EMBEDDED" --output "$WORK/scorecard-embedded.html"
grep -q 'id="verdict">FAIL<' "$WORK/scorecard-embedded.html" || fail "scorecard does not show FAIL"

# --- 7. The oracle's run: PASS --------------------------------------------------------------------
step "7. Acceptance run of the demo oracle: PASS (exit status 0)"
expect 0 run-oracle radgate eval run --plan "$PLAN_ORACLE" --base-url "$BASE" --api-key-file "$WORK/eval.key"
RUN_ORACLE=$(tail -n 1 "$WORK/run-oracle.out")
expect 0 card-oracle radgate eval scorecard "$RUN_ORACLE" --output "$WORK/scorecard-oracle.html"

# --- 8. The committee's decisions -----------------------------------------------------------------
step "8. Approval: refused for the embedded model (no passing run), granted for the oracle"
expect 1 approve-embedded radgate models transition impression-drafter --to approved \
  --prompt findings-to-impression@1 --rationale "committee vote" --by dr-chair
grep -q "no passing eval run" "$WORK/approve-embedded.err" || fail "the refusal does not name the missing passing run"
expect 0 approve-oracle radgate models transition oracle-drafter --to approved --prompt findings-to-impression@1 \
  --rationale "passed plan $PLAN_ORACLE (demo), committee vote 5-0" --by dr-chair
grep -q "$RUN_ORACLE" "$WORK/approve-oracle.err" || fail "the approval does not name the passing run"
expect 0 show-oracle radgate models show oracle-drafter

# --- 9. A production call -------------------------------------------------------------------------
step "9. A production key (no --acceptance-testing) drafts through oracle-drafter with the approved template"
expect 0 ris-key radgate keys create --name ris-prod --role reporting --models oracle-drafter
RIS_KEY=$(tail -n 1 "$WORK/ris-key.out")
sleep 2  # running proxies re-read the inventory every RADGATE_GOVERNANCE_CACHE_TTL_S (1 s)
BODY='{"model": "oracle-drafter", "messages": [], "max_tokens": 64,
  "radgate": {"template": "findings-to-impression@1", "on_behalf_of": "dr-adams", "site": "site_c",
    "study": {"modality": "US", "body_part": "kidneys", "patient_age": 70},
    "variables": {"indication": "Recurrent urinary tract infections.", "comparison": "None.",
      "findings": "Mild right hydronephrosis. No renal calculi. Simple cyst in the right kidney measuring 4.7 x 1.9 cm."}}}'
show "curl -s $BASE/v1/chat/completions -H \"Authorization: Bearer \$RIS_KEY\" ... -d '{... \"radgate\": {\"template\": ...}}'"
STATUS=$(curl -s -o "$WORK/call.json" -w '%{http_code}' "$BASE/v1/chat/completions" \
  -H "Authorization: Bearer $RIS_KEY" -H 'content-type: application/json' -d "$BODY")
python -m json.tool "$WORK/call.json"
[ "$STATUS" = 200 ] || fail "the production call answered HTTP $STATUS"
REQUEST_ID=$(json_field '["radgate"]["request_id"]' <"$WORK/call.json")
DRAFT=$(json_field '["choices"][0]["message"]["content"]' <"$WORK/call.json")
[ "$(json_field '["radgate"]["prompt_template"]' <"$WORK/call.json")" = findings-to-impression@1 ] \
  || fail "the answer does not name the approved template"
# The same key cannot reach the model it was not approved for, nor free text:
STATUS=$(curl -s -o "$WORK/free-text.json" -w '%{http_code}' "$BASE/v1/chat/completions" \
  -H "Authorization: Bearer $RIS_KEY" -H 'content-type: application/json' \
  -d '{"model": "oracle-drafter", "messages": [{"role": "user", "content": "Findings: no effusion."}]}')
echo "free text without a template: HTTP $STATUS $(json_field '["error"]["code"]' <"$WORK/free-text.json")"
[ "$STATUS" = 403 ] || fail "free text reached an approval that covers only the template"

# --- 10. Feedback ---------------------------------------------------------------------------------
step "10. The radiologist edits and signs the draft; the reporting system sends the verdict"
FEEDBACK=$(python -c 'import json, sys; print(json.dumps({"request_id": sys.argv[1], "outcome": "edited",
  "final_text": sys.argv[2] + " No renal calculi.", "reason": "added a pertinent negative",
  "on_behalf_of": "dr-adams"}))' "$REQUEST_ID" "$DRAFT")
show "curl -s $BASE/v1/feedback -H \"Authorization: Bearer \$RIS_KEY\" ... -d '{\"request_id\": \"$REQUEST_ID\", \"outcome\": \"edited\", ...}'"
STATUS=$(curl -s -o "$WORK/feedback.json" -w '%{http_code}' "$BASE/v1/feedback" \
  -H "Authorization: Bearer $RIS_KEY" -H 'content-type: application/json' -d "$FEEDBACK")
python -m json.tool "$WORK/feedback.json"
[ "$STATUS" = 201 ] || fail "feedback answered HTTP $STATUS"

# --- 11. Monitoring -------------------------------------------------------------------------------
step "11. The committee's monitoring report"
expect 0 monitor radgate monitor report --html "$WORK/monitoring.html"
grep -q "oracle-demo-1" "$WORK/monitor.out" || fail "the monitoring report does not show oracle-demo-1"

# --- 12. The audit trail --------------------------------------------------------------------------
step "12. Every step above (registrations, decisions, keys, calls, feedback) is in the hash-chained audit trail"
expect 0 audit-verify radgate audit verify

step "Done: scorecards and the monitoring report are in $WORK"
ls "$WORK"/*.html
