package org.accord.shared.process;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ParamException;
import org.springframework.stereotype.Component;

/**
 * Camunda's engine-rest, with its errors answered by one mapper: input the engine refuses is a 4xx
 * with a JSON message, whatever the endpoint (out of the box, a missing process instance, a
 * negative {@code firstResult} or a refused form on some endpoints answered 500); an entity the
 * user may not read answers as a missing one (404), so that 403 and 404 tell nothing of what
 * exists; and a refusal names neither users nor other people's ids.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  private static final Set<Class<?>> REPLACED_MAPPERS =
      Set.of(
          RestExceptionHandler.class,
          ProcessEngineExceptionHandler.class,
          ExceptionHandler.class,
          JsonMappingExceptionHandler.class,
          JsonParseExceptionHandler.class);

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(
        CamundaRestResources.getConfigurationClasses().stream()
            .filter(type -> !REPLACED_MAPPERS.contains(type))
            .collect(Collectors.toSet()));
    register(EngineRestErrors.class);
    register(UnreadableJson.class);
    register(UnmappableJson.class);
  }

  /** Before Jersey's own Jackson mappers, which answer with Jackson's message as plain text. */
  @Priority(1)
  static class UnreadableJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return new EngineRestErrors().toResponse(exception);
    }
  }

  @Priority(1)
  static class UnmappableJson implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return new EngineRestErrors().toResponse(exception);
    }
  }

  static class EngineRestErrors implements ExceptionMapper<Throwable> {

    static final String NOT_FOUND = "Not found, or not visible to you";
    private static final Pattern CLASS_NAME =
        Pattern.compile("(?:[a-z]\\w*\\.)+\\w+(?:Exception|Error): ");

    @Override
    public Response toResponse(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException refused) {
          return answer(
              Response.Status.BAD_REQUEST, "InvalidRequestException", refused.getMessage());
        }
        // ENGINE-17007: a Java-serialized variable, which this engine never deserializes.
        if (cause instanceof ProcessEngineException engine
            && engine.getMessage() != null
            && engine.getMessage().contains("ENGINE-17007")) {
          return answer(
              Response.Status.BAD_REQUEST,
              "InvalidRequestException",
              "Java-serialized variables are not accepted; send JSON (serializationDataFormat"
                  + " application/json)");
        }
        if (cause instanceof SuspendedEntityInteractionException) {
          return answer(
              Response.Status.CONFLICT,
              "SuspendedEntityInteractionException",
              "The agreement is suspended: its tasks wait until a manager resumes it");
        }
        if (cause instanceof AuthorizationException denied) {
          return refused(denied);
        }
        // The engine's "task 42 doesn't exist": the same answer as for an entity one may not read.
        if (cause instanceof NullValueException missing
            && missing.getMessage() != null
            && missing.getMessage().contains("doesn't exist")) {
          return answer(Response.Status.NOT_FOUND, "InvalidRequestException", NOT_FOUND);
        }
        if (cause instanceof OptimisticLockingException) {
          return answer(
              Response.Status.CONFLICT,
              "OptimisticLockingException",
              "Someone else changed this at the same time; read it again and retry");
        }
        if (cause instanceof ParamException parameter) {
          return answer(
              Response.Status.BAD_REQUEST,
              "InvalidRequestException",
              "Query parameter '" + parameter.getParameterName() + "' has an invalid value");
        }
        if (cause instanceof JsonProcessingException unreadable) {
          return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", unread(unreadable));
        }
        // A value the database refuses (SQL state class 22, data exception): a negative offset, a
        // number out of range. The database's own message stays in the log.
        if (cause instanceof SQLException sql
            && sql.getSQLState() != null
            && sql.getSQLState().startsWith("22")) {
          return answer(
              Response.Status.BAD_REQUEST,
              "InvalidRequestException",
              "A value of the request is out of range (firstResult and maxResults must not be"
                  + " negative)");
        }
      }
      Response camundas = ExceptionHandlerHelper.getInstance().getResponse(exception);
      // Some of Camunda's messages start with an exception's class name ("org.camunda...: ").
      if (camundas.getEntity() instanceof ExceptionDto body && body.getMessage() != null) {
        body.setMessage(CLASS_NAME.matcher(body.getMessage()).replaceAll(""));
      }
      return camundas;
    }

    /**
     * Lacking only the permission to read one entity is answered as if it did not exist. Other
     * refusals say which permission was missing, without the user's or the resource's id: the
     * resource may be someone else's process instance.
     */
    private static Response refused(AuthorizationException denied) {
      var missing = denied.getMissingAuthorizations();
      if (missing.isEmpty()) {
        return answer(Response.Status.FORBIDDEN, "AuthorizationException", denied.getMessage());
      }
      boolean readOnly =
          missing.stream()
              .allMatch(
                  authorization ->
                      authorization.getViolatedPermissionName().startsWith("READ")
                          && !"*".equals(authorization.getResourceId()));
      if (readOnly) {
        return answer(Response.Status.NOT_FOUND, "InvalidRequestException", NOT_FOUND);
      }
      return answer(
          Response.Status.FORBIDDEN,
          "AuthorizationException",
          "Not permitted: needs "
              + missing.stream()
                  .map(
                      authorization ->
                          "'"
                              + authorization.getViolatedPermissionName()
                              + "' on the "
                              + authorization.getResourceType())
                  .collect(Collectors.joining(" or ")));
    }

    /** Names the body's field where Jackson knows it, never Jackson's message (class names). */
    private static String unread(JsonProcessingException unreadable) {
      if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        String field =
            mapping.getPath().stream()
                .map(
                    reference ->
                        reference.getFieldName() != null
                            ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return "The request body's field '" + field + "' has an invalid value";
      }
      return "The request body is not JSON this endpoint reads";
    }

    private static Response answer(Response.Status status, String type, String message) {
      ExceptionDto body = new ExceptionDto();
      body.setType(type);
      body.setMessage(message);
      return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
