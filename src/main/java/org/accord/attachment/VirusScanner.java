package org.accord.attachment;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.accord.attachment.AttachmentProperties.Clamav;
import org.springframework.stereotype.Component;

/**
 * The hook for a virus scanner: clamd's {@code INSTREAM} command over TCP when {@code
 * accord.attachments.clamav.host} is set, nothing otherwise. The file is sent as it is read, in the
 * chunks it is stored in, so it is never held whole; clamd's verdict comes after the last chunk.
 * Anything but a clean or infected verdict refuses the upload (ADR 0013).
 */
@Component
class VirusScanner {

  private static final Scan NONE =
      new Scan() {
        @Override
        public void write(byte[] chunk, int length) {}

        @Override
        public Optional<String> virus() {
          return Optional.empty();
        }

        @Override
        public void close() {}
      };

  private final Clamav clamav;

  VirusScanner(AttachmentProperties properties) {
    this.clamav = properties.clamav();
  }

  /** One file's scan; opened before the file is read, so an unreachable clamd costs no upload. */
  interface Scan extends AutoCloseable {

    void write(byte[] chunk, int length);

    /** The virus found, after the whole file was written; empty when clean. */
    Optional<String> virus();

    @Override
    void close();
  }

  Scan start() {
    return clamav.configured() ? new ClamdScan(clamav) : NONE;
  }

  private static final class ClamdScan implements Scan {

    private static final int MAX_REPLY = 1024;

    private final Clamav clamav;
    private final Socket socket;
    private final DataOutputStream out;

    ClamdScan(Clamav clamav) {
      this.clamav = clamav;
      this.socket = new Socket();
      try {
        socket.connect(
            new InetSocketAddress(clamav.host(), clamav.port()),
            (int) clamav.connectTimeout().toMillis());
        socket.setSoTimeout((int) clamav.readTimeout().toMillis());
        out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        // "z": the command and clamd's answer end with a NUL byte.
        out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
      } catch (IOException unreachable) {
        close();
        throw unavailable("cannot reach it", unreachable);
      }
    }

    @Override
    public void write(byte[] chunk, int length) {
      try {
        out.writeInt(length);
        out.write(chunk, 0, length);
      } catch (IOException failed) {
        throw unavailable("it stopped reading the file", failed);
      }
    }

    @Override
    public Optional<String> virus() {
      String reply;
      try {
        out.writeInt(0);
        out.flush();
        reply = reply(socket.getInputStream());
      } catch (IOException failed) {
        throw unavailable("it did not answer", failed);
      }
      // "stream: OK", "stream: Eicar-Signature FOUND", or an error such as a size limit.
      if (reply.equals("stream: OK")) {
        return Optional.empty();
      }
      if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
        return Optional.of(
            reply.substring("stream: ".length(), reply.length() - " FOUND".length()));
      }
      throw unavailable("it answered '" + reply + "'", null);
    }

    private static String reply(InputStream in) throws IOException {
      ByteArrayOutputStream reply = new ByteArrayOutputStream();
      for (int next = in.read(); next > 0 && reply.size() < MAX_REPLY; next = in.read()) {
        reply.write(next);
      }
      return reply.toString(StandardCharsets.US_ASCII).strip();
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // The verdict is in, or the upload is refused already: nothing more to do with clamd.
      }
    }

    private ScannerUnavailableException unavailable(String what, Exception cause) {
      return new ScannerUnavailableException(
          "The virus scanner (clamd at "
              + clamav.host()
              + ":"
              + clamav.port()
              + ") did not scan the file: "
              + what,
          cause);
    }
  }
}
