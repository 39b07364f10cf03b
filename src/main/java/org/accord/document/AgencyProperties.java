package org.accord.document;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The agency as its documents name it: its name and address in the MoU's preamble, and the title of
 * the official who signs MoUs for it. Blank, Accord refuses to start: an MoU that does not say who
 * the agency is cannot be signed.
 */
@Validated
@ConfigurationProperties("accord.agency")
public record AgencyProperties(
    @NotBlank(message = "must name the agency that signs the MoUs (ACCORD_AGENCY_NAME)")
        String name,
    @NotBlank(
            message = "must give the agency's postal address for the MoUs (ACCORD_AGENCY_ADDRESS)")
        String address,
    @NotBlank(
            message =
                "must give the title of the agency's MoU signatory (ACCORD_AGENCY_SIGNATORY_TITLE)")
        String signatoryTitle) {}
