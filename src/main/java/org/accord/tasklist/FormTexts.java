package org.accord.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.accord.shared.Language;

/**
 * The words of a Camunda Form, each by a key that survives edits to the form: {@code <form
 * id>.<component id>.<property>} ({@code recordReceipt.Field_receiptAmount.label}), and {@code
 * <form id>.<component id>.values.<value>} for an option's label. A form's English is its {@code
 * forms/*.form}, as Camunda Modeler opens it; each other language is a bundle of these keys ({@code
 * forms/i18n/<code>.json}), and the form in that language is the English one with its words
 * replaced, nothing else: keys, types, validation, conditions and layout stay the English form's.
 */
final class FormTexts {

  /** What form-js shows as words; anything else in a component is behaviour. */
  private static final List<String> WORDED = List.of("label", "description", "text", "dateLabel");

  private FormTexts() {}

  /** The form's English words by their keys, in the form's order. */
  static Map<String, String> of(JsonNode form) {
    Map<String, String> texts = new LinkedHashMap<>();
    visit(form, (key, text) -> texts.put(key, text.asText()));
    return texts;
  }

  /**
   * The form in the language: its id is {@code <id>_<code>}, its words the bundle's; a word the
   * bundle lacks stays English (a test fails the build on it, but a form edited since its bundle
   * still opens).
   */
  static ObjectNode translated(JsonNode form, Language language, Map<String, String> bundle) {
    ObjectNode copy = form.deepCopy();
    visit(
        copy,
        (key, text) -> {
          String word = bundle.get(key);
          if (word != null) {
            text.owner().put(text.property(), word);
          }
        });
    copy.put("id", idIn(form.path("id").asText(), language));
    return copy;
  }

  /** The id of a form in a language: English keeps the id Camunda Modeler gives it. */
  static String idIn(String formId, Language language) {
    return language == Language.EN ? formId : formId + "_" + language.code();
  }

  /** One word in a component: the object holding it and its property there. */
  record Text(ObjectNode owner, String property) {
    String asText() {
      return owner.path(property).asText();
    }
  }

  private static void visit(JsonNode form, BiConsumer<String, Text> onText) {
    String formId = form.path("id").asText();
    for (JsonNode component : form.path("components")) {
      visitComponent(formId, (ObjectNode) component, onText);
    }
  }

  private static void visitComponent(
      String formId, ObjectNode component, BiConsumer<String, Text> onText) {
    String prefix = formId + "." + component.path("id").asText() + ".";
    for (String property : WORDED) {
      if (component.path(property).isTextual() && !component.path(property).asText().isEmpty()) {
        onText.accept(prefix + property, new Text(component, property));
      }
    }
    for (JsonNode option : component.path("values")) {
      onText.accept(
          prefix + "values." + option.path("value").asText(),
          new Text((ObjectNode) option, "label"));
    }
    for (JsonNode child : component.path("components")) {
      visitComponent(formId, (ObjectNode) child, onText);
    }
  }
}
