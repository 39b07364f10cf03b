package org.accord.iati;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IatiXmlTest {

  @Test
  void controlCharactersXmlForbids_becomeSpaces_andEverythingElseStays() {
    assertThat(IatiXml.xmlCharacters("Écoles\u000Bconnectées\u0000 — 学校 <&> \uD83D\uDCE1\tok"))
        .isEqualTo("Écoles connectées  — 学校 <&> \uD83D\uDCE1\tok");
  }
}
