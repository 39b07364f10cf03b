package org.accord.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;
import java.util.Arrays;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Jersey gives engine-rest's resources and the webapps' engine API the one mapper, for requests
 * that name JSON, HAL or no type at all (as Camunda's resources ask), though Camunda's own resolver
 * is registered beside it.
 */
class CamundaJsonMapperTest {

  private static final ObjectMapper ONE = new CamundaJsonMapper().getContext(Object.class);

  @Test
  void theWebappsEngineApi_isGivenTheOneMapper() {
    assertGivenTheOneMapper(ResourceConfig.forApplication(new EngineRestApplication()));
  }

  @Test
  void engineRest_isGivenTheOneMapper() {
    ResourceConfig engineRest = new ResourceConfig();
    engineRest.registerClasses(CamundaRestResources.getConfigurationClasses());
    assertGivenTheOneMapper(engineRest);
  }

  private static void assertGivenTheOneMapper(ResourceConfig application) {
    // Jersey's Spring bridge, on the class path for engine-rest, wants a context to start with.
    try (AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext()) {
      application.property("contextConfig", spring);
      Providers providers =
          new ApplicationHandler(application).getInjectionManager().getInstance(Providers.class);
      for (MediaType type :
          Arrays.asList(
              null, MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf("application/hal+json"))) {
        assertThat(providers.getContextResolver(ObjectMapper.class, type).getContext(Object.class))
            .as("asked for %s", type)
            .isSameAs(ONE);
      }
    }
  }
}
