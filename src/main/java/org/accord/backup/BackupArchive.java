package org.accord.backup;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The file a backup is: a zip of PostgreSQL's folder under {@code postgres/}, closed by a {@code
 * MANIFEST} that lists each file's SHA-256, size and path ({@code sha256sum}'s layout with the size
 * inserted), and a sidecar {@code <name>.sha256} with the whole file's SHA-256 in {@code sha256sum
 * -c}'s format. Both are plain text, checkable by hand with standard tools.
 */
final class BackupArchive {

  static final String MANIFEST = "MANIFEST";
  static final String DATA = "postgres/";
  static final String SIDECAR = ".sha256";
  private static final int BUFFER = 1 << 16;

  private BackupArchive() {}

  static Path sidecarOf(Path archive) {
    return archive.resolveSibling(archive.getFileName() + SIDECAR);
  }

  /** What a manifest says: its header lines and each file's hash and size. */
  record Manifest(Map<String, String> header, Map<String, Entry> files) {
    record Entry(String sha256, long size) {}

    String header(String key) {
      return header.getOrDefault(key, "");
    }
  }

  /** Writes an archive to a stream; {@link #finish} adds the manifest and returns its SHA-256. */
  static final class Writer implements AutoCloseable {

    private final DigestOutputStream whole;
    private final ZipOutputStream zip;
    private final Map<String, Manifest.Entry> files = new LinkedHashMap<>();
    private final byte[] buffer = new byte[BUFFER];
    private long written;

    Writer(OutputStream out) {
      this.whole = new DigestOutputStream(out, sha256());
      this.zip = new ZipOutputStream(whole);
      // Data files compress to a fraction at the fastest level; more effort buys little.
      zip.setLevel(Deflater.BEST_SPEED);
    }

    void directory(String path) throws IOException {
      zip.putNextEntry(new ZipEntry(DATA + path + "/"));
      zip.closeEntry();
    }

    /**
     * Copies a file as it is read now. PostgreSQL may be writing it: the WAL in the backup repairs
     * any page read half-written. A file gone meanwhile (a table dropped) is left out, as
     * PostgreSQL's own base backup does; returns whether it was there.
     */
    boolean file(String path, Path source) throws IOException {
      InputStream in;
      try {
        in = Files.newInputStream(source);
      } catch (NoSuchFileException gone) {
        return false;
      }
      try (in) {
        zip.putNextEntry(new ZipEntry(DATA + path));
        MessageDigest digest = sha256();
        long size = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
          zip.write(buffer, 0, read);
          digest.update(buffer, 0, read);
          size += read;
        }
        zip.closeEntry();
        files.put(path, new Manifest.Entry(hex(digest.digest()), size));
        written += size;
        return true;
      }
    }

    void file(String path, byte[] content) throws IOException {
      zip.putNextEntry(new ZipEntry(DATA + path));
      zip.write(content);
      zip.closeEntry();
      files.put(path, new Manifest.Entry(hex(sha256().digest(content)), content.length));
      written += content.length;
    }

    /** Bytes of PostgreSQL's files read so far. */
    long written() {
      return written;
    }

    String finish(Map<String, String> header) throws IOException {
      StringBuilder manifest = new StringBuilder("# Accord backup of the embedded PostgreSQL\n");
      header.forEach(
          (key, value) ->
              manifest.append("# ").append(key).append(": ").append(value).append('\n'));
      files.forEach(
          (path, entry) ->
              manifest
                  .append(entry.sha256())
                  .append(' ')
                  .append(entry.size())
                  .append(' ')
                  .append(path)
                  .append('\n'));
      zip.putNextEntry(new ZipEntry(MANIFEST));
      zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      zip.flush();
      return hex(whole.getMessageDigest().digest());
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }

  /**
   * Reads the whole archive back, without writing anything: its SHA-256 must be the sidecar's, and
   * every file the manifest lists must be there with its hash and size, and no other.
   */
  static Manifest verify(Path archive) {
    String expected = sidecarHash(archive);
    return read(archive, expected, null);
  }

  /** Verifies against a known hash (the one just computed while writing). */
  static Manifest verify(Path archive, String expectedSha256) {
    return read(archive, expectedSha256, null);
  }

  /**
   * Extracts a verified archive into an empty folder, PostgreSQL's permissions on everything (owner
   * only), checking every file against the manifest once more as it is written.
   */
  static void extract(Path archive, String expectedSha256, Path target) {
    read(archive, expectedSha256, target);
  }

