package org.accord.shared;

/** The user is authenticated but may not do this (HTTP 403). */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
