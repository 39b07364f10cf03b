package org.accord.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Records kept as JSON text in Accord's own tables (a plan's KPIs, an initiative's workplan, the
 * before and after of a change), written and read with the application's object mapper. What Accord
 * wrote it can read: a failure either way is a defect, not bad input.
 */
@Component
public class JsonRecords {

  private final ObjectMapper json;

  JsonRecords(ObjectMapper json) {
    this.json = json;
  }

  /** The value as JSON text; null for null. */
  public String write(Object value) {
    try {
      return value == null ? null : json.writeValueAsString(value);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException(unwritable);
    }
  }

  public <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  /** The text as a tree, to show as it was kept; null for null. */
  public JsonNode tree(String text) {
    return text == null ? null : read(text, JsonNode.class);
  }
}
