package org.accord.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.donor.CountryGroup;
import org.accord.donor.CountryGroups;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fee category of a participant's country on a session's first day: LDC_SIDS for a least
 * developed country or a small island developing State on that day (a country that graduated from
 * the LDCs before it is no longer one for the session), DEVELOPING for any other country outside
 * the UN's developed regions ({@code developed-regions.csv}), STANDARD for the developed regions.
 */
@Component
public class FeeCategories {

  private final CountryGroups countryGroups;
  private final Set<String> developed = read();

  FeeCategories(CountryGroups countryGroups) {
    this.countryGroups = countryGroups;
  }

  public FeeCategory of(String country, LocalDate sessionStart) {
    Set<CountryGroup> groups = countryGroups.of(country, sessionStart);
    if (groups.contains(CountryGroup.LDC) || groups.contains(CountryGroup.SIDS)) {
      return FeeCategory.LDC_SIDS;
    }
    return developed.contains(country) ? FeeCategory.STANDARD : FeeCategory.DEVELOPING;
  }

  private static Set<String> read() {
    try {
      return new ClassPathResource("org/accord/training/developed-regions.csv")
          .getContentAsString(StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("#") && !line.startsWith("country,") && !line.isBlank())
          .map(line -> line.substring(0, line.indexOf(',')))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
