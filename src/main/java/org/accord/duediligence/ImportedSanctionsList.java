package org.accord.duediligence;

import java.time.OffsetDateTime;

/** The sanctions list in force: where it comes from, when it was generated and by whom imported. */
public record ImportedSanctionsList(
    String source,
    OffsetDateTime generatedAt,
    String importedBy,
    OffsetDateTime importedAt,
    int entries) {}
