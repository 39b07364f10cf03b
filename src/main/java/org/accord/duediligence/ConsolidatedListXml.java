package org.accord.duediligence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.accord.shared.FieldViolation;
import org.accord.shared.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the UN Security Council consolidated list as the UN publishes it (consolidated.xml): {@code
 * <CONSOLIDATED_LIST dateGenerated>} with {@code <INDIVIDUALS><INDIVIDUAL>} and {@code
 * <ENTITIES><ENTITY>}. The file comes from a user, so it is bounded in size and read without DTDs
 * or external entities; anything that is not such a list is refused as a whole, naming what is
 * wrong.
 */
final class ConsolidatedListXml {

  /** The list's entries and the moment the UN generated it. */
  record ConsolidatedList(OffsetDateTime generatedAt, List<SanctionsList.Entry> entries) {}

  static final String ROOT = "CONSOLIDATED_LIST";
  private static final String FIELD = "file";
  private static final List<String> NAME_PARTS =
      List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");
  // The UN marks an individual's weak aliases "Low": single nicknames that would flag every
  // partner sharing a common word. Strong aliases ("Good", "a.k.a.", "f.k.a.") are screened.
  private static final String WEAK_ALIAS = "Low";
  private static final int MAX_REPORTED = 20;

  private ConsolidatedListXml() {}

  static ConsolidatedList read(InputStream xml, long maxBytes) {
    byte[] content;
    try {
      content = xml.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE)));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    if (content.length > maxBytes) {
      throw new InvalidInputException(
          FIELD, "is larger than the %d bytes a sanctions list may be".formatted(maxBytes));
    }
    if (content.length == 0) {
      throw new InvalidInputException(FIELD, "is empty");
    }
    Element root = parse(content).getDocumentElement();
    if (!ROOT.equals(root.getTagName())) {
      throw new InvalidInputException(
          FIELD,
          "is a <%s> document, not the UN Security Council consolidated list <%s>"
              .formatted(root.getTagName(), ROOT));
    }
    List<String> problems = new ArrayList<>();
    OffsetDateTime generatedAt = generatedAt(root.getAttribute("dateGenerated"), problems);
    List<SanctionsList.Entry> entries = new ArrayList<>();
    for (String[] section :
        new String[][] {{"INDIVIDUALS", "INDIVIDUAL"}, {"ENTITIES", "ENTITY"}}) {
      String kind = section[1];
      List<Element> records =
          children(root, section[0]).flatMap(listed -> children(listed, kind)).toList();
      for (int i = 0; i < records.size(); i++) {
        entries.add(entry(records.get(i), kind, i + 1, problems));
      }
    }
    if (entries.isEmpty() && problems.isEmpty()) {
      problems.add("lists no INDIVIDUAL and no ENTITY");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.stream()
              .limit(MAX_REPORTED)
              .map(problem -> new FieldViolation(FIELD, problem))
              .toList());
    }
    return new ConsolidatedList(generatedAt, List.copyOf(entries));
  }

  private static Document parse(byte[] content) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      // No DTD at all: no external entity can be fetched (XXE), no entity can expand (billion
      // laughs).
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(FAIL_ON_ERROR);
      return builder.parse(new ByteArrayInputStream(content));
    } catch (SAXParseException invalid) {
      throw new InvalidInputException(
          FIELD,
          "is not well-formed XML without a DOCTYPE (line %d, column %d): %s"
              .formatted(invalid.getLineNumber(), invalid.getColumnNumber(), invalid.getMessage()));
    } catch (SAXException invalid) {
      throw new InvalidInputException(FIELD, "is not well-formed XML: " + invalid.getMessage());
    } catch (ParserConfigurationException | IOException unexpected) {
      throw new IllegalStateException("Cannot read XML", unexpected);
    }
  }

  private static SanctionsList.Entry entry(
      Element record, String kind, int position, List<String> problems) {
    String reference = text(record, "REFERENCE_NUMBER");
    String which = "%s %s".formatted(kind, reference.isEmpty() ? "number " + position : reference);
    // An entity's name is its FIRST_NAME; an individual's is the parts in their order.
    String name =
        NAME_PARTS.stream()
            .map(part -> text(record, part))
            .filter(part -> !part.isEmpty())
            .collect(Collectors.joining(" "));
    if (reference.isEmpty()) {
      problems.add(which + " has no REFERENCE_NUMBER");
    }
    if (name.isEmpty()) {
      problems.add(which + " has no FIRST_NAME");
    }
    List<String> aliases =
        Stream.concat(
                children(record, kind + "_ALIAS")
                    .filter(alias -> !WEAK_ALIAS.equals(text(alias, "QUALITY")))
                    // One ALIAS_NAME sometimes holds several names, separated by "; ".
                    .flatMap(alias -> Arrays.stream(text(alias, "ALIAS_NAME").split(";"))),
                Stream.of(text(record, "NAME_ORIGINAL_SCRIPT")))
            .map(String::strip)
            .filter(alias -> !alias.isEmpty() && !alias.equals(name))
            .distinct()
            .toList();
    return new SanctionsList.Entry(
        name,
        aliases,
        text(record, "UN_LIST_TYPE"),
        reference,
        listedOn(text(record, "LISTED_ON"), which, problems));
  }

  private static OffsetDateTime generatedAt(String value, List<String> problems) {
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException withoutOffset) {
      try {
        // Some exports leave the offset out; the UN generates the list in UTC.
        return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException invalid) {
        problems.add(
            "<%s> has no valid dateGenerated attribute (such as 2026-05-01T00:00:00Z): '%s'"
                .formatted(ROOT, value));
        return null;
      }
    }
  }

  private static LocalDate listedOn(String value, String which, List<String> problems) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException invalid) {
      problems.add("%s has LISTED_ON '%s', not a date such as 2026-05-01".formatted(which, value));
      return null;
    }
  }

  /** The text of the element's first child of that name, or "" without one. */
  private static String text(Element parent, String name) {
    return children(parent, name)
        .findFirst()
        .map(Node::getTextContent)
        .map(String::strip)
        .orElse("");
  }

  private static Stream<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && name.equals(element.getTagName())) {
        found.add(element);
      }
    }
    return found.stream();
  }

  private static final ErrorHandler FAIL_ON_ERROR =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException warning) {
          // Nothing a warning says makes the list unusable.
        }

        @Override
        public void error(SAXParseException error) throws SAXException {
          throw error;
        }

        @Override
        public void fatalError(SAXParseException error) throws SAXException {
          throw error;
        }
      };
}
