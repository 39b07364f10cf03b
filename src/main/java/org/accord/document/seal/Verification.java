package org.accord.document.seal;

import java.time.OffsetDateTime;

/**
 * What checking a stored document found: whether its bytes are those stored (their SHA-256), and,
 * for a sealed one, whether the seal is valid and covers the whole file.
 */
public record Verification(
    boolean intact,
    boolean sealed,
    boolean sealValid,
    boolean sealCoversWholeDocument,
    String sealedBy,
    OffsetDateTime sealedAt,
    String problem) {}
