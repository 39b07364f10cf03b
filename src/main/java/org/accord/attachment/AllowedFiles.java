package org.accord.attachment;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Violations;

/**
 * The allow-list of uploads, by the extension of the file's name: each extension, the content type
 * it is kept and served as, and what Tika may read from bytes of that kind. tika-core recognizes
 * the containers of office documents (OLE2, Office Open XML) but not which application's they are;
 * the name says that, once the bytes are shown to be that container. Nothing else is accepted: an
 * executable named {@code .pdf} is read as an executable, and a bare ZIP named {@code .docx} as a
 * ZIP.
 */
final class AllowedFiles {

  static final String FIELD = "file";

  private static final String OLE2 = "application/x-tika-msoffice";
  private static final String OOXML = "application/x-tika-ooxml";
  private static final String TEXT = "text/plain";

  private record Allowed(String contentType, Set<String> readFromBytes) {}

  private static final Map<String, Allowed> BY_EXTENSION =
      Map.ofEntries(
          entry("pdf", same("application/pdf")),
          entry("doc", new Allowed("application/msword", Set.of(OLE2, "application/msword"))),
          entry("xls", new Allowed("application/vnd.ms-excel", Set.of(OLE2))),
          entry("ppt", new Allowed("application/vnd.ms-powerpoint", Set.of(OLE2))),
          entry(
              "docx",
              new Allowed(
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  Set.of(OOXML))),
          entry(
              "xlsx",
              new Allowed(
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  Set.of(OOXML))),
          entry(
              "pptx",
              new Allowed(
                  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                  Set.of(OOXML))),
          entry("odt", same("application/vnd.oasis.opendocument.text")),
          entry("ods", same("application/vnd.oasis.opendocument.spreadsheet")),
          entry("png", same("image/png")),
          entry("jpg", same("image/jpeg")),
          entry("jpeg", same("image/jpeg")),
          entry("gif", same("image/gif")),
          entry("webp", same("image/webp")),
          entry("tif", same("image/tiff")),
          entry("tiff", same("image/tiff")),
          entry("csv", new Allowed("text/csv", Set.of(TEXT))),
          entry("txt", same(TEXT)));

  // A name is a name: no folder of the client's (either separator), no drive, no control
  // characters.
  private static final Pattern NOT_A_NAME = Pattern.compile("[/\\\\:\\p{Cntrl}]");

  private static final int MAX_NAME_LENGTH = 255;

  private AllowedFiles() {}

  /** The file's name as kept, or null with the violation: a bare name with an allowed extension. */
  static String name(String fileName, Violations violations) {
    if (fileName == null || fileName.isBlank()) {
      violations.add(FIELD, "must have a name");
      return null;
    }
    String name = fileName.strip();
    if (NOT_A_NAME.matcher(name).find() || name.equals(".") || name.equals("..")) {
      violations.add(FIELD, "'" + name + "' must be a file's name, without a path");
    } else if (name.length() > MAX_NAME_LENGTH) {
      violations.add(FIELD, "its name must be at most " + MAX_NAME_LENGTH + " characters");
    } else if (!BY_EXTENSION.containsKey(extension(name))) {
      violations.add(
          FIELD,
          "'" + name + "' is not a type accepted: PDF, office documents, images, CSV or text");
    } else {
      return name;
    }
    return null;
  }

  /**
   * The content type the file is kept as, given what Tika read from its bytes; refused when the
   * bytes are not what the name says.
   */
  static String contentType(String name, String readFromBytes) {
    Allowed allowed = BY_EXTENSION.get(extension(name));
    if (!allowed.readFromBytes().contains(readFromBytes)) {
      throw refused("its content is " + readFromBytes + ", not what the name '" + name + "' says");
    }
    return allowed.contentType();
  }

  static InvalidInputException refused(String message) {
    return new InvalidInputException(FIELD, message);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static Allowed same(String contentType) {
    return new Allowed(contentType, Set.of(contentType));
  }
}
