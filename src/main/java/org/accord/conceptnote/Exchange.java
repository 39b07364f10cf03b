package org.accord.conceptnote;

import java.time.OffsetDateTime;

/** A question the officers asked about a concept note, or the member's answer. */
public record Exchange(Kind kind, String body, String writtenBy, OffsetDateTime writtenAt) {

  public enum Kind {
    QUESTION,
    ANSWER
  }
}
