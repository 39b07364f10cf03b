package org.accord.donor;

import java.util.List;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;

/**
 * What a donor funds and asks, as {@code PUT /api/partners/{code}/profile} takes it: the ITU-D
 * priorities it funds, the regions, countries and country groups it favours, its typical
 * contribution (decimal strings, in its currency), its reporting requirements, its conditions and
 * its contacts.
 */
public record DonorPreferences(
    List<Priority> priorities,
    List<Region> regions,
    List<String> countries,
    List<CountryGroup> countryGroups,
    String ticketMin,
    String ticketMax,
    String ticketCurrency,
    ReportingFrequency reportingFrequency,
    ReportingFormat reportingFormat,
    String conditions,
    List<Contact> contacts) {

  /** Someone at the donor to speak to, and what about. */
  public record Contact(String name, String role, String email) {}

  public DonorPreferences {
    priorities = priorities == null ? List.of() : priorities;
    regions = regions == null ? List.of() : regions;
    countries = countries == null ? List.of() : countries;
    countryGroups = countryGroups == null ? List.of() : countryGroups;
    contacts = contacts == null ? List.of() : contacts;
  }
}