  static String sidecarHash(Path archive) {
    Path sidecar = sidecarOf(archive);
    try {
      String line = Files.readString(sidecar, StandardCharsets.UTF_8).strip();
      String hash = line.split("\\s+", 2)[0];
      if (!hash.matches("[0-9a-f]{64}")) {
        throw refused(archive, sidecar.getFileName() + " holds no SHA-256");
      }
      return hash;
    } catch (NoSuchFileException none) {
      throw refused(archive, "its checksum file " + sidecar.getFileName() + " is missing");
    } catch (IOException unreadable) {
      throw refused(archive, "its checksum file cannot be read (" + unreadable.getMessage() + ")");
    }
  }

  private static Manifest read(Path archive, String expectedSha256, Path target) {
    if (!Files.isRegularFile(archive)) {
      throw new BackupInvalidException("No backup at " + archive);
    }
    Map<String, Manifest.Entry> found = new LinkedHashMap<>();
    String manifestText = null;
    byte[] buffer = new byte[BUFFER];
    MessageDigest whole = sha256();
    try (InputStream file =
            new DigestInputStream(new BufferedInputStream(Files.newInputStream(archive)), whole);
        ZipInputStream zip = new ZipInputStream(file)) {
      if (target != null) {
        Files.createDirectories(target);
        ownerOnly(target, true);
      }
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        String name = entry.getName();
        if (name.equals(MANIFEST)) {
          manifestText = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          continue;
        }
        if (!name.startsWith(DATA) || name.contains("..") || name.contains("\\")) {
          throw refused(archive, "it holds an entry outside PostgreSQL's folder: " + name);
        }
        String path = name.substring(DATA.length());
        if (entry.isDirectory()) {
          if (target != null && !path.isEmpty()) {
            Path dir = Files.createDirectories(target.resolve(path));
            ownerOnly(dir, true);
          }
          continue;
        }
        OutputStream out = OutputStream.nullOutputStream();
        if (target != null) {
          Path file1 = target.resolve(path);
          Files.createDirectories(file1.getParent());
          out = Files.newOutputStream(file1);
        }
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream copy = out) {
          for (int read; (read = zip.read(buffer)) > 0; ) {
            digest.update(buffer, 0, read);
            copy.write(buffer, 0, read);
            size += read;
          }
        }
        if (target != null) {
          ownerOnly(target.resolve(path), false);
        }
        found.put(path, new Manifest.Entry(hex(digest.digest()), size));
      }
      // The central directory after the entries counts in the file's hash too.
      file.transferTo(OutputStream.nullOutputStream());
    } catch (ZipException | EOFException damaged) {
      throw refused(archive, "it is truncated or damaged (" + damaged.getMessage() + ")");
    } catch (IOException unreadable) {
      throw new BackupInvalidException(
          "Could not read " + archive + ": " + unreadable.getMessage(), unreadable);
    }
    String actual = hex(whole.digest());
    if (!actual.equals(expectedSha256)) {
      throw refused(
          archive,
          "its SHA-256 is "
              + actual
              + " where "
              + expectedSha256
              + " was recorded: it was truncated or altered");
    }
    if (manifestText == null) {
      throw refused(archive, "it has no MANIFEST: it is incomplete");
    }
    Manifest manifest = parse(archive, manifestText);
    for (var listed : manifest.files().entrySet()) {
      Manifest.Entry there = found.get(listed.getKey());
      if (there == null) {
        throw refused(archive, "the manifest lists " + listed.getKey() + ", which is not in it");
      }
      if (!there.equals(listed.getValue())) {
        throw refused(
            archive,
            listed.getKey() + " is not the file the manifest lists (hash or size differs)");
      }
    }
    for (String path : found.keySet()) {
      if (!manifest.files().containsKey(path)) {
        throw refused(archive, "it holds " + path + ", which the manifest does not list");
      }
    }
    for (String required : List.of("PG_VERSION", "backup_label", "global/pg_control")) {
      if (!found.containsKey(required)) {
        throw refused(archive, "it has no " + required + ": it is not a base backup");
      }
    }
    return manifest;
  }

  private static Manifest parse(Path archive, String text) {
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, Manifest.Entry> files = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("# ")) {
        int colon = line.indexOf(": ");
        if (colon > 0) {
          header.put(line.substring(2, colon), line.substring(colon + 2));
        }
        continue;
      }
      String[] fields = line.split(" ", 3);
      if (fields.length != 3 || !fields[0].matches("[0-9a-f]{64}") || !fields[1].matches("\\d+")) {
        throw refused(archive, "its MANIFEST has a line it cannot read: " + line);
      }
      files.put(fields[2], new Manifest.Entry(fields[0], Long.parseLong(fields[1])));
    }
    return new Manifest(header, files);
  }

  private static void ownerOnly(Path path, boolean directory) throws IOException {
    // PostgreSQL refuses to start on a folder others may read.
    Files.setPosixFilePermissions(
        path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
  }

  private static BackupInvalidException refused(Path archive, String why) {
    return new BackupInvalidException(
        archive.getFileName() + " is not a whole Accord backup: " + why);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
