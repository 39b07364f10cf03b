package org.accord.donor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Which UN country groups a country belongs to on a day, from {@code countries/}. */
@Component
public class CountryGroups {

  private record Membership(String country, CountryGroup group, LocalDate until) {

    boolean holdsOn(LocalDate day) {
      return until == null || day.isBefore(until);
    }
  }

  private final List<Membership> memberships = read();

  public Set<CountryGroup> of(String country, LocalDate day) {
    Set<CountryGroup> groups = EnumSet.noneOf(CountryGroup.class);
    for (Membership membership : memberships) {
      if (membership.country().equals(country) && membership.holdsOn(day)) {
        groups.add(membership.group());
      }
    }
    return groups;
  }

  private static List<Membership> read() {
    ClassPathResource csv = new ClassPathResource("countries/un-country-groups.csv");
    List<Membership> read = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
      lines
          .lines()
          .filter(line -> !line.startsWith("#") && !line.startsWith("country,") && !line.isBlank())
          .map(line -> line.split(",", -1))
          .forEach(
              cells ->
                  read.add(
                      new Membership(
                          cells[0],
                          CountryGroup.valueOf(cells[1]),
                          cells[2].isEmpty() ? null : LocalDate.parse(cells[2]))));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return List.copyOf(read);
  }
}
