package org.accord.shared.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.shared.ConflictException;
import org.accord.shared.FieldViolation;
import org.accord.shared.ForbiddenException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures into RFC 9457 problem details for {@code /api}: the field at fault is named, and
 * no stack trace, SQL or class name reaches the client.
 */
@RestControllerAdvice(basePackages = "org.accord")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException invalid) {
    return invalid(invalid.violations());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException unreadable,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (unreadable.getCause() instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      String message =
          mapping instanceof InvalidFormatException format && format.getTargetType().isEnum()
              ? "'%s' is not one of %s"
                  .formatted(
                      format.getValue(), Arrays.toString(format.getTargetType().getEnumConstants()))
              : "has the wrong type or format";
      return ResponseEntity.badRequest()
          .body(invalid(List.of(new FieldViolation(path(mapping), message))));
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON");
    problem.setTitle("Malformed request");
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException mismatch,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field =
        mismatch instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : mismatch.getPropertyName();
    return ResponseEntity.badRequest()
        .body(
            invalid(
                List.of(
                    new FieldViolation(
                        field, "'" + mismatch.getValue() + "' is not a valid value"))));
  }

  /** Query parameters bound to a record: each one that does not convert is named. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException invalid,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            invalid(
                invalid.getFieldErrors().stream()
                    .map(
                        error ->
                            new FieldViolation(
                                error.getField(),
                                error.isBindingFailure()
                                    ? "'" + error.getRejectedValue() + "' is not a valid value"
                                    : error.getDefaultMessage()))
                    .toList()));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException notFound) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail duplicate(DuplicateKeyException duplicate) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT,
        "This already exists; it was created at the same time by another request");
  }

  /** A process step refused what a task was completed with; the engine rolled it back. */
  @ExceptionHandler(FormFieldValidationException.class)
  ProblemDetail refusedByProcess(FormFieldValidationException refused) {
    if (refused.getDetail() instanceof List<?> violations
        && violations.stream().allMatch(FieldViolation.class::isInstance)) {
      return invalid(violations.stream().map(FieldViolation.class::cast).toList());
    }
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
  }

  @ExceptionHandler(SuspendedEntityInteractionException.class)
  ProblemDetail suspended(SuspendedEntityInteractionException suspended) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT,
        "The agreement is suspended: its tasks wait until a manager resumes it");
  }

  @ExceptionHandler({ConflictException.class, OptimisticLockingException.class})
  ProblemDetail conflict(RuntimeException conflict) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT,
        conflict instanceof ConflictException
            ? conflict.getMessage()
            : "Someone else changed this at the same time; reload and try again");
  }

  @ExceptionHandler({AuthorizationException.class, ForbiddenException.class})
  ProblemDetail forbidden(RuntimeException denied) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.FORBIDDEN,
        denied instanceof ForbiddenException
            ? denied.getMessage()
            : "You are not allowed to do this");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception failure) {
    log.error("Unexpected failure in the API", failure);
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged");
  }

  private static ProblemDetail invalid(List<FieldViolation> violations) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")));
    problem.setTitle("Invalid input");
    problem.setProperty(
        "errors",
        violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
    return problem;
  }

  private static String path(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
