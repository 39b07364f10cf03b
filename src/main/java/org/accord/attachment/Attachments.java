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
import org.accord.conceptnote.ConceptNotes;
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
  private final ConceptNotes conceptNotes;
  private final Subjects subjects;
  private final AttachmentMapper attachments;
  private final LargeObjects contents;
  private final VirusScanner scanner;
  private final AttachmentProperties properties;
  private final CurrentUser currentUser;
  private final Clock clock;

  Attachments(
      AgreementService agreements,
      ConceptNotes conceptNotes,
      Subjects subjects,
      AttachmentMapper attachments,
      LargeObjects contents,
      VirusScanner scanner,
      AttachmentProperties properties,
      CurrentUser currentUser,
      Clock clock) {
    this.agreements = agreements;
    this.conceptNotes = conceptNotes;
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
    return store(reference, agreement.id(), null, target(agreement, upload), upload);
  }

  /**
   * Stores the upload on the concept note as the signed-in user: the agency's staff or the member
   * who submitted it, whose files are always shared. Another partner's note is not found (404).
   */
  @Transactional
  public Attachment storeOnConceptNote(long conceptNote, Upload upload) {
    conceptNotes.visible(conceptNote);
    return store("concept note " + conceptNote, null, conceptNote, target(null, upload), upload);
  }

  private Attachment store(
      String owner, Long agreementId, Long conceptNoteId, Target target, Upload upload) {
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
        log.warn("Refused {} for {}: infected with {}", name, owner, virus.get());
        throw AllowedFiles.refused("is infected: " + virus.get());
      }
      long id =
          attachments.insert(
              new NewAttachment(
                  agreementId,
                  conceptNoteId,
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
      log.info("An upload to {} was not received whole: {}", owner, interrupted.getMessage());
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
    return page(new Filter(agreement.id(), null, kind, number), page, size);
  }

  /** The attachments of the concept note the user may see, newest first. */
  @Transactional(readOnly = true)
  public AttachmentPage listOfConceptNote(long conceptNote, int page, int size) {
    conceptNotes.visible(conceptNote);
    Violations violations = new Violations();
    pageOf(page, size, violations);
    violations.throwIfAny();
    return page(new Filter(null, conceptNote, null, null), page, size);
  }

  /** Every attachment the user may see, newest first. */
  @Transactional(readOnly = true)
  public AttachmentPage listVisible(int page, int size) {
    Violations violations = new Violations();
    pageOf(page, size, violations);
    violations.throwIfAny();
    return page(new Filter(null, null, null, null), page, size);
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
    SubjectKind subject = subject(agreement, upload.subject(), violations);
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

  /**
   * What on the owner the file is attached to: an agreement's upload names one of its subjects (the
   * agreement itself when it names none); a concept note's is the note's.
   */
  private static SubjectKind subject(Agreement agreement, String named, Violations violations) {
    boolean given = named != null && !named.isBlank();
    if (agreement == null) {
      if (given && !SubjectKind.CONCEPT_NOTE.name().equals(named.strip())) {
        violations.add("subject", "must be absent or CONCEPT_NOTE on a concept note");
      }
      return SubjectKind.CONCEPT_NOTE;
    }
    SubjectKind subject =
        given
            ? violations.requireOneOf("subject", named, SubjectKind.class)
            : SubjectKind.AGREEMENT;
    if (subject == SubjectKind.CONCEPT_NOTE) {
      violations.add(
          "subject", "a concept note's files go to POST /api/concept-notes/{id}/attachments");
      return null;
    }
    return subject;
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
