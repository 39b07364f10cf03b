package org.accord.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void anAgencyDefaultThatIsNotOneOfTheSix_stopsTheStart_namingTheSetting() {
    assertThatThrownBy(() -> new Languages(null, null, null, null, "pt"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("accord.language.default")
        .hasMessageContaining("'pt'");
  }
}
