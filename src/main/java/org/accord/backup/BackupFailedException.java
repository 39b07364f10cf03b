package org.accord.backup;

/** A backup that could not be taken; its partial file is gone and earlier backups are kept. */
public class BackupFailedException extends RuntimeException {

  BackupFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
