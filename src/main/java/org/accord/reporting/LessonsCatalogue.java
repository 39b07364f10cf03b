package org.accord.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.reporting.persistence.LessonMapper;
import org.accord.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lessons learned the agency recorded in its closing evaluations, to find again: by the year
 * they were recorded in (UTC), the agreement's priority, region and initiative, and their words.
 */
@Service
public class LessonsCatalogue {

  public static final int MAX_PAGE_SIZE = 500;

  /** What to look for; every part may be left out. */
  public record Query(
      Integer year, Priority priority, Region region, String initiative, String words) {}

  /** One page of the lessons found, the latest first. */
  public record Found(long total, int page, int size, List<Lesson> lessons) {}

  private final LessonMapper lessons;

  LessonsCatalogue(LessonMapper lessons) {
    this.lessons = lessons;
  }

  @Transactional(readOnly = true)
  public Found find(Query query, int page, int size) {
    Violations violations = new Violations();
    violations.requirePage(page, size, MAX_PAGE_SIZE);
    if (query.year() != null && (query.year() < 2000 || query.year() > 2100)) {
      violations.add("year", "must be between 2000 and 2100");
    }
    String words = query.words() == null || query.words().isBlank() ? null : query.words().strip();
    if (words != null && words.length() > 200) {
      violations.add("q", "must be at most 200 characters");
    }
    violations.throwIfAny();
    OffsetDateTime from =
        query.year() == null
            ? null
            : LocalDate.of(query.year(), 1, 1).atStartOfDay().atOffset(ZoneOffset.UTC);
    OffsetDateTime to = from == null ? null : from.plusYears(1);
    LessonMapper.Filter filter =
        new LessonMapper.Filter(
            from,
            to,
            query.priority(),
            query.region(),
            query.initiative() == null || query.initiative().isBlank()
                ? null
                : query.initiative().strip(),
            words);
    return new Found(lessons.count(filter), page, size, lessons.find(filter, page * size, size));
  }
}
