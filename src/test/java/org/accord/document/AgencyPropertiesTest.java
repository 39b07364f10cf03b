package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The agency the MoUs name is configured, and a blank one stops the start-up, saying which. */
class AgencyPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(AgencyProperties.class)
  static class Agency {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Agency.class)
          .withPropertyValues(
              "accord.agency.name=Agency for Telecommunication Development",
              "accord.agency.address=1 Example Street, Geneva",
              "accord.agency.signatory-title=Director");

  @Test
  void theAgencyIsReadFromTheConfiguration() {
    context.run(
        started ->
            assertThat(started.getBean(AgencyProperties.class))
                .isEqualTo(
                    new AgencyProperties(
                        "Agency for Telecommunication Development",
                        "1 Example Street, Geneva",
                        "Director")));
  }

  @Test
  void aBlankSetting_stopsTheStartUp_namingTheProperty() {
    context
        .withPropertyValues("accord.agency.signatory-title= ")
        .run(
            failed ->
                assertThat(failed.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("accord.agency")
                    .hasMessageContaining("signatoryTitle")
                    .hasMessageContaining("ACCORD_AGENCY_SIGNATORY_TITLE"));
  }

  @Test
  void aMissingSetting_stopsTheStartUp_namingTheProperty() {
    new ApplicationContextRunner()
        .withUserConfiguration(Agency.class)
        .withPropertyValues(
            "accord.agency.address=1 Example Street", "accord.agency.signatory-title=D")
        .run(
            failed ->
                assertThat(failed.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("accord.agency")
                    .hasMessageContaining("ACCORD_AGENCY_NAME"));
  }
}
