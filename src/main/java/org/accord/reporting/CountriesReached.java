package org.accord.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.accord.results.IndicatorPlan;
import org.accord.shared.Violations;

/**
 * The countries an actual of an indicator counted in countries names: the agreement's beneficiary
 * countries it reached, each once, as many as its value says. An indicator that contributes to a
 * KPI of the plan must name them, since the plan counts a country reached by two agreements once.
 */
final class CountriesReached {

  private CountriesReached() {}

  /** The countries, upper case, in the order given; null when none are needed or given. */
  static List<String> check(
      IndicatorPlan indicator,
      IndicatorActual actual,
      List<String> beneficiaryCountries,
      String field,
      Violations violations) {
    List<String> given = actual.countries();
    if (given == null) {
      if (indicator.kpi() != null) {
        violations.add(
            field,
            "is required: indicator "
                + indicator.code()
                + " adds to KPI "
                + indicator.kpi().code()
                + ", which counts each country once; name the countries reached");
      }
      return null;
    }
    Set<String> reached = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String at = field + "[" + i + "]";
      String country = given.get(i) == null ? null : given.get(i).strip().toUpperCase(Locale.ROOT);
      violations.requireCountry(at, country);
      if (country == null || country.isEmpty()) {
        continue;
      }
      if (!beneficiaryCountries.contains(country)) {
        violations.add(
            at,
            country + " is not a beneficiary country of the agreement: " + beneficiaryCountries);
      } else if (!reached.add(country)) {
        violations.add(at, country + " is named twice");
      }
    }
    BigDecimal value = actual.value();
    if (value != null && value.compareTo(BigDecimal.valueOf(given.size())) != 0) {
      violations.add(
          field,
          "names "
              + given.size()
              + " countries but the value is "
              + value.stripTrailingZeros().toPlainString());
    }
    return new ArrayList<>(reached);
  }
}
