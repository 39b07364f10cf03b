package org.accord.initiative;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a member reports what it delivered against its commitments ({@code
 * accord.initiatives.reporting-period}, ISO 8601, a year by default): its reporting years close on
 * the anniversaries of its acceptance.
 */
@ConfigurationProperties("accord.initiatives")
public record InitiativeProperties(@DefaultValue("P1Y") Period reportingPeriod) {}
