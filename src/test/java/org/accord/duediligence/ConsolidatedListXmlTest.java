package org.accord.duediligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.accord.duediligence.ConsolidatedListXml.ConsolidatedList;
import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/** The UN consolidated list's XML, read from the shipped sample, and what is refused. */
class ConsolidatedListXmlTest {

  private static final long MAX = 1_000_000;

  @Test
  void theShippedSample_givesEveryIndividualAndEntityWithTheirListing() {
    ConsolidatedList list = read(sample());

    assertThat(list.generatedAt()).isEqualTo(OffsetDateTime.parse("2026-05-04T19:00:03.293Z"));
    assertThat(list.entries())
        .extracting(SanctionsList.Entry::reference)
        .containsExactly("LYi.901", "QDi.902", "KPe.903", "CDe.904", "QDe.905");
    SanctionsList.Entry individual = list.entries().get(1);
    assertThat(individual.name()).isEqualTo("ILSABET MARROW QUENDEL VASK");
    assertThat(individual.listName()).isEqualTo("Al-Qaida");
    assertThat(individual.listedOn()).isEqualTo(LocalDate.of(2021, 11, 2));
    // The strong alias and the name in its original script; the empty alias is no name.
    assertThat(individual.aliases()).containsExactly("Ilsabet Vask", "إلسابيت ماروو");
    assertThat(list.entries().get(2).aliases())
        .containsExactly("Argent Veil Maritime", "Silvershroud Lines");
    assertThat(list.entries().get(4).aliases())
        .containsExactly("Tidewrack Mining", "TMC Fictive", "تايدوراك للمعادن");
  }

  @Test
  void weakAliases_areNotScreened() {
    SanctionsList list = SanctionsList.of(read(sample()).entries());

    assertThat(list.screen("Tomassen Consulting")).isEmpty();
    assertThat(list.screen("Zorvan Keldrik Holdings").orElseThrow().entry().reference())
        .isEqualTo("LYi.901");
  }

  @Test
  void partnersAreScreenedAgainstTheSampleAsAgainstTheCsv() {
    SanctionsList list = SanctionsList.of(read(sample()).entries());

    assertThat(list.screen("Argent Veil Shipping Ltd").orElseThrow().entry().reference())
        .isEqualTo("KPe.903");
    assertThat(list.screen("Silvershroud Lines S.A.")).isPresent();
    assertThat(list.screen("GSM Association")).isEmpty();
  }

  @Test
  void malformedXml_isRefusedWithWhereItBreaks() {
    assertThatThrownBy(() -> read("<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00Z\">"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file: is not well-formed XML")
        .hasMessageContaining("line 1");
  }

  @Test
  void anotherKindOfXml_isRefusedByItsRoot() {
    assertThatThrownBy(() -> read("<sdnList><sdnEntry/></sdnList>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "file: is a <sdnList> document, not the UN Security Council consolidated list"
                + " <CONSOLIDATED_LIST>");
  }

  @Test
  void anExternalEntity_isNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "%s">]>
        <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">
          <ENTITIES><ENTITY><FIRST_NAME>&xxe;</FIRST_NAME>
            <REFERENCE_NUMBER>QDe.1</REFERENCE_NUMBER></ENTITY></ENTITIES>
        </CONSOLIDATED_LIST>
        """
            .formatted(secret.toUri());

    assertThatThrownBy(() -> read(xxe))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP SECRET");
  }

  @Test
  void entityExpansion_isRefusedBeforeItGrows() {
    String laughs =
        """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">&lol2;</CONSOLIDATED_LIST>
        """;

    assertThatThrownBy(() -> read(laughs))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void aFileLargerThanTheLimit_isRefusedUnparsed() {
    assertThatThrownBy(() -> ConsolidatedListXml.read(stream(sample()), 100))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file: is larger than the 100 bytes a sanctions list may be");
  }

  @Test
  void anEmptyFile_isRefused() {
    assertThatThrownBy(() -> read("")).hasMessage("file: is empty");
  }

  @Test
  void recordsWithoutReferenceNameOrValidDates_areEachNamed() {
    String xml =
        """
        <CONSOLIDATED_LIST dateGenerated="yesterday">
          <INDIVIDUALS><INDIVIDUAL><FIRST_NAME>NO REFERENCE</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>
          <ENTITIES><ENTITY><REFERENCE_NUMBER>QDe.7</REFERENCE_NUMBER>
            <LISTED_ON>31/12/2020</LISTED_ON></ENTITY></ENTITIES>
        </CONSOLIDATED_LIST>
        """;

    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            invalid ->
                assertThat(((InvalidInputException) invalid).violations())
                    .extracting(violation -> violation.field() + ": " + violation.message())
                    .containsExactly(
                        "file: <CONSOLIDATED_LIST> has no valid dateGenerated attribute (such as"
                            + " 2026-05-01T00:00:00Z): 'yesterday'",
                        "file: INDIVIDUAL number 1 has no REFERENCE_NUMBER",
                        "file: ENTITY QDe.7 has no FIRST_NAME",
                        "file: ENTITY QDe.7 has LISTED_ON '31/12/2020', not a date such as"
                            + " 2026-05-01"));
  }

  @Test
  void aListWithNoOne_isRefused() {
    assertThatThrownBy(
            () ->
                read(
                    "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00\"><INDIVIDUALS/>"
                        + "<ENTITIES/></CONSOLIDATED_LIST>"))
        .hasMessage("file: lists no INDIVIDUAL and no ENTITY");
  }

  static String sample() {
    try (InputStream sample =
        new ClassPathResource("sanctions/un-consolidated-list-sample.xml").getInputStream()) {
      return new String(sample.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static ConsolidatedList read(String xml) {
    return ConsolidatedListXml.read(stream(xml), MAX);
  }

  private static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
