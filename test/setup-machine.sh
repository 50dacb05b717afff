#!/usr/bin/env bash
# What the tests need beyond node_modules, installed when missing and started when stopped; run by
# `npm test` (the README's test command) and so by .ci/run. Each step is skipped when already done,
# so a second run takes a moment.
#   - Chromium and CJK fonts for the browser tests (Debian packages chromium, fonts-noto-cjk);
#   - nginx for the test that serves the built app with a stock web server (package nginx; it is
#     run by the test on a free port with its own prefix, never as the system service);
#   - PostgreSQL with PostGIS for the PostGIS engine's and the tiles' tests (packages postgresql,
#     postgis): the cluster started, a role for the user running the tests and the database
#     shangyu_test (SHANGYU_TEST_DB names another one).
# Installing needs root or passwordless sudo; without either it says what to install and goes on
# (the tests that need what is missing then fail, saying how to install it).
set -uo pipefail

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1
  fi
}

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
{ command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; } || missing+=(postgresql)
# PostGIS: its extension files and its library (removing the server package leaves the scripts behind).
{ ls /usr/share/postgresql/*/extension/postgis.control && ls /usr/lib/postgresql/*/lib/postgis-3.so; } >/dev/null 2>&1 || missing+=(postgis)

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-machine: installing ${missing[*]} (Debian packages) …"
  export DEBIAN_FRONTEND=noninteractive
  if ! { as_root apt-get update -qq && as_root apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "setup-machine: could not install ${missing[*]} (needs root or passwordless sudo). Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  fi
fi

# PostgreSQL: the first cluster started, a role for this user, the test database.
if command -v pg_lsclusters >/dev/null 2>&1; then
  if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    # A machine whose cluster was dropped: make the default one again.
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
    [ -n "$version" ] && as_root pg_createcluster "$version" main >/dev/null 2>&1
  fi
  cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR == 1 { print $1 " " $2 }')
  status=$(pg_lsclusters -h 2>/dev/null | awk 'NR == 1 { print $4 }')
  if [ -n "$cluster" ] && [ "$status" != online ]; then
    as_root pg_ctlcluster $cluster start 2>/dev/null || pg_ctlcluster $cluster start 2>/dev/null || true
  fi
  me=$(id -un)
  if ! psql -d postgres -qAtc 'select 1' >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then su postgres -c "createuser -s $me" 2>/dev/null
    else sudo -n -u postgres createuser -s "$me" 2>/dev/null
    fi
  fi
  if [ -z "${SHANGYU_TEST_DB:-}" ]; then
    psql -d postgres -qAtc "select 1 from pg_database where datname = 'shangyu_test'" 2>/dev/null | grep -q 1 || createdb shangyu_test 2>/dev/null
    psql -d shangyu_test -qAtc 'select 1' >/dev/null 2>&1 \
      || echo "setup-machine: no PostgreSQL test database (postgresql:///shangyu_test): the PostGIS tests will say how to make one." >&2
  fi
fi
exit 0
