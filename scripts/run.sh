#!/usr/bin/env bash
# Start the API and the UI together; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
API_PORT="${API_PORT:-8000}"
UI_PORT="${UI_PORT:-8501}"
export OVERENS_API_URL="http://127.0.0.1:${API_PORT}"
.venv/bin/overens serve --port "$API_PORT" &
API_PID=$!
trap 'kill $API_PID ${UI_PID:-} 2>/dev/null; wait 2>/dev/null; echo; echo "stopped"' INT TERM EXIT
for _ in $(seq 1 600); do
  if .venv/bin/python -c "import httpx,sys; sys.exit(httpx.get('$OVERENS_API_URL/health', timeout=2).status_code != 200)" 2>/dev/null; then
    break
  fi
  if ! kill -0 $API_PID 2>/dev/null; then echo "the API failed to start" >&2; exit 1; fi
  sleep 1
done
.venv/bin/overens ui --port "$UI_PORT" &
UI_PID=$!
sleep 2
echo
echo "  API:  $OVERENS_API_URL   (OpenAPI: $OVERENS_API_URL/docs)"
echo "  UI:   http://127.0.0.1:${UI_PORT}"
echo "  Ctrl-C stops both."
echo
wait
