package org.accord.tasklist.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.accord.identity.Languages;
import org.accord.shared.process.FormChoices;
import org.accord.shared.process.ProcessNames;
import org.camunda.bpm.engine.IdentityService;
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
  FilterRegistrationBean<Filter> namesInReadersLanguage(
      ObjectProvider<Languages> languages,
      ObjectProvider<ProcessNames> names,
      ObjectProvider<IdentityService> identity,
      ObjectMapper json) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new NamesInReadersLanguage(languages, names, identity, json));
    // The webapps' engine API only: engine-rest answers the BPMN's names.
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setName("namesInReadersLanguage");
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

  @Bean
  FilterRegistrationBean<Filter> countsUpToABound() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new CountsUpToABound());
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setName("countsUpToABound");
    return registration;
  }
}
