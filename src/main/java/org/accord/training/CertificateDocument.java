package org.accord.training;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.accord.document.AgencyProperties;
import org.accord.document.Wording;
import org.accord.document.pdf.CertificatePage;
import org.accord.document.pdf.CertificatePage.Style;
import org.accord.document.pdf.Fonts;
import org.accord.shared.Language;
import org.springframework.stereotype.Component;

/**
 * A participant's certificate as a framed landscape page: the agency, the participant's name, the
 * course and when and where it was held, the partner as co-host when the terms say so, and the
 * verification code with the address where anyone can check it.
 */
@Component
class CertificateDocument {

  private final Fonts fonts;
  private final AgencyProperties agency;

  CertificateDocument(Fonts fonts, AgencyProperties agency) {
    this.fonts = fonts;
    this.agency = agency;
  }

  /**
   * The certificate in the course's language, the one the participant followed it in.
   *
   * @param coHost the partner's name, or null when the terms do not name it on certificates
   */
  byte[] render(
      Enrolment participant, TrainingSession session, String coHost, String code, String verifyAt) {
    Course course = session.course();
    Language language = Language.ofCode(course.language()).orElseThrow();
    Wording words = Wording.of("certificate", language);
    try (CertificatePage page =
        new CertificatePage(
            fonts, language, words.text("pdfTitle", Map.of("name", participant.name())))) {
      page.line(agency.name().toUpperCase(Locale.ROOT), Style.ISSUER)
          .space(48)
          .line(words.text("title"), Style.TITLE)
          .rule()
          .space(14)
          .line(words.text("certify"), Style.TEXT)
          .space(8)
          .line(participant.name(), Style.NAME)
          .space(8)
          .line(words.text("completed"), Style.TEXT)
          .space(6)
          .line(course.title(), Style.EMPHASIS)
          .line(
              words.text(
                  "details",
                  Map.of(
                      "hours", course.durationHours(),
                      "delivery", words.text("Delivery." + course.delivery()),
                      "venue", session.venue(),
                      "dates", dates(words, session.startDate(), session.endDate()))),
              Style.TEXT);
      if (coHost != null) {
        page.space(22).line(words.text("coHosted"), Style.TEXT).line(coHost, Style.EMPHASIS);
      }
      return page.bottom(words.text("checkAt", Map.of("url", verifyAt)), Style.SMALL)
          .bottom(
              words.text("code", Map.of("code", code, "date", words.date(session.endDate()))),
              Style.SMALL)
          .finish();
    }
  }

  /** "1 March 2027 to 5 March 2027" as the language words it, or "5 March 2027" for one day. */
  private static String dates(Wording words, LocalDate start, LocalDate end) {
    return start.equals(end)
        ? words.date(end)
        : words.text("days", Map.of("start", words.date(start), "end", words.date(end)));
  }
}
