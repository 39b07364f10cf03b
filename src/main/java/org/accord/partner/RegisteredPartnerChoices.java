package org.accord.partner;

import java.util.Comparator;
import org.accord.shared.process.FormChoices;
import org.accord.shared.process.FormChoices.Choice;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner register as forms offer it: "GSM Association (GSMA)", submitting the code. */
@Configuration(proxyBeanMethods = false)
class RegisteredPartnerChoices {

  /** Named in a form field as {@code "valuesKey": "registeredPartners"}. */
  static final String NAME = "registeredPartners";

  @Bean
  FormChoices registeredPartners(PartnerService partners) {
    return new FormChoices(
        NAME,
        () ->
            partners.all().stream()
                .sorted(Comparator.comparing(Partner::name, String.CASE_INSENSITIVE_ORDER))
                .map(
                    partner ->
                        new Choice(partner.name() + " (" + partner.code() + ")", partner.code()))
                .toList());
  }
}
