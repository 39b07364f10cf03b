package org.accord.attachment;

import org.springframework.util.unit.DataSize;

/** The file is larger than {@code accord.attachments.max-size}; it was not read further. */
public class FileTooLargeException extends RuntimeException {

  public FileTooLargeException(DataSize limit) {
    super("file: is larger than " + limit.toMegabytes() + " MB");
  }
}
