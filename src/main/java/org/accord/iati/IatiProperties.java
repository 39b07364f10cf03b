package org.accord.iati;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency as the publisher of its activities: its IATI organisation identifier (every activity's
 * identifier starts with it), name and organisation type (IATI OrganisationType codelist: 40 is
 * multilateral), and the public address documents are linked from.
 */
@ConfigurationProperties("accord.iati")
public record IatiProperties(
    @DefaultValue("XI-IATI-ACCORD") String organisationIdentifier,
    @DefaultValue("Accord partnership office") String organisationName,
    @DefaultValue("40") String organisationType,
    @DefaultValue("http://localhost:8080") String publicUrl) {}
