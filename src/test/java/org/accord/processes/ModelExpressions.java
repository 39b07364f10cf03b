package org.accord.processes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Every expression the engine evaluates in one BPMN file: each attribute and each text that holds
 * {@code ${…}} or {@code #{…}} (delegates, listeners, due and follow-up dates, assignees and
 * candidates, conditions, timers, multi-instance collections and completion conditions, input and
 * output parameters, called processes' business keys), with the element it belongs to. Read from
 * the XML rather than through the model API's getters, so that a kind of expression nobody listed
 * here is checked too; only documentation and scripts, which the engine does not evaluate as
 * expressions, are left out.
 */
record ModelExpressions(
    String file, List<Expression> expressions, Map<String, Set<String>> declaredVariables) {

  /** What the engine does with an expression's value, which decides what it must be. */
  enum Use {
    VALUE,
    JAVA_DELEGATE,
    EXECUTION_LISTENER,
    TASK_LISTENER
  }

  /** One expression, where it is: the process, the nearest element with an id, the attribute. */
  record Expression(
      String file, String process, String element, String attribute, String text, Use use) {

    String where() {
      return file + " " + element + " " + attribute + " " + text;
    }
  }

  private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text", "script");

  /**
   * Attributes that name a variable the model itself sets: a multi-instance element, a business
   * rule task's result, an input or output parameter, a called process's output.
   */
  private static final Map<String, String> DECLARING =
      Map.of(
          "multiInstanceLoopCharacteristics", "elementVariable",
          "businessRuleTask", "resultVariable",
          "inputParameter", "name",
          "outputParameter", "name",
          "out", "target");

  static ModelExpressions read(Path file) throws IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element root;
    try {
      root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException unreadable) {
      throw new IOException(file + " is not XML", unreadable);
    }
    ModelExpressions model =
        new ModelExpressions(file.getFileName().toString(), new ArrayList<>(), new HashMap<>());
    model.walk(root, null, null);
    return model;
  }

  /**
   * How many expressions the file's text holds, counted without parsing it: the walk must find as
   * many, or it has missed some.
   */
  static int countInText(Path file) throws IOException {
    String text = Files.readString(file);
    return occurrences(text, "${") + occurrences(text, "#{");
  }

  /** The expressions found, counted as {@link #countInText} counts them. */
  int count() {
    return expressions.stream()
        .mapToInt(each -> occurrences(each.text(), "${") + occurrences(each.text(), "#{"))
        .sum();
  }

  private void walk(Element element, String process, String elementId) {
    String name = element.getLocalName();
    if (NOT_EVALUATED.contains(name)
        || (name.equals("conditionExpression") && element.hasAttribute("language"))) {
      return;
    }
    if (name.equals("process")) {
      process = element.getAttribute("id");
    }
    if (element.hasAttribute("id")) {
      elementId = element.getAttribute("id");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      // By local name: camunda:elementVariable, but the inputParameter's name has no prefix.
      if (attribute.getLocalName().equals(DECLARING.get(name)) && process != null) {
        declaredVariables
            .computeIfAbsent(process, key -> new HashSet<>())
            .add(attribute.getValue());
      }
      if (isExpression(attribute.getValue())) {
        add(
            process,
            elementId,
            name + "@" + attribute.getLocalName(),
            attribute.getValue(),
            use(element, attribute));
      }
    }
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        walk(nested, process, elementId);
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    if (isExpression(text.toString())) {
      String label =
          element.hasAttribute("name") ? name + "[" + element.getAttribute("name") + "]" : name;
      add(process, elementId, label, text.toString().strip(), Use.VALUE);
    }
  }

  private void add(String process, String elementId, String attribute, String text, Use use) {
    expressions.add(new Expression(file, process, elementId, attribute, text, use));
  }

  private static Use use(Element element, Attr attribute) {
    if (!attribute.getLocalName().equals("delegateExpression")) {
      return Use.VALUE;
    }
    return switch (element.getLocalName()) {
      case "executionListener" -> Use.EXECUTION_LISTENER;
      case "taskListener" -> Use.TASK_LISTENER;
      default -> Use.JAVA_DELEGATE; // service, send and business rule tasks, message events
    };
  }

  private static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
