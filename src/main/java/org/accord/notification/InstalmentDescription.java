package org.accord.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.accord.shared.Language;
import org.accord.shared.Terms;
import org.accord.shared.Translated;

/**
 * What an instalment is, in a message's model, worded in each recipient's language by the terms
 * ({@code Instalment.DESCRIPTION}, and {@code Instalment.<trigger>} for what makes it due):
 * "Tranche 1 sur 3 : 21 400,00 EUR, à la signature du Mémorandum".
 */
public record InstalmentDescription(
    int number,
    int instalments,
    Amount amount,
    String trigger,
    LocalDate dueDate,
    Integer reportNumber)
    implements Translated {

  @Override
  public String in(Language language) {
    MessageFormats formats = new MessageFormats(language);
    Terms terms = Terms.in(language);
    Map<String, Object> due = new HashMap<>();
    due.put("date", dueDate == null ? "" : formats.format(dueDate));
    due.put("report", reportNumber == null ? 0 : reportNumber);
    String fallsDue = terms.format("Instalment." + trigger, due);
    return terms.format(
        "Instalment.DESCRIPTION",
        Map.of(
            "number",
            number,
            "instalments",
            instalments,
            "amount",
            formats.format(amount),
            // Within the sentence: "…, on signature of the Memorandum".
            "fallsDue",
            fallsDue.isEmpty()
                ? fallsDue
                : fallsDue.substring(0, 1).toLowerCase(language.locale()) + fallsDue.substring(1)));
  }
}
