package org.accord.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.attachment.persistence.AttachmentMapper;
import org.accord.attachment.persistence.AttachmentMapper.Filter;
import org.accord.attachment.persistence.AttachmentMapper.NewAttachment;
import org.accord.attachment.persistence.LargeObjects;
import org.accord.security.CurrentUser;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments, as the signed-in user may see and add them: the use cases of the REST API and of the
 * partners' portal alike. An upload is one transaction: checked, read once in chunks (typed from
 * its first bytes, counted against the limit, hashed, scanned and written to its large object as it
 * goes), then recorded; anything refused or failing on the way leaves nothing.
 */
@Service
public class Attachments {

  private static final Logger log = LoggerFactory.getLogger(Attachments.class);

  private static final int CHUNK = 64 * 1024;
  private static final int MAX_DESCRIPTION = 2000;
  private static final int MAX_PAGE_SIZE = 200;

  // tika-core's detector, from the bytes only: the name is checked against what it finds.
  private final Tika tika = new Tika();

  private final AgreementService agreements;
  private final Subjects subjects;
  private final AttachmentMapper attachments;
  private final LargeObjects contents;
  private final VirusScanner scanner;
  private final AttachmentProperties properties;
  private final CurrentUser currentUser;
  private final Clock clock;

  Attachments(
      AgreementService agreements,
      Subjects subjects,
      AttachmentMapper attachments,
      LargeObjects contents,
      VirusScanner scanner,
      AttachmentProperties properties,
      CurrentUser currentUser,
      Clock clock) {
    this.agreements = agreements;
    this.subjects = subjects;
    this.attachments = attachments;
    this.contents = contents;
    this.scanner = scanner;
    this.properties = properties;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Stores the upload on the agreement (or the subject of it the upload names) as the signed-in
   * user: the agency's staff or the agreement's own partner, whose files are always shared.
   */
  @Transactional
  public Attachment store(String reference, Upload upload) {
    Agreement agreement = agreements.requireVisible(reference, currentUser::mayActFor);
    Target target = target(agreement, upload);
    String name = target.fileName();
    try (VirusScanner.Scan scan = scanner.start();
        LargeObjects.Writer content = contents.create()) {
      InputStream in = new BufferedInputStream(upload.content(), CHUNK);
      String contentType = AllowedFiles.contentType(name, typeOf(in));
      MessageDigest sha256 = sha256();
      long limit = properties.maxSize().toBytes();
      long size = 0;
      byte[] chunk = new byte[CHUNK];
      for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
        size += read;
        if (size > limit) {
          throw new FileTooLargeException(properties.maxSize());
        }
        sha256.update(chunk, 0, read);
        content.write(chunk, read);
        scan.write(chunk, read);
      }
      Optional<String> virus = scan.virus();
      if (virus.isPresent()) {
        log.warn("Refused {} for {}: infected with {}", name, reference, virus.get());
        throw AllowedFiles.refused("is infected: " + virus.get());
      }
      long id =
          attachments.insert(
              new NewAttachment(
                  agreement.id(),
                  target.subject(),
                  target.subjectNumber(),
                  target.type(),
                  target.visibility(),
                  target.description(),
                  name,
                  contentType,
                  size,
                  HexFormat.of().formatHex(sha256.digest()),
                  content.oid(),
                  currentUser.actor(),
                  OffsetDateTime.now(clock)));
      return require(id);
    } catch (IOException interrupted) {
      log.info("An upload to {} was not received whole: {}", reference, interrupted.getMessage());
      throw AllowedFiles.refused("was not received whole");
    }
  }

  /** The attachments of the agreement (or of one subject of it) the user may see, newest first. */
  @Transactional(readOnly = true)
  public AttachmentPage list(
      String reference, String subject, String subjectNumber, int page, int size) {
    Agreement agreement = agreements.requireVisible(reference, currentUser::mayActFor);
    Violations violations = new Violations();
    SubjectKind kind =
        subject == null || subject.isBlank()
            ? null
            : violations.requireOneOf("subject", subject, SubjectKind.class);
    Integer number = number(subjectNumber, violations);
    pageOf(page, size, violations);
    violations.throwIfAny();
    return page(new Filter(agreement.id(), kind, number), page, size);
  }

