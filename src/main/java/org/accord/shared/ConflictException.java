package org.accord.shared;

/** The request is valid but clashes with what already exists (HTTP 409). */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
