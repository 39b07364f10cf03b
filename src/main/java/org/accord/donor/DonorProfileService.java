package org.accord.donor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.agreement.DonorRequirements;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.audit.AuditTrail;
import org.accord.currency.CurrencyService;
import org.accord.donor.DonorPreferences.Contact;
import org.accord.donor.persistence.DonorProfileMapper;
import org.accord.donor.persistence.DonorProfileMapper.ProfileRow;
import org.accord.partner.PartnerService;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Donors' profiles: kept valid, and read by the agreements they fund and by matching. */
@Service
public class DonorProfileService implements DonorRequirements {

  private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {};

  private final DonorProfileMapper profiles;
  private final PartnerService partners;
  private final CurrencyService currencies;
  private final ObjectMapper json;
  private final Clock clock;
  private final AuditTrail audit;

  DonorProfileService(
      DonorProfileMapper profiles,
      PartnerService partners,
      CurrencyService currencies,
      ObjectMapper json,
      Clock clock,
      AuditTrail audit) {
    this.profiles = profiles;
    this.partners = partners;
    this.currencies = currencies;
    this.json = json;
    this.clock = clock;
    this.audit = audit;
  }

  public Optional<DonorProfile> find(String partnerCode) {
    return profiles.find(partnerCode).map(this::profile);
  }

  public List<DonorProfile> all() {
    return profiles.all().stream().map(this::profile).toList();
  }

  /** Replaces the partner's profile as a whole; every invalid field is named, nothing is kept. */
  @Transactional
  public DonorProfile save(String partnerCode, DonorPreferences preferences, String by) {
    if (partners.find(partnerCode).isEmpty()) {
      throw new NotFoundException("No partner with code " + partnerCode);
    }
    Violations violations = new Violations();
    if (preferences == null) {
      violations.add("profile", "is required").throwIfAny();
    }
    check(preferences, violations);
    BigDecimal min = money(violations, "ticketMin", preferences.ticketMin());
    BigDecimal max = money(violations, "ticketMax", preferences.ticketMax());
    if (min != null && max != null && max.compareTo(min) < 0) {
      violations.add("ticketMax", "must not be below ticketMin (" + min.toPlainString() + ")");
    }
    violations.throwIfAny();
    Optional<DonorProfile> before = find(partnerCode);
    profiles.save(
        new ProfileRow(
            partnerCode,
            names(preferences.priorities()),
            names(preferences.regions()),
            preferences.countries().stream().map(String::strip).toList(),
            names(preferences.countryGroups()),
            min,
            max,
            min == null && max == null ? null : preferences.ticketCurrency().strip(),
            preferences.reportingFrequency() == null
                ? null
                : preferences.reportingFrequency().name(),
            preferences.reportingFormat() == null ? null : preferences.reportingFormat().name(),
            blankToNull(preferences.conditions()),
            write(preferences.contacts()),
            by,
            OffsetDateTime.now(clock)));
    DonorProfile after = find(partnerCode).orElseThrow();
    audit.recordAs(by, "DONOR_PROFILE", partnerCode, null, "SAVED", before.orElse(null), after);
    return after;
  }

  @Override
  public Optional<ReportingFrequency> reportingFrequency(String partnerCode) {
    return find(partnerCode).map(profile -> profile.preferences().reportingFrequency());
  }

  @Override
  public String summary(String partnerCode) {
    return find(partnerCode).map(DonorProfileService::describe).orElse("");
  }

