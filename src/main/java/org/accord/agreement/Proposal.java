package org.accord.agreement;

import java.time.LocalDate;
import java.util.List;
import org.accord.budget.ProposedFunding;
import org.accord.budget.ProposedFunding.InstalmentEntry;
import org.accord.budget.ProposedFunding.LineEntry;
import org.accord.results.ObjectivePlan;
import org.accord.results.OutputType;

/**
 * A proposal as submitted through {@code POST /api/agreements} or the Tasklist start form. The
 * amount is a decimal string: amounts never pass through floating point. Without a reporting
 * frequency, the donor's profile gives it. The budget, its programme support rate and the payment
 * schedule are optional: without lines the amount is one line of other direct costs, without a
 * schedule it is paid on signature; with lines the amount may be left out. {@code initiative}, if
 * given, is the code of the initiative the agreement belongs to. {@code language} (a BCP 47 code,
 * English if absent) is the language of its documents; a {@code secondLanguage} makes its MoU
 * bilingual, laid out as {@code bilingualLayout} says ({@code SIDE_BY_SIDE} if absent, or {@code
 * SEQUENTIAL}). {@code coPartners}, optional, are the codes of partners party to the agreement
 * beside the lead partner {@code partnerCode}: they read it as its partner does and have none of
 * its tasks. {@code contribution} and {@code sought}, optional, say in the partners' words what
 * they would contribute and what they seek from the agency (a concept note's, when it came from
 * one).
 */
public record Proposal(
    String title,
    String partnerCode,
    AgreementType type,
    Priority priority,
    Region region,
    List<String> beneficiaryCountries,
    String amount,
    String currency,
    LocalDate startDate,
    LocalDate endDate,
    ReportingFrequency reportingFrequency,
    List<OutputType> outputTypes,
    List<ObjectivePlan> results,
    List<LineEntry> budget,
    String programmeSupportRate,
    List<InstalmentEntry> schedule,
    String initiative,
    String language,
    String secondLanguage,
    String bilingualLayout,
    List<String> coPartners,
    String contribution,
    String sought) {

  /** The longest {@code contribution} and {@code sought}, in characters. */
  public static final int MAX_WORDS = 2000;

  public Proposal withReportingFrequency(ReportingFrequency frequency) {
    return new Proposal(
        title,
        partnerCode,
        type,
        priority,
        region,
        beneficiaryCountries,
        amount,
        currency,
        startDate,
        endDate,
        frequency,
        outputTypes,
        results,
        budget,
        programmeSupportRate,
        schedule,
        initiative,
        language,
        secondLanguage,
        bilingualLayout,
        coPartners,
        contribution,
        sought);
  }

  /** The co-partners named, none if the field was left out. */
  public List<String> coPartnerCodes() {
    return coPartners == null ? List.of() : coPartners;
  }

  public ProposedFunding funding() {
    return new ProposedFunding(budget, programmeSupportRate, schedule);
  }
}
