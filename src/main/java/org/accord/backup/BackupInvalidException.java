package org.accord.backup;

/** A backup that is not whole: truncated, altered, or not an Accord backup at all. */
public class BackupInvalidException extends RuntimeException {

  BackupInvalidException(String message) {
    super(message);
  }

  BackupInvalidException(String message, Throwable cause) {
    super(message, cause);
  }
}
