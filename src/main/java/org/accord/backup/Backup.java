package org.accord.backup;

import java.time.Instant;

/** One backup in the backup folder: its file name, when it was taken, its size and SHA-256. */
public record Backup(String name, Instant takenAt, long size, String sha256) {}
