#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database and an empty data folder,
# after checking the backup's SHA-256 list. Stop the platform's nodes first; start them after.
#
#   scripts/restore.sh BACKUP_DIR DATABASE DATA_DIR
#
# DATABASE is a libpq connection string or URI of an existing, empty database owned by the
# platform's role (createdb --owner=cybersudoe cybersudoe); DATA_DIR is created when missing.
set -euo pipefail

[[ $# -eq 3 ]] || { echo "usage: $0 BACKUP_DIR DATABASE DATA_DIR" >&2; exit 2; }
backup=$1 database=$2 data_dir=$3
(cd "$backup" && sha256sum --quiet --check SHA256SUMS) || { echo "restore: the backup in $backup is damaged" >&2; exit 1; }
tables=$(psql --no-psqlrc --tuples-only --no-align --dbname="$database" \
    --command="select count(*) from information_schema.tables where table_schema = 'public'")
[[ "$tables" == 0 ]] || { echo "restore: the database already has $tables tables; restore into an empty one" >&2; exit 1; }
if [[ -d "$data_dir" && -n "$(ls -A "$data_dir")" ]]; then
    echo "restore: $data_dir is not empty; restore into an empty folder" >&2; exit 1
fi

pg_restore --no-owner --exit-on-error --single-transaction --dbname="$database" "$backup/database.dump"
mkdir -p "$data_dir"
tar --extract --gzip --file="$backup/files.tar.gz" --directory="$data_dir"
echo "restore: database and files restored from $backup"
