package org.accord.shared.process;

import org.accord.shared.Countries;
import org.accord.shared.process.FormChoices.Choice;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Countries as forms offer them: "Rwanda (RW)", submitting the ISO code. */
@Configuration(proxyBeanMethods = false)
class CountryChoices {

  @Bean
  FormChoices countries() {
    var choices =
        Countries.byName().stream()
            .map(code -> new Choice(Countries.name(code) + " (" + code + ")", code))
            .toList();
    return new FormChoices("countries", () -> choices);
  }
}
