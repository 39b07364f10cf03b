package org.accord.budget;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's budget policy: the programme support rate, as a percentage of the direct costs the
 * partner's cash finances, that a proposal gets unless it states its own.
 */
@ConfigurationProperties("accord.budget")
public record BudgetPolicy(@DefaultValue("7") BigDecimal programmeSupportRate) {}
