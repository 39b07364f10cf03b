package org.accord.duediligence;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How long a cleared due diligence stays valid for new agreements with the same partner, and the
 * sanctions list partners are screened against.
 */
@ConfigurationProperties("accord.due-diligence")
public record DueDiligenceProperties(
    @DefaultValue("P1Y") Period validity,
    @DefaultValue("classpath:sanctions/sanctions-list.csv") Resource sanctionsList) {}
