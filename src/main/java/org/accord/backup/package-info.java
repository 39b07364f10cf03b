/**
 * Backups of the embedded PostgreSQL: an online base backup taken from inside Accord (PostgreSQL's
 * {@code pg_backup_start}/{@code pg_backup_stop} with the WAL between them) into one zip file with
 * its SHA-256 and a manifest, on a schedule, on demand ({@code POST /api/backups}, {@code java -jar
 * accord.jar --backup}), verified when written, and restored into a data folder by {@code
 * --restore} only once it is found whole. With an external PostgreSQL there are none: its operator
 * backs it up.
 */
package org.accord.backup;
