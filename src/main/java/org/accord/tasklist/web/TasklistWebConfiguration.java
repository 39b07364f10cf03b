package org.accord.tasklist.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.accord.shared.process.FormChoices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TasklistWebConfiguration {

  @Bean
  FilterRegistrationBean<Filter> formsWithChoices(
      ObjectProvider<FormChoices> choices, ObjectMapper json) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new FormsWithChoices(choices, json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("formsWithChoices");
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> plainRefusals(ObjectMapper json) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new PlainRefusals(json));
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setName("plainRefusals");
    return registration;
  }
}