  /** Every attachment the user may see, newest first. */
  @Transactional(readOnly = true)
  public AttachmentPage listVisible(int page, int size) {
    Violations violations = new Violations();
    pageOf(page, size, violations);
    violations.throwIfAny();
    return page(new Filter(null, null, null), page, size);
  }

  /** The attachment, if the user may see it; any other does not exist for them (404). */
  @Transactional(readOnly = true)
  public Attachment require(long id) {
    return attachments
        .findVisible(id, Audience.of(currentUser))
        .orElseThrow(() -> new NotFoundException("No attachment " + id));
  }

  /** Writes the attachment's bytes, as stored, to {@code out}; the user must see it. */
  @Transactional(readOnly = true)
  public void copyContent(long id, OutputStream out) throws IOException {
    require(id);
    contents.copy(attachments.content(id), out);
  }

  private AttachmentPage page(Filter filter, int page, int size) {
    Audience audience = Audience.of(currentUser);
    return new AttachmentPage(
        attachments.count(filter, audience),
        page,
        size,
        attachments.findPage(filter, audience, (long) page * size, size));
  }

  private record Target(
      String fileName,
      SubjectKind subject,
      Integer subjectNumber,
      AttachmentType type,
      AttachmentVisibility visibility,
      String description) {}

  private Target target(Agreement agreement, Upload upload) {
    Violations violations = new Violations();
    String fileName = null;
    if (upload.content() == null) {
      violations.add(AllowedFiles.FIELD, "is required");
    } else {
      fileName = AllowedFiles.name(upload.fileName(), violations);
    }
    SubjectKind subject =
        upload.subject() == null || upload.subject().isBlank()
            ? SubjectKind.AGREEMENT
            : violations.requireOneOf("subject", upload.subject(), SubjectKind.class);
    Integer number = number(upload.subjectNumber(), violations);
    if (subject != null) {
      if (subject.numbered() && number == null) {
        violations.add("subjectNumber", "is required for a " + subject);
      } else if (!subject.numbered() && number != null) {
        violations.add("subjectNumber", "must be absent: a " + subject + " has no number");
      } else if (number != null && !subjects.exists(agreement, subject, number)) {
        violations.add(
            "subjectNumber", agreement.reference() + " has no " + subject + " " + number);
      }
    }
    AttachmentType type =
        upload.type() == null
            ? violations.requirePresent("type", null)
            : violations.requireOneOf("type", upload.type(), AttachmentType.class);
    AttachmentVisibility visibility = visibility(upload.visibility(), violations);
    String description = upload.description() == null ? null : upload.description().strip();
    if (description != null
        && description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
      violations.add("description", "must be at most " + MAX_DESCRIPTION + " characters");
    }
    violations.throwIfAny();
    return new Target(
        fileName,
        subject,
        number,
        type,
        visibility,
        description == null || description.isEmpty() ? null : description);
  }

  /** Staff say who reads the file; a partner's representatives share theirs with the agency. */
  private AttachmentVisibility visibility(String visibility, Violations violations) {
    boolean given = visibility != null && !visibility.isBlank();
    if (currentUser.isInternal()) {
      return given
          ? violations.requireOneOf("visibility", visibility, AttachmentVisibility.class)
          : violations.requirePresent("visibility", null);
    }
    if (given && !AttachmentVisibility.SHARED_WITH_PARTNER.name().equals(visibility)) {
      violations.add("visibility", "a partner's files are always SHARED_WITH_PARTNER");
    }
    return AttachmentVisibility.SHARED_WITH_PARTNER;
  }

  private static Integer number(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int number = Integer.parseInt(text.strip());
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // Named below with the rest.
    }
    violations.add("subjectNumber", "'" + text + "' is not a positive whole number");
    return null;
  }

  private static void pageOf(int page, int size, Violations violations) {
    violations.requirePage(page, size, MAX_PAGE_SIZE);
  }

  /** What the first bytes say the file is; the stream is left where it was. */
  private String typeOf(InputStream in) throws IOException {
    in.mark(1);
    if (in.read() < 0) {
      throw AllowedFiles.refused("is empty");
    }
    in.reset();
    return tika.detect(in);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