  private void check(DonorPreferences preferences, Violations violations) {
    if (preferences.priorities().stream().anyMatch(Objects::isNull)) {
      violations.add("priorities", "must not contain empty entries");
    }
    if (preferences.regions().stream().anyMatch(Objects::isNull)) {
      violations.add("regions", "must not contain empty entries");
    }
    if (preferences.countryGroups().stream().anyMatch(Objects::isNull)) {
      violations.add("countryGroups", "must not contain empty entries");
    }
    for (int i = 0; i < preferences.countries().size(); i++) {
      String country = preferences.countries().get(i);
      violations.requireCountry("countries[" + i + "]", country == null ? null : country.strip());
    }
    boolean ticket = preferences.ticketMin() != null || preferences.ticketMax() != null;
    String currency = preferences.ticketCurrency();
    if (ticket && (currency == null || currency.isBlank())) {
      violations.add("ticketCurrency", "is required with a ticket size");
    } else if (currency != null && !currency.isBlank() && !currencies.isKnown(currency.strip())) {
      violations.add("ticketCurrency", "'" + currency + "' is not a known ISO 4217 currency");
    }
    if (preferences.conditions() != null && preferences.conditions().length() > 4000) {
      violations.add("conditions", "must be at most 4000 characters");
    }
    for (int i = 0; i < preferences.contacts().size(); i++) {
      Contact contact = preferences.contacts().get(i);
      String at = "contacts[" + i + "]";
      if (contact == null) {
        violations.add(at, "is required");
        continue;
      }
      violations.requireText(at + ".name", contact.name(), 200);
      if (contact.role() != null && contact.role().length() > 200) {
        violations.add(at + ".role", "must be at most 200 characters");
      }
      violations.requireEmail(at + ".email", contact.email());
    }
  }

  private static BigDecimal money(Violations violations, String field, String text) {
    return text == null ? null : violations.requireMoney(field, text, false);
  }

  private DonorProfile profile(ProfileRow row) {
    return new DonorProfile(
        row.partnerCode(),
        new DonorPreferences(
            row.priorities().stream().map(Priority::valueOf).toList(),
            row.regions().stream().map(Region::valueOf).toList(),
            row.countries(),
            row.countryGroups().stream().map(CountryGroup::valueOf).toList(),
            row.ticketMin() == null ? null : row.ticketMin().toPlainString(),
            row.ticketMax() == null ? null : row.ticketMax().toPlainString(),
            row.ticketCurrency(),
            row.reportingFrequency() == null
                ? null
                : ReportingFrequency.valueOf(row.reportingFrequency()),
            row.reportingFormat() == null ? null : ReportingFormat.valueOf(row.reportingFormat()),
            row.conditions(),
            read(row.contacts())),
        row.updatedBy(),
        row.updatedAt());
  }

  /** The profile in a few lines, for the reviewers' forms. */
  static String describe(DonorProfile profile) {
    DonorPreferences p = profile.preferences();
    StringBuilder text = new StringBuilder();
    line(text, "Funds", join(p.priorities()));
    line(text, "Regions", join(p.regions()));
    line(text, "Countries", String.join(", ", p.countries()));
    line(text, "Country groups", join(p.countryGroups()));
    if (p.ticketMin() != null || p.ticketMax() != null) {
      line(
          text,
          "Typical contribution",
          p.ticketMin() == null
              ? "up to " + p.ticketMax() + " " + p.ticketCurrency()
              : p.ticketMax() == null
                  ? "from " + p.ticketMin() + " " + p.ticketCurrency()
                  : p.ticketMin() + " to " + p.ticketMax() + " " + p.ticketCurrency());
    }
    line(
        text,
        "Reporting",
        (p.reportingFrequency() == null ? "" : p.reportingFrequency().name())
            + (p.reportingFormat() == null ? "" : ", " + p.reportingFormat().name()));
    line(text, "Conditions", p.conditions());
    return text.toString().strip();
  }

  private static void line(StringBuilder text, String label, String value) {
    if (value != null && !value.isBlank()) {
      text.append(label).append(": ").append(value.strip()).append('\n');
    }
  }

  private static String join(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  private static List<String> names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private String write(List<Contact> contacts) {
    try {
      return json.writeValueAsString(contacts);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private List<Contact> read(String contacts) {
    try {
      return json.readValue(contacts, CONTACTS);
    } catch (JsonProcessingException corrupt) {
      throw new IllegalStateException("Unreadable contacts in a donor profile", corrupt);
    }
  }
}
