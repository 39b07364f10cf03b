package org.accord.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every violation of a request so the client learns them all at once. */
public final class Violations {

  // Deliberately loose: the mail server is the judge of deliverability.
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private static final String[] DIGITS = {"no", "one", "two", "three", "four"};

  private final List<FieldViolation> found = new ArrayList<>();

  public Violations add(String field, String message) {
    found.add(new FieldViolation(field, message));
    return this;
  }

  /** Blank or longer than {@code maxLength} characters is a violation; returns the trimmed text. */
  public String requireText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
      return value;
    }
    String trimmed = value.strip();
    if (trimmed.indexOf('\u0000') >= 0) {
      // PostgreSQL cannot store it in text: refused here rather than failing the write.
      add(field, "must not contain a NUL character");
    } else if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
      add(field, "must be at most " + maxLength + " characters");
    }
    return trimmed;
  }

  /** Null when blank; else as {@link #requireText}: at most {@code maxLength}, trimmed. */
  public String optionalText(String field, String value, int maxLength) {
    return value == null || value.isBlank() ? null : requireText(field, value, maxLength);
  }

  public <T> T requirePresent(String field, T value) {
    if (value == null) {
      add(field, "is required");
    }
    return value;
  }

  public void requireCountry(String field, String code) {
    if (code == null || code.isBlank()) {
      add(field, "is required");
    } else if (!Countries.isCode(code)) {
      add(field, "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
    }
  }

  /** One of Accord's languages by its code, in any case; null, and the field named, otherwise. */
  public Language requireLanguage(String field, String code) {
    try {
      return Language.parse(field, code);
    } catch (InvalidInputException refused) {
      refused.violations().forEach(violation -> add(violation.field(), violation.message()));
      return null;
    }
  }

  public void requireEmail(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
    } else if (!EMAIL.matcher(value).matches()
        || value.length() > 320
        || value.indexOf('\u0000') >= 0) {
      add(field, "is not an e-mail address");
    }
  }

  private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");

  /** One of the enum's constants, by its name; null, and the field named, for anything else. */
  public <E extends Enum<E>> E requireOneOf(String field, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /**
   * A sum of money written as a decimal string, never a float: at most two decimals, below a
   * trillion, greater than zero unless zero is allowed. Returns it, or null with the violation.
   */
  public BigDecimal requireMoney(String field, String text, boolean zeroAllowed) {
    return requireMoney(field, text, 2, zeroAllowed);
  }

  /** An amount of the currency, with no more decimals than its minor units (none for JPY). */
  public BigDecimal requireMoney(String field, String text, String currency, boolean zeroAllowed) {
    return requireMoney(field, text, Money.minorUnits(currency), zeroAllowed);
  }

  private BigDecimal requireMoney(String field, String text, int minorUnits, boolean zeroAllowed) {
    if (text == null || text.isBlank()) {
      add(field, "is required");
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException notADecimal) {
      add(field, "must be a decimal number such as 250000.00");
      return null;
    }
    if (value.signum() < 0 || (value.signum() == 0 && !zeroAllowed)) {
      add(field, zeroAllowed ? "must not be negative" : "must be greater than zero");
    } else if (value.stripTrailingZeros().scale() > minorUnits) {
      add(
          field,
          minorUnits == 0
              ? "must be a whole amount: the currency has no minor units"
              : "must have at most " + DIGITS[minorUnits] + " decimal places");
    } else if (value.compareTo(MAX_MONEY) >= 0) {
      add(field, "must be less than 1,000,000,000,000");
    } else {
      return value;
    }
    return null;
  }

  /** A page of a list: {@code page} from 0, {@code size} from 1 to the list's largest page. */
  public void requirePage(int page, int size, int maxSize) {
    if (page < 0) {
      add("page", "must be 0 or more");
    }
    if (size < 1 || size > maxSize) {
      add("size", "must be between 1 and " + maxSize);
    }
  }

  /** How many were found: a check can tell whether its own part added any. */
  public int size() {
    return found.size();
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
