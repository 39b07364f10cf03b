package org.accord.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The ISO 3166-1 alpha-2 countries, and their names as people read them. */
public final class Countries {

  private static final Set<String> CODES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  private Countries() {}

  public static boolean isCode(String code) {
    return CODES.contains(code);
  }

  /** "Rwanda" for RW; the code itself for one that is not a country's. */
  public static String name(String code) {
    return isCode(code) ? new Locale("", code).getDisplayCountry(Locale.ENGLISH) : code;
  }

  /** "Rwanda, Kenya" for RW, KE. */
  public static String names(List<String> codes) {
    return codes.stream().map(Countries::name).collect(Collectors.joining(", "));
  }

  /** Every country code, in the order of the names. */
  public static List<String> byName() {
    return CODES.stream().sorted(Comparator.comparing(Countries::name)).toList();
  }
}
