package org.accord.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.accord.agreement.AgreementService;
import org.accord.attachment.AttachmentProperties.Clamav;
import org.accord.attachment.persistence.AttachmentMapper;
import org.accord.attachment.persistence.LargeObjects;
import org.accord.conceptnote.ConceptNotes;
import org.accord.security.CurrentUser;
import org.accord.shared.InvalidInputException;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Uploads through a real clamd (Debian's {@code clamav-daemon}), started here on a loopback port
 * with a database of one signature of our own for the EICAR test string (the official signatures
 * cannot be downloaded here). Skipped, saying why, where clamd is not installed. The application's
 * own context has no scanner; these tests build the upload service with one, on the same database.
 */
@AccordIntegrationTest
class ClamdScanIntegrationTest {

  // The EICAR anti-virus test file: harmless, and recognized as "infected" by design.
  private static final String EICAR =
      "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

  private static final Path CLAMD = Path.of("/usr/sbin/clamd");

  @TempDir static Path folder;
  private static Process clamd;
  private static int port;

  @Autowired Api api;
  @Autowired AgreementService agreements;

  @Autowired ConceptNotes conceptNotes;
  @Autowired Subjects subjects;
  @Autowired AttachmentMapper mapper;
  @Autowired LargeObjects contents;
  @Autowired CurrentUser currentUser;
  @Autowired Clock clock;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired VirusScanner applicationScanner;

  @BeforeAll
  static void startClamd() throws Exception {
    if (!Files.isExecutable(CLAMD)) {
      return;
    }
    Path database = Files.createDirectories(folder.resolve("db"));
    Files.writeString(
        database.resolve("accord-test.ndb"),
        "Accord.Test.EICAR:0:*:"
            + HexFormat.of().formatHex(EICAR.getBytes(StandardCharsets.US_ASCII))
            + "\n");
    port = freePort();
    Path config = folder.resolve("clamd.conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "Foreground yes",
            "TCPAddr 127.0.0.1",
            "TCPSocket " + port,
            "DatabaseDirectory " + database,
            "LogFile " + folder.resolve("clamd.log"),
            "StreamMaxLength 30M",
            ""));
    clamd =
        new ProcessBuilder(CLAMD.toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("clamd.out").toFile())
            .start();
    Awaitility.await("clamd listening on " + port)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> clamd.isAlive() && accepts(port));
  }

  @AfterAll
  static void stopClamd() throws InterruptedException {
    if (clamd != null) {
      clamd.destroy();
      if (!clamd.waitFor(10, TimeUnit.SECONDS)) {
        clamd.destroyForcibly();
      }
    }
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theEicarTestString_isRefusedNamingTheFileAndTheVirus_andNothingIsStored() {
    requireClamd();
    String reference = api.propose("GSMA", "81000.00");
    long before = stored();

    assertThatThrownBy(() -> store(scanningOn(port), reference, "letter.txt", EICAR))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file: is infected: Accord.Test.EICAR.UNOFFICIAL");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aCleanFile_isScannedAndStored() {
    requireClamd();
    String reference = api.propose("GSMA", "82000.00");

    Attachment stored =
        store(scanningOn(port), reference, "letter.txt", "Dear partner,\n".repeat(20_000));

    assertThat(stored.sizeBytes()).isEqualTo(14L * 20_000);
  }

  @Test
  void aVirusScannerConfiguredButNotListening_refusesTheUpload_ratherThanStoreItUnscanned()
      throws Exception {
    String reference = api.propose("GSMA", "83000.00");
    int nobody = freePort();
    long before = stored();

    assertThatThrownBy(() -> store(scanningOn(nobody), reference, "letter.txt", "Dear partner"))
        .isInstanceOf(ScannerUnavailableException.class)
        .hasMessageContaining("127.0.0.1:" + nobody);
    assertThat(stored()).isEqualTo(before);
  }

  /**
   * Through the API, with the application's scanner pointed at this clamd for the test (the shared
   * context has none, and another would start a second engine): 400 naming the file and the virus.
   */
  @Test
  void overTheApi_anInfectedUpload_isRefusedNamingTheFileAndTheVirus() {
    requireClamd();
    String reference = api.propose("GSMA", "84000.00");
    long before = stored();

    ResponseEntity<Map<String, Object>> refused =
        withApplicationScannerOn(port, () -> uploadOverTheApi(reference, EICAR));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody())
        .containsEntry("detail", "file: is infected: Accord.Test.EICAR.UNOFFICIAL");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void overTheApi_aScannerNotAnswering_is503_andNothingStored() throws Exception {
    String reference = api.propose("GSMA", "85000.00");
    int nobody = freePort();
    long before = stored();

    ResponseEntity<Map<String, Object>> refused =
        withApplicationScannerOn(nobody, () -> uploadOverTheApi(reference, "Dear partner"));

    assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(503);
    assertThat(refused.getBody()).containsEntry("title", "Virus scanner unavailable");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void withoutAScannerConfigured_nothingIsScanned() {
    VirusScanner.Scan scan =
        new VirusScanner(properties(new Clamav(null, 3310, null, null))).start();

    scan.write(EICAR.getBytes(StandardCharsets.US_ASCII), EICAR.length());

    assertThat(scan.virus()).isEqualTo(Optional.empty());
  }

  private Attachment store(
      VirusScanner scanner, String reference, String fileName, String content) {
    Attachments attachments =
        new Attachments(
            agreements,
            conceptNotes,
            subjects,
            mapper,
            contents,
            scanner,
            properties(null),
            currentUser,
            clock);
    identityService.setAuthentication("officer", List.of("partnership-officers"));
    return transaction.execute(
        status ->
            attachments.store(
                reference,
                new Upload(
                    null,
                    null,
                    "CORRESPONDENCE",
                    "AGENCY_ONLY",
                    null,
                    fileName,
                    new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))));
  }

  private ResponseEntity<Map<String, Object>> uploadOverTheApi(String reference, String content) {
    return api.upload(
        "officer",
        "/api/agreements/" + reference + "/attachments",
        "letter.txt",
        content.getBytes(StandardCharsets.UTF_8),
        Map.of("type", "CORRESPONDENCE", "visibility", "AGENCY_ONLY"));
  }

  private <T> T withApplicationScannerOn(int port, Supplier<T> action) {
    Object configured = ReflectionTestUtils.getField(applicationScanner, "clamav");
    ReflectionTestUtils.setField(
        applicationScanner,
        "clamav",
        new Clamav("127.0.0.1", port, Duration.ofSeconds(2), Duration.ofSeconds(30)));
    try {
      return action.get();
    } finally {
      ReflectionTestUtils.setField(applicationScanner, "clamav", configured);
    }
  }

  private static VirusScanner scanningOn(int port) {
    return new VirusScanner(
        properties(new Clamav("127.0.0.1", port, Duration.ofSeconds(2), Duration.ofSeconds(30))));
  }

  private static AttachmentProperties properties(Clamav clamav) {
    return new AttachmentProperties(DataSize.ofMegabytes(20), clamav);
  }

  private long stored() {
    return jdbc.queryForObject("select count(*) from accord.attachment", Long.class)
        + jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class);
  }

  private static void requireClamd() {
    assumeTrue(
        clamd != null,
        "clamd is not installed (" + CLAMD + "; apt-get install clamav-daemon): not tested here");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }
}
