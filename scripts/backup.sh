#!/usr/bin/env bash
# Backs up the platform: the database (pg_dump, custom format) and the stored files of the data
# folder (files/, and the mail outbox), into one new folder with a SHA-256 list of what it holds.
#
#   scripts/backup.sh DATABASE DATA_DIR TARGET_DIR
#
# DATABASE is a libpq connection string or URI (postgresql://user@host:5432/cybersudoe); the
# password comes from ~/.pgpass or PGPASSWORD. DATA_DIR is the platform's DATA_DIR (may hold no
# files when FILE_STORE=database: they are then in the dump). TARGET_DIR must not exist yet.
# BACKUP_PG_DUMP_OPTIONS adds options to pg_dump, e.g. --snapshot=… to dump what an open transaction sees.
set -euo pipefail

[[ $# -eq 3 ]] || { echo "usage: $0 DATABASE DATA_DIR TARGET_DIR" >&2; exit 2; }
database=$1 data_dir=$2 target=$3
[[ -d "$data_dir" ]] || { echo "backup: no data folder at $data_dir" >&2; exit 1; }
[[ ! -e "$target" ]] || { echo "backup: $target exists already; give a new folder" >&2; exit 1; }

mkdir -p "$target"
# shellcheck disable=SC2086
pg_dump --format=custom --no-owner ${BACKUP_PG_DUMP_OPTIONS:-} --file="$target/database.dump" "$database"
# the files of the data folder, without the embedded H2 database (trials only) or partial uploads
tar --create --gzip --file="$target/files.tar.gz" --directory="$data_dir" \
    --exclude=./db --exclude=./files/.incoming .
(cd "$target" && sha256sum database.dump files.tar.gz > SHA256SUMS)
echo "backup: $(du -sh "$target" | cut -f1) in $target"
