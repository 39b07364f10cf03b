package org.accord.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.accord.document.ConsolidatedReport;
import org.accord.document.ConsolidatedReport.GroupBy;
import org.accord.identity.Languages;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.performance.AnnualPerformance;
import org.accord.performance.AnnualPerformanceReport;
import org.accord.publication.persistence.PublicationMapper;
import org.accord.publication.persistence.PublicationMapper.NewPublication;
import org.accord.publication.persistence.PublicationMapper.Readers;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports managers publish to partners, rendered once as they stand on the day (a publication does
 * not change after) and kept with the SHA-256 of the PDF. What a partner may read is decided here
 * when publishing and by the query when reading: a report that would name partners (by donor) goes
 * to one partner with its own figures only; a report to every partner names none.
 */
@Service
public class PublishedReports {

  public static final int MAX_PAGE_SIZE = 100;

  private final PublicationMapper publications;
  private final ConsolidatedReport consolidated;
  private final AnnualPerformanceReport annual;
  private final PartnerService partners;
  private final CurrentUser currentUser;
  private final Languages languages;
  private final Clock clock;

  PublishedReports(
      PublicationMapper publications,
      ConsolidatedReport consolidated,
      AnnualPerformanceReport annual,
      PartnerService partners,
      CurrentUser currentUser,
      Languages languages,
      Clock clock) {
    this.publications = publications;
    this.consolidated = consolidated;
    this.annual = annual;
    this.partners = partners;
    this.currentUser = currentUser;
    this.languages = languages;
    this.clock = clock;
  }

  /** A manager publishes a report; every bad field is named and nothing is kept. */
  @Transactional
  public Publication publish(PublicationInput input) {
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("Managers publish the agency's reports");
    }
    Violations violations = new Violations();
    PublicationKind kind =
        input.kind() == null
            ? violations.requirePresent("kind", null)
            : violations.requireOneOf("kind", input.kind(), PublicationKind.class);
    violations.throwIfAny();
    NewPublication publication =
        kind == PublicationKind.CONSOLIDATED
            ? consolidated(input, violations)
            : annualPerformance(input, violations);
    return publications
        .find(publications.insert(publication), new Readers(true, List.of()))
        .orElseThrow();
  }

  /** One page of the publications the user may read, newest first. */
  @Transactional(readOnly = true)
  public PublicationPage list(int page, int size) {
    Readers readers = readers();
    Violations violations = new Violations();
    violations.requirePage(page, size, MAX_PAGE_SIZE);
    violations.throwIfAny();
    return new PublicationPage(
        publications.count(readers),
        page,
        size,
        publications.findPage(readers, (long) page * size, size));
  }

  /** A publication the user may read; any other does not exist for them (404). */
  @Transactional(readOnly = true)
  public Publication require(long id) {
    return publications.find(id, readers()).orElseThrow(() -> notFound(id));
  }

  /** The PDF of a publication the user may read, as published. */
  @Transactional(readOnly = true)
  public byte[] content(long id) {
    return publications.content(id, readers()).orElseThrow(() -> notFound(id));
  }

  private NewPublication consolidated(PublicationInput input, Violations violations) {
    GroupBy by =
        input.by() == null
            ? violations.requirePresent("by", null)
            : violations.requireOneOf("by", input.by(), GroupBy.class);
    LocalDate from = date("from", input.from(), violations);
    LocalDate to = date("to", input.to(), violations);
    if (from != null && to != null && to.isBefore(from)) {
      violations.add("to", "must not be before from");
    }
    Partner partner = partner(input.partnerCode(), violations);
    if (by == GroupBy.DONOR && partner == null && blank(input.partnerCode())) {
      violations.add(
          "partnerCode",
          "is required for a report by donor, which names each donor: publish it to one donor,"
              + " with its own figures only");
    }
    forbid("plan", input.plan(), "is for the annual performance report", violations);
    forbid("year", input.year(), "is for the annual performance report", violations);
    violations.throwIfAny();
    String title =
        "Consolidated report by "
            + by.name().toLowerCase(Locale.ENGLISH)
            + ", "
            + from
            + " to "
            + to
            + (partner == null ? "" : ", " + partner.name());
    // Written once for every partner it goes to: in the agency's language.
    byte[] pdf =
        consolidated.render(
            by, from, to, partner == null ? null : partner.code(), languages.agencyDefault());
    return publication(PublicationKind.CONSOLIDATED, title, by, from, to, null, null, partner, pdf);
  }

  private NewPublication annualPerformance(PublicationInput input, Violations violations) {
    String plan = violations.requireText("plan", input.plan(), 40);
    Integer year = year(input.year(), violations);
    forbid(
        "partnerCode",
        input.partnerCode(),
        "must be absent: the annual performance report is published to every partner",
        violations);
    forbid("by", input.by(), "is for the consolidated report", violations);
    forbid("from", input.from(), "is for the consolidated report", violations);
    forbid("to", input.to(), "is for the consolidated report", violations);
    violations.throwIfAny();
    AnnualPerformance report;
    try {
      report = annual.compose(plan, year).forPartners();
    } catch (NotFoundException unknown) {
      throw new InvalidInputException("plan", unknown.getMessage());
    }
    return publication(
        PublicationKind.ANNUAL_PERFORMANCE,
        "Annual performance report " + year + ", " + report.title(),
        null,
        null,
        null,
        plan,
        year,
        null,
        // Written once for every partner: in the agency's language, as the consolidated report.
        annual.render(report, languages.agencyDefault()));
  }

  private NewPublication publication(
      PublicationKind kind,
      String title,
      GroupBy by,
      LocalDate from,
      LocalDate to,
      String plan,
      Integer year,
      Partner partner,
      byte[] pdf) {
    return new NewPublication(
        kind,
        title,
        by,
        from,
        to,
        plan,
        year,
        partner == null ? null : partner.code(),
        pdf,
        sha256(pdf),
        currentUser.actor(),
        clock.instant());
  }

  private Partner partner(String code, Violations violations) {
    if (blank(code)) {
      return null;
    }
    Partner partner = partners.find(code.strip()).orElse(null);
    if (partner == null) {
      violations.add("partnerCode", "no partner with code " + code.strip());
    }
    return partner;
  }

  private static LocalDate date(String field, String text, Violations violations) {
    if (blank(text)) {
      violations.add(field, "is required: a date such as 2027-01-31");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      violations.add(field, "must be a date such as 2027-01-31");
      return null;
    }
  }

  private static Integer year(String text, Violations violations) {
    if (blank(text)) {
      violations.add("year", "is required");
      return null;
    }
    try {
      int year = Integer.parseInt(text.strip());
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException notANumber) {
      // Named below.
    }
    violations.add("year", "must be a year such as 2027");
    return null;
  }

  private static void forbid(String field, String value, String why, Violations violations) {
    if (!blank(value)) {
      violations.add(field, why);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private Readers readers() {
    if (currentUser.isInternal()) {
      return new Readers(true, List.of());
    }
    if (currentUser.partnerCodes().isEmpty()) {
      throw new ForbiddenException("Published reports are for the agency's partners");
    }
    return new Readers(false, currentUser.partnerCodes());
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("No published report " + id);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
