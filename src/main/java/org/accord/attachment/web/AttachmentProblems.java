package org.accord.attachment.web;

import java.util.List;
import java.util.Map;
import org.accord.attachment.AttachmentProperties;
import org.accord.attachment.FileTooLargeException;
import org.accord.attachment.ScannerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The refusals of uploads that are not a field's wrong value: a file over the limit (413, naming
 * {@code file}, whether Tomcat's multipart limit or Accord's count stopped it), a body that ended
 * before its parts did (400, naming {@code file}), and a configured scanner that did not scan it
 * (503: nothing is stored unscanned).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AttachmentController.class)
class AttachmentProblems {

  private static final Logger log = LoggerFactory.getLogger(AttachmentProblems.class);

  private final String limit;

  AttachmentProblems(AttachmentProperties properties) {
    this.limit = "is larger than " + properties.maxSize().toMegabytes() + " MB";
  }

  @ExceptionHandler({FileTooLargeException.class, MaxUploadSizeExceededException.class})
  ProblemDetail tooLarge() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "file: " + limit);
    problem.setTitle("File too large");
    problem.setProperty("errors", List.of(Map.of("field", "file", "message", limit)));
    return problem;
  }

  /** The body ended before the parts did: the client went away, or sent a broken form. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail unreadable(MultipartException unreadable) {
    log.info("An upload was not received whole: {}", unreadable.getMessage());
    String message = "was not received whole";
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "file: " + message);
    problem.setTitle("Invalid input");
    problem.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
    return problem;
  }

  @ExceptionHandler(ScannerUnavailableException.class)
  ProblemDetail scannerUnavailable(ScannerUnavailableException unavailable) {
    log.error(unavailable.getMessage(), unavailable.getCause());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The virus scanner is not answering: the file was not stored. Try again later.");
    problem.setTitle("Virus scanner unavailable");
    return problem;
  }
}
