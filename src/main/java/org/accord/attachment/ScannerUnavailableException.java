package org.accord.attachment;

/**
 * The virus scanner is configured but did not scan the file (unreachable, too slow, or it answered
 * with an error): the upload is refused rather than stored unscanned.
 */
public class ScannerUnavailableException extends RuntimeException {

  public ScannerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
