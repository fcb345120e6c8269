#!/usr/bin/env bash
# Prints the directory holding PostgreSQL client programs (pg_dump, pg_restore, psql, createdb) of
# the major version Jobvej's embedded server runs, PostgreSQL 17.
#
# The embedded distribution (zonky) ships only initdb, pg_ctl and postgres, and Debian 12's
# postgresql-client is version 15, whose pg_dump refuses a newer server. So the client programs
# are built once from Debian's source package postgresql-17 (from the next Debian release's
# sources, fetched with apt-get from the Debian mirror this machine is configured with) into
# ~/.cache/jobvej (override with JOBVEJ_PG_CLIENT), which takes about three minutes on two cores.
# Later calls only print the directory. Building needs gcc, make, bison, flex, perl and zlib's
# headers; as root the script installs what is missing from Debian's packages.
set -euo pipefail
major=17
prefix=${JOBVEJ_PG_CLIENT:-$HOME/.cache/jobvej/postgresql-$major-client}

if [ -x "$prefix/bin/pg_dump" ] && "$prefix/bin/pg_dump" --version | grep -q "PostgreSQL) $major\."; then
  echo "$prefix/bin"
  exit 0
fi

log() { echo "postgresql-client: $*" >&2; }
log "building the PostgreSQL $major client programs into $prefix (once)"

missing=()
for tool in gcc make bison flex perl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { log "missing: ${missing[*]} (install them, or run as root)"; exit 1; }
  log "installing ${missing[*]} from Debian's packages"
  packages=()
  for tool in "${missing[@]}"; do
    case $tool in gcc|make) packages+=(build-essential) ;; *) packages+=("$tool") ;; esac
  done
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >&2
fi

# Debian's source of postgresql-17: the suite after this machine's, from the mirror it uses.
mirror=$( (grep -rhoE '(URIs:|deb(-src)?)[[:space:]]+https?://[^[:space:]]+/debian/?([[:space:]]|$)' \
  /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null || true) | grep -oE 'https?://[^[:space:]]+' | head -1)
[ -n "$mirror" ] || { log "no Debian mirror configured in /etc/apt"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial"
echo "deb-src $mirror trixie main" > "$work/sources.list"
apt=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=-" -o "Dir::State::Lists=$work/lists")
apt-get "${apt[@]}" update -qq >&2
(cd "$work" && apt-get "${apt[@]}" source --download-only -qq "postgresql-$major" >&2 2>/dev/null)
tar -xjf "$work"/postgresql-"$major"_*.orig.tar.bz2 -C "$work"
source=$(find "$work" -maxdepth 1 -type d -name "postgresql-$major*" | head -1)
log "configuring and compiling $(basename "$source")"
(
  cd "$source"
  ./configure --prefix="$prefix" --without-readline --without-icu --without-openssl --without-gssapi \
    --without-ldap --with-zlib
  make -s -j"$(nproc)" -C src/backend generated-headers
  for dir in src/interfaces/libpq src/bin/pg_dump src/bin/psql src/bin/scripts; do
    make -s -j"$(nproc)" -C "$dir"
    make -s -C "$dir" install
  done
) > "$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; exit 1; }
"$prefix/bin/pg_dump" --version >&2
echo "$prefix/bin"
