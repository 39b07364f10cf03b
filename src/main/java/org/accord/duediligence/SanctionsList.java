package org.accord.duediligence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;

/**
 * A sanctions list partners are screened against: the imported UN consolidated list, or the
 * configured CSV until one is imported. A name is a potential match when, after folding case,
 * accents, punctuation and legal-form words, all the words of a listed name or alias appear in it:
 * screening flags for a human to clear, it does not decide.
 */
public final class SanctionsList {

  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "ltd",
          "limited",
          "inc",
          "incorporated",
          "llc",
          "plc",
          "sa",
          "ag",
          "gmbh",
          "corp",
          "corporation",
          "co",
          "company",
          "the",
          "of",
          "and",
          "srl",
          "bv",
          "nv",
          "jsc",
          "ooo");

  /**
   * One listed individual or entity: the list (or, on the UN list, the sanctions regime) it comes
   * from, its permanent reference number and, where the list gives it, the day it was listed.
   */
  public record Entry(
      String name, List<String> aliases, String listName, String reference, LocalDate listedOn) {}

  /** A potential match: the partner name and the entry it resembles. */
  public record Match(Entry entry, String matchedName) {
    public String describe() {
      return "Potential match with '%s' (%s, %s)"
          .formatted(matchedName, entry.listName(), entry.reference());
    }
  }

  private record IndexedName(Set<String> words, String compact, String name, Entry entry) {}

  private final List<IndexedName> names;

  private SanctionsList(List<Entry> entries) {
    List<IndexedName> indexed = new ArrayList<>();
    for (Entry entry : entries) {
      indexed.add(new IndexedName(words(entry.name()), compact(entry.name()), entry.name(), entry));
      entry
          .aliases()
          .forEach(
              alias -> indexed.add(new IndexedName(words(alias), compact(alias), alias, entry)));
    }
    this.names = indexed.stream().filter(name -> !name.words().isEmpty()).toList();
  }

  public static SanctionsList of(List<Entry> entries) {
    return new SanctionsList(entries);
  }

  public Optional<Match> screen(String partnerName) {
    return matches(partnerName).stream().findFirst();
  }

  /**
   * Every entry the name resembles, once each: re-screening reviews each one apart, so that
   * clearing one as a false positive does not hide another.
   */
  public List<Match> matches(String partnerName) {
    Set<String> candidate = words(partnerName);
    if (candidate.isEmpty()) {
      return List.of();
    }
    String compactCandidate = compact(partnerName);
    List<Match> matches = new ArrayList<>();
    names.stream()
        .filter(
            listed ->
                candidate.containsAll(listed.words())
                    || (candidate.size() >= 2 && listed.words().containsAll(candidate))
                    // Scripts written without spaces: the listed name inside the partner's.
                    || (listed.compact().length() >= 4
                        && compactCandidate.contains(listed.compact())))
        .filter(listed -> matches.stream().noneMatch(m -> m.entry().equals(listed.entry())))
        .forEach(listed -> matches.add(new Match(listed.entry(), listed.name())));
    return List.copyOf(matches);
  }

  public int size() {
    return (int) names.stream().map(IndexedName::entry).distinct().count();
  }

  private static String compact(String name) {
    return String.join("", orderedWords(name));
  }

  static Set<String> words(String name) {
    return Set.copyOf(orderedWords(name));
  }

  private static List<String> orderedWords(String name) {
    if (name == null) {
      return List.of();
    }
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return Arrays.stream(folded.split(" "))
        .filter(word -> !word.isBlank() && !LEGAL_FORMS.contains(word))
        .toList();
  }

  /** A list in Accord's CSV format: name;aliases separated by |;list;reference, # comments. */
  static SanctionsList fromCsv(Resource csv) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
      return of(
          reader
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split(";", -1))
              .filter(columns -> columns.length == 4)
              .map(
                  columns ->
                      new Entry(
                          columns[0].strip(),
                          Arrays.stream(columns[1].split("\\|"))
                              .map(String::strip)
                              .filter(alias -> !alias.isEmpty())
                              .toList(),
                          columns[2].strip(),
                          columns[3].strip(),
                          null))
              .toList());
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read the sanctions list " + csv, unreadable);
    }
  }
}
