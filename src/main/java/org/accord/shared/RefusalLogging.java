package org.accord.shared;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A user's refused input or missing permission is not an error of the system: where the engine logs
 * it as one, with a stack trace (ENGINE-16004, for every invalid form), Accord logs one line at
 * INFO instead. Every other exception the engine logs stays as it is, in full.
 */
@Component
class RefusalLogging extends TurboFilter {

  private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

  private static final List<Class<? extends Throwable>> REFUSALS =
      List.of(
          FormFieldValidationException.class,
          AuthorizationException.class,
          BadUserRequestException.class,
          NullValueException.class,
          SuspendedEntityInteractionException.class,
          TaskAlreadyClaimedException.class);

  private static final org.slf4j.Logger log = LoggerFactory.getLogger("org.accord.refused");

  @PostConstruct
  void install() {
    setContext(context());
    start();
    context().addTurboFilter(this);
  }

  @PreDestroy
  void uninstall() {
    context().getTurboFilterList().remove(this);
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT.equals(logger.getName()) || level != Level.ERROR) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t : lastThrowable(params);
    if (thrown == null || REFUSALS.stream().noneMatch(type -> type.isInstance(thrown))) {
      return FilterReply.NEUTRAL;
    }
    log.info("Refused: {}", thrown.getMessage());
    return FilterReply.DENY;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t
        ? t
        : null;
  }

  private static LoggerContext context() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }
}
