package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.accord.document.AgencyProperties;
import org.accord.document.pdf.Fonts;
import org.accord.testing.MissingGlyphs;
import org.accord.testing.PdfText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A certificate is written in the language of its course, the one the participant followed. */
class CertificateDocumentTest {

  private static final Fonts FONTS = new Fonts();

  private final CertificateDocument document =
      new CertificateDocument(
          FONTS,
          new AgencyProperties(
              "International Telecommunication Union — Telecommunication Development Bureau",
              "Place des Nations, 1211 Geneva 20, Switzerland",
              "Director, Telecommunication Development Bureau"));

  /** A course of 24 hours in person in Dakar from 1 to 5 March 2027, co-hosted with the GSMA. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Certificate of Completion|has successfully completed the course"
            + "|24 hours, in person, Dakar, 1 March 2027 to 5 March 2027|Co-hosted with",
        "fr|Certificat de réussite|a suivi avec succès le cours"
            + "|24 heures, en présentiel, Dakar, du 1 mars 2027 au 5 mars 2027"
            + "|Organisé conjointement avec",
        "es|Certificado de aprovechamiento|ha completado satisfactoriamente el curso"
            + "|24 horas, presencial, Dakar, del 1 de marzo de 2027 al 5 de marzo de 2027"
            + "|Organizado conjuntamente con",
        "ru|Сертификат об окончании курса|успешно прошел(-ла) курс"
            + "|24 часа, очно, Dakar, с 1 марта 2027 г. по 5 марта 2027 г.|Совместно с",
        "zh|结业证书|已顺利完成以下课程|24学时，线下面授，Dakar，2027年3月1日至2027年3月5日|合办方",
        "ar|شهادة إتمام|قد أتم بنجاح الدورة التدريبية|٢٤ ساعة|بالاشتراك مع",
      })
  void aCertificate_isWrittenInItsCoursesLanguage(
      String code, String title, String completed, String details, String coHosted)
      throws IOException {
    byte[] pdf = render(code);
    // To look at them: target/screenshots/certificate-<code>.pdf.
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/certificate-" + code + ".pdf"), pdf);

    assertThat(PdfText.of(pdf))
        .contains(title)
        .contains("Kofi Mensah")
        .contains(completed)
        .contains("Spectrum management fundamentals")
        .contains(details)
        .contains(coHosted)
        .contains("GSM Association")
        .contains("TC-7Q2M-KX4P");
    assertThat(MissingGlyphs.in(pdf)).isEmpty();
    assertThat(FONTS.missing()).isEmpty();
  }

  private byte[] render(String language) {
    Course course =
        new Course(
            1,
            "PA-2026-0042",
            "GSMA",
            "Spectrum management fundamentals",
            TrainingTopic.SPECTRUM_MANAGEMENT,
            CourseLevel.INTRODUCTORY,
            language,
            Delivery.IN_PERSON,
            24,
            true,
            Instant.EPOCH,
            "jdupont");
    TrainingSession session =
        new TrainingSession(
            1,
            course,
            LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 3, 5),
            "Dakar",
            20,
            "USD",
            new BigDecimal("900.00"),
            new BigDecimal("450.00"),
            SessionStatus.CLOSED,
            1,
            0);
    Enrolment kofi =
        new Enrolment(
            1,
            1,
            "Kofi Mensah",
            "kofi@example.org",
            "National Communications Authority",
            null,
            "GH",
            null,
            FeeCategory.DEVELOPING,
            new BigDecimal("450.00"),
            "USD",
            false,
            false,
            EnrolmentStatus.CONFIRMED,
            new BigDecimal("450.00"),
            Instant.EPOCH,
            new Enrolment.Completion(100, null, true));
    return document.render(
        kofi,
        session,
        "GSM Association",
        "TC-7Q2M-KX4P",
        "https://accord.example/api/certificates/TC-7Q2M-KX4P/verify");
  }
}
