package org.accord.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of Accord's own API, at {@code /api/openapi}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI accordApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Accord API")
                .version("1")
                .description(
                    "Partnership agreements: partners, proposals, their status and results"
                        + " frameworks, exchange rates and notifications. Errors are RFC 9457"
                        + " problem details naming the field at fault. The process itself is"
                        + " driven through Camunda's engine-rest at /engine-rest."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
