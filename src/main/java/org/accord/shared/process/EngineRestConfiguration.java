package org.accord.shared.process;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's engine-rest, with one change: input a process step refuses (a form validation failure
 * raised by a delegate or a listener) is answered 400 on every endpoint. Out of the box only task
 * completion and form submission do so; starting a process or correlating a message answered 500
 * for the same bad input.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuration =
        CamundaRestResources.getConfigurationClasses().stream()
            .filter(type -> type != RestExceptionHandler.class)
            .collect(Collectors.toSet());
    registerClasses(configuration);
    register(RefusedInputAwareRestExceptionHandler.class);
  }

  static class RefusedInputAwareRestExceptionHandler extends RestExceptionHandler {

    @Override
    public Response toResponse(RestException exception) {
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
      }
      return super.toResponse(exception);
    }

    private static Response answer(Response.Status status, String type, String message) {
      ExceptionDto body = new ExceptionDto();
      body.setType(type);
      body.setMessage(message);
      return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
