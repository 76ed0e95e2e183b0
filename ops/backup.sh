#!/bin/sh
# Nightly backup (banderola-backup.timer, docs/operations.md "Backups"): a pg_dump of the
# database, and a copy of the files the database does not hold, kept apart: evidence photos
# (their SHA-256 is in the database) and the private signing keys (never beside the dump).
# Settings from /etc/banderola/banderola.env: DATABASE_URL, EVIDENCE_DIR, KEYS_DIR;
# BACKUP_DIR (default /var/backups/banderola), BACKUP_KEYS_DIR (another disk or machine),
# BACKUP_DAYS (default 14).
set -eu
BACKUP_DIR=${BACKUP_DIR:-/var/backups/banderola}
BACKUP_KEYS_DIR=${BACKUP_KEYS_DIR:-/var/backups/banderola-keys}
BACKUP_DAYS=${BACKUP_DAYS:-14}
stamp=$(date -u +%Y-%m-%dT%H%MZ)
# pg_dump takes a libpq URL; the application's names its driver.
url=$(printf '%s' "$DATABASE_URL" | sed 's/^postgresql+psycopg:/postgresql:/')

mkdir -p "$BACKUP_DIR/db" "$BACKUP_DIR/evidence" "$BACKUP_KEYS_DIR"
# One consistent snapshot of the whole database, compressed, restorable table by table.
pg_dump --format=custom --file "$BACKUP_DIR/db/$stamp.dump.partial" "$url"
mv "$BACKUP_DIR/db/$stamp.dump.partial" "$BACKUP_DIR/db/$stamp.dump"
ln -sfn "$stamp.dump" "$BACKUP_DIR/db/latest.dump"
# Evidence photos are written once and never changed: hard links keep every night's tree whole
# for the price of the new photos only.
previous=$(ls -1d "$BACKUP_DIR"/evidence/*/ 2>/dev/null | tail -n 1 || true)
rsync -a ${previous:+--link-dest="$previous"} "$EVIDENCE_DIR/" "$BACKUP_DIR/evidence/$stamp/"
# Private signing keys: a separate place, readable by no one else.
umask 077
rsync -a "$KEYS_DIR/" "$BACKUP_KEYS_DIR/$stamp/"
find "$BACKUP_DIR/db" -name '*.dump' -mtime +"$BACKUP_DAYS" -delete
find "$BACKUP_DIR/evidence" -mindepth 1 -maxdepth 1 -type d -mtime +"$BACKUP_DAYS" \
    -exec rm -rf {} +
echo "backup $stamp: $(du -h "$BACKUP_DIR/db/$stamp.dump" | cut -f1) database dump"
