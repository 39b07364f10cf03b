package org.accord.donor;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;

/** A donor's preferences, with who last changed them and when. */
public record DonorProfile(
    String partnerCode,
    @JsonUnwrapped DonorPreferences preferences,
    String updatedBy,
    OffsetDateTime updatedAt) {}
