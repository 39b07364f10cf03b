package org.accord.shared;

/** What is wrong with one field of a request, named as the client sent it. */
public record FieldViolation(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
