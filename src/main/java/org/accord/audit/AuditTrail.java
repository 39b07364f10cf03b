package org.accord.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.audit.persistence.AuditMapper;
import org.accord.security.CurrentUser;
import org.accord.shared.Csv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes in the audit trail, in the transaction of the change, and reads the trail back.
 * Decisions and status changes of agreements are kept where they are recorded already and read into
 * the trail as they are.
 */
@Service
public class AuditTrail {

  private static final List<String> HEADER =
      List.of(
          "occurred_at",
          "actor",
          "acting_for",
          "subject_type",
          "subject_id",
          "agreement",
          "action",
          "before",
          "after");

  private final AuditMapper audit;
  private final CurrentUser currentUser;
  private final ObjectMapper json;
  private final Clock clock;

  // Lazy: the engine's history handler records through this service while the engine is built.
  AuditTrail(AuditMapper audit, CurrentUser currentUser, ObjectMapper json, Clock clock) {
    this.audit = audit;
    this.currentUser = currentUser;
    this.json = json;
    this.clock = clock;
  }

  /** A change made by the authenticated user (or by Accord itself, {@link CurrentUser#SYSTEM}). */
  public void record(
      String subjectType,
      String subjectId,
      String agreement,
      String action,
      Object before,
      Object after) {
    recordAs(currentUser.actor(), subjectType, subjectId, agreement, action, before, after);
  }

  /** A change whose author is known otherwise, such as a request made through Accord's API. */
  public void recordAs(
      String actor,
      String subjectType,
      String subjectId,
      String agreement,
      String action,
      Object before,
      Object after) {
    audit.insert(
        new AuditEntry(
            OffsetDateTime.now(clock),
            actor,
            null,
            subjectType,
            subjectId,
            agreement,
            action,
            asJson(before),
            asJson(after)));
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> find(AuditFilter filter, int page, int size) {
    return audit.find(filter, page * size, size);
  }

  /** The whole filtered trail as CSV, written as it is read. */
  @Transactional(readOnly = true)
  public void export(AuditFilter filter, OutputStream out) throws IOException {
    Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Csv.start(csv);
    Csv.line(csv, HEADER);
    try {
      audit.stream(
          filter,
          row -> {
            AuditEntry entry = row.getResultObject();
            Csv.line(
                csv,
                java.util.Arrays.asList(
                    entry.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toString(),
                    entry.actor(),
                    entry.actingFor(),
                    entry.subjectType(),
                    entry.subjectId(),
                    entry.agreement(),
                    entry.action(),
                    entry.before(),
                    entry.after()));
          });
    } catch (UncheckedIOException clientGone) {
      throw clientGone.getCause();
    }
    csv.flush();
  }

  private String asJson(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalArgumentException("Not writable as JSON: " + value.getClass(), unwritable);
    }
  }
}
