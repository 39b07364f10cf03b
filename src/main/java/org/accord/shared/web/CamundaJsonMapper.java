package org.accord.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ContextResolver;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * The JSON mapping of Camunda's engine-rest and of the webapps' engine API, made once. Camunda's
 * own resolver ({@link JacksonConfigurator}) makes a new {@link ObjectMapper} each time one is
 * asked for, which engine-rest's resources do on every request: each of Tasklist's pages read the
 * filter's query with an empty mapper, and paid Jackson's introspection of Camunda's query DTO
 * again (12 % of the first page's time in a JFR profile, issue 22). This mapper is configured by
 * Camunda's own method when the first request asks for it, after anything that sets Camunda's date
 * format at start-up; so configured, it is safe to share between threads (Jackson copies the date
 * format for each use).
 *
 * <p>Jersey asks the resolvers of the requested media type first, and of those the one of the
 * lowest priority: so this one answers for the types Camunda's answers for, and for requests that
 * name no type (Camunda's resources ask so), where Camunda's is not asked at all.
 */
@Produces({"application/json", "application/hal+json", "*/*"})
@Priority(1)
public final class CamundaJsonMapper implements ContextResolver<ObjectMapper> {

  private static final class Made {
    private static final ObjectMapper ONCE =
        JacksonConfigurator.configureObjectMapper(new ObjectMapper());
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return Made.ONCE;
  }

  /**
   * Registers the mapper in every Jersey application, the webapps' among them, whose classes
   * Camunda's webapp initializer fixes (named in {@code META-INF/services}).
   */
  public static final class InEveryJerseyApplication implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(CamundaJsonMapper.class)) {
        context.register(CamundaJsonMapper.class);
      }
    }
  }
}
