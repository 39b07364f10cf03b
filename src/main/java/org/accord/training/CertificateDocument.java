package org.accord.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.accord.document.AgencyProperties;
import org.accord.document.pdf.CertificatePage;
import org.accord.document.pdf.CertificatePage.Style;
import org.accord.document.pdf.Fonts;
import org.springframework.stereotype.Component;

/**
 * A participant's certificate as a framed landscape page: the agency, the participant's name, the
 * course and when and where it was held, the partner as co-host when the terms say so, and the
 * verification code with the address where anyone can check it.
 */
@Component
class CertificateDocument {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Fonts fonts;
  private final AgencyProperties agency;

  CertificateDocument(Fonts fonts, AgencyProperties agency) {
    this.fonts = fonts;
    this.agency = agency;
  }

  /**
   * @param coHost the partner's name, or null when the terms do not name it on certificates
   */
  byte[] render(
      Enrolment participant, TrainingSession session, String coHost, String code, String verifyAt) {
    Course course = session.course();
    try (CertificatePage page =
        new CertificatePage(fonts, "Certificate of completion: " + participant.name())) {
      page.line(agency.name().toUpperCase(Locale.ROOT), Style.ISSUER)
          .space(48)
          .line("Certificate of Completion", Style.TITLE)
          .rule()
          .space(14)
          .line("This is to certify that", Style.TEXT)
          .space(8)
          .line(participant.name(), Style.NAME)
          .space(8)
          .line("has successfully completed the course", Style.TEXT)
          .space(6)
          .line(course.title(), Style.EMPHASIS)
          .line(
              course.durationHours()
                  + " hours, "
                  + course.delivery().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + ", "
                  + session.venue()
                  + ", "
                  + dates(session.startDate(), session.endDate()),
              Style.TEXT);
      if (coHost != null) {
        page.space(22).line("Co-hosted with", Style.TEXT).line(coHost, Style.EMPHASIS);
      }
      return page.bottom("Check it at " + verifyAt, Style.SMALL)
          .bottom(
              "Verification code " + code + "   ·   Completed on " + DAY.format(session.endDate()),
              Style.SMALL)
          .finish();
    }
  }

  /** "1 to 5 March 2027", or "5 March 2027" for one day. */
  private static String dates(LocalDate start, LocalDate end) {
    return start.equals(end) ? DAY.format(end) : DAY.format(start) + " to " + DAY.format(end);
  }
}
