package org.accord.iati;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.accord.iati.IatiActivity.ActivityDate;
import org.accord.iati.IatiActivity.Budget;
import org.accord.iati.IatiActivity.CountryShare;
import org.accord.iati.IatiActivity.Description;
import org.accord.iati.IatiActivity.DocumentLink;
import org.accord.iati.IatiActivity.Indicator;
import org.accord.iati.IatiActivity.Organisation;
import org.accord.iati.IatiActivity.Participant;
import org.accord.iati.IatiActivity.Period;
import org.accord.iati.IatiActivity.PlannedDisbursement;
import org.accord.iati.IatiActivity.Result;
import org.accord.iati.IatiActivity.Sector;
import org.accord.iati.IatiActivity.Transaction;

/**
 * Writes activities as an {@code iati-activities} document of the Activity Standard 2.03, the
 * elements in the order the schema's sequence requires. The StAX writer escapes all text.
 */
public final class IatiXml {

  public static final String VERSION = "2.03";

  private IatiXml() {}

  public static byte[] write(List<IatiActivity> activities, OffsetDateTime generated) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeStartElement("iati-activities");
      xml.writeAttribute("version", VERSION);
      xml.writeAttribute("generated-datetime", timestamp(generated));
      for (IatiActivity activity : activities) {
        activity(xml, activity);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException cannotWrite) {
      throw new IllegalStateException("IATI XML could not be written", cannotWrite);
    }
    return out.toByteArray();
  }

  private static void activity(XMLStreamWriter xml, IatiActivity activity)
      throws XMLStreamException {
    xml.writeStartElement("iati-activity");
    xml.writeAttribute("last-updated-datetime", timestamp(activity.lastUpdated()));
    xml.writeAttribute("xml:lang", "en");
    xml.writeAttribute("default-currency", activity.currency());
    text(xml, "iati-identifier", activity.identifier());
    xml.writeStartElement("reporting-org");
    xml.writeAttribute("ref", activity.reportingOrg().ref());
    xml.writeAttribute("type", activity.reportingOrg().type());
    narrative(xml, activity.reportingOrg().name());
    xml.writeEndElement();
    narrated(xml, "title", activity.title());
    for (Description description : activity.descriptions()) {
      xml.writeStartElement("description");
      xml.writeAttribute("type", description.type());
      narrative(xml, description.text());
      xml.writeEndElement();
    }
    for (Participant participant : activity.participants()) {
      xml.writeStartElement("participating-org");
      attribute(xml, "ref", participant.ref());
      attribute(xml, "type", participant.type());
      xml.writeAttribute("role", participant.role());
      narrative(xml, participant.name());
      xml.writeEndElement();
    }
    coded(xml, "activity-status", activity.status());
    for (ActivityDate date : activity.dates()) {
      xml.writeEmptyElement("activity-date");
      xml.writeAttribute("type", date.type());
      xml.writeAttribute("iso-date", date.date().toString());
    }
    for (CountryShare country : activity.countries()) {
      xml.writeEmptyElement("recipient-country");
      xml.writeAttribute("code", country.code());
      xml.writeAttribute("percentage", country.percentage().toPlainString());
    }
    for (Sector sector : activity.sectors()) {
      xml.writeStartElement("sector");
      xml.writeAttribute("vocabulary", sector.vocabulary());
      xml.writeAttribute("code", sector.code());
      xml.writeAttribute("percentage", sector.percentage().toPlainString());
      if (sector.name() != null) {
        narrative(xml, sector.name());
      }
      xml.writeEndElement();
    }
    for (Budget budget : activity.budgets()) {
      xml.writeStartElement("budget");
      xml.writeAttribute("type", budget.type());
      xml.writeAttribute("status", budget.status());
      dated(xml, "period-start", budget.start());
      dated(xml, "period-end", budget.end());
      value(xml, budget.value(), budget.start());
      xml.writeEndElement();
    }
    for (PlannedDisbursement planned : activity.plannedDisbursements()) {
      xml.writeStartElement("planned-disbursement");
      xml.writeAttribute("type", planned.type());
      dated(xml, "period-start", planned.start());
      dated(xml, "period-end", planned.end());
      value(xml, planned.value(), planned.currency(), planned.start());
      organisation(xml, "provider-org", planned.provider());
      xml.writeEndElement();
    }
    for (Transaction transaction : activity.transactions()) {
      xml.writeStartElement("transaction");
      coded(xml, "transaction-type", transaction.type());
      dated(xml, "transaction-date", transaction.date());
      value(xml, transaction.value(), transaction.currency(), transaction.date());
      narrated(xml, "description", transaction.description());
      organisation(xml, "provider-org", transaction.provider());
      xml.writeEndElement();
    }
    for (DocumentLink document : activity.documents()) {
      xml.writeStartElement("document-link");
      xml.writeAttribute("url", document.url());
      xml.writeAttribute("format", document.format());
      narrated(xml, "title", document.title());
      coded(xml, "category", document.category());
      coded(xml, "language", document.language());
      dated(xml, "document-date", document.date());
      xml.writeEndElement();
    }
    for (Result result : activity.results()) {
      result(xml, result);
    }
    xml.writeEndElement();
  }

  private static void organisation(XMLStreamWriter xml, String element, Organisation org)
      throws XMLStreamException {
    if (org == null) {
      return;
    }
    xml.writeStartElement(element);
    if (org.ref() != null) {
      xml.writeAttribute("ref", org.ref());
    }
    if (org.type() != null) {
      xml.writeAttribute("type", org.type());
    }
    narrative(xml, org.name());
    xml.writeEndElement();
  }

  private static void result(XMLStreamWriter xml, Result result) throws XMLStreamException {
    xml.writeStartElement("result");
    xml.writeAttribute("type", result.type());
    narrated(xml, "title", result.title());
    for (Indicator indicator : result.indicators()) {
      xml.writeStartElement("indicator");
      xml.writeAttribute("measure", indicator.measure());
      if (indicator.ascending() != null) {
        xml.writeAttribute("ascending", indicator.ascending() ? "1" : "0");
      }
      narrated(xml, "title", indicator.title());
      if (indicator.baselineValue() != null) {
        xml.writeEmptyElement("baseline");
        xml.writeAttribute("year", Integer.toString(indicator.baselineYear()));
        xml.writeAttribute("iso-date", indicator.baselineDate().toString());
        xml.writeAttribute("value", indicator.baselineValue().toPlainString());
      }
      for (Period period : indicator.periods()) {
        xml.writeStartElement("period");
        dated(xml, "period-start", period.start());
        dated(xml, "period-end", period.end());
        measured(xml, "target", period.target(), period.targetComment());
        if (period.actual() != null || period.actualComment() != null) {
          measured(xml, "actual", period.actual(), period.actualComment());
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void measured(XMLStreamWriter xml, String name, BigDecimal value, String comment)
      throws XMLStreamException {
    xml.writeStartElement(name);
    if (value != null) {
      xml.writeAttribute("value", value.toPlainString());
    }
    if (comment != null && !comment.isBlank()) {
      narrated(xml, "comment", comment);
    }
    xml.writeEndElement();
  }

  private static void value(XMLStreamWriter xml, BigDecimal value, LocalDate on)
      throws XMLStreamException {
    value(xml, value, null, on);
  }

  /** A value in the activity's default currency unless another is named. */
  private static void value(XMLStreamWriter xml, BigDecimal value, String currency, LocalDate on)
      throws XMLStreamException {
    xml.writeStartElement("value");
    if (currency != null) {
      xml.writeAttribute("currency", currency);
    }
    xml.writeAttribute("value-date", on.toString());
    xml.writeCharacters(value.toPlainString());
    xml.writeEndElement();
  }

  private static void narrated(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    narrative(xml, text);
    xml.writeEndElement();
  }

  private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
    text(xml, "narrative", text);
  }

  private static void text(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlCharacters(text));
    xml.writeEndElement();
  }

  /**
   * Text as XML 1.0 allows it: the writer escapes markup but would pass on control characters (a
   * vertical tab pasted from a word processor), which no parser accepts. They become spaces.
   */
  static String xmlCharacters(String text) {
    StringBuilder allowed = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c ->
                allowed.appendCodePoint(
                    c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000
                        ? c
                        : ' '));
    return allowed.toString();
  }

  private static void coded(XMLStreamWriter xml, String name, String code)
      throws XMLStreamException {
    xml.writeEmptyElement(name);
    xml.writeAttribute("code", code);
  }

  private static void dated(XMLStreamWriter xml, String name, LocalDate date)
      throws XMLStreamException {
    xml.writeEmptyElement(name);
    xml.writeAttribute("iso-date", date.toString());
  }

  private static void attribute(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, xmlCharacters(value));
    }
  }

  private static String timestamp(OffsetDateTime at) {
    return at.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
