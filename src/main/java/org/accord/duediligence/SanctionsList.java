package org.accord.duediligence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The consolidated sanctions list partners are screened against. A name is a potential match when,
 * after folding case, accents, punctuation and legal-form words, all the words of a listed name or
 * alias appear in it: screening flags for a human to clear, it does not decide.
 */
@Component
public class SanctionsList {

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

  /** One listed entity, with the list it comes from. */
  public record Entry(String name, List<String> aliases, String listName, String reference) {}

  /** A potential match: the partner name and the entry it resembles. */
  public record Match(Entry entry, String matchedName) {
    public String describe() {
      return "Potential match with '%s' (%s, %s)"
          .formatted(matchedName, entry.listName(), entry.reference());
    }
  }

  private record IndexedName(Set<String> words, String compact, String name, Entry entry) {}

  private final List<IndexedName> names;

  SanctionsList(DueDiligenceProperties properties) {
    this.names = load(properties);
  }

  public Optional<Match> screen(String partnerName) {
    Set<String> candidate = words(partnerName);
    if (candidate.isEmpty()) {
      return Optional.empty();
    }
    String compactCandidate = compact(partnerName);
    return names.stream()
        .filter(
            listed ->
                candidate.containsAll(listed.words())
                    || (candidate.size() >= 2 && listed.words().containsAll(candidate))
                    // Scripts written without spaces: the listed name inside the partner's.
                    || (listed.compact().length() >= 4
                        && compactCandidate.contains(listed.compact())))
        .findFirst()
        .map(listed -> new Match(listed.entry(), listed.name()));
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

  private static List<IndexedName> load(DueDiligenceProperties properties) {
    List<IndexedName> indexed = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                properties.sanctionsList().getInputStream(), StandardCharsets.UTF_8))) {
      // Columns: name;aliases separated by |;list;reference. Lines starting with # are comments.
      reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split(";", -1))
          .filter(columns -> columns.length == 4)
          .forEach(
              columns -> {
                List<String> aliases =
                    Arrays.stream(columns[1].split("\\|"))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
                Entry entry =
                    new Entry(columns[0].strip(), aliases, columns[2].strip(), columns[3].strip());
                indexed.add(
                    new IndexedName(
                        words(entry.name()), compact(entry.name()), entry.name(), entry));
                aliases.forEach(
                    alias ->
                        indexed.add(new IndexedName(words(alias), compact(alias), alias, entry)));
              });
    } catch (IOException unreadable) {
      throw new UncheckedIOException(
          "Cannot read the sanctions list " + properties.sanctionsList(), unreadable);
    }
    return indexed.stream().filter(name -> !name.words().isEmpty()).toList();
  }
}
