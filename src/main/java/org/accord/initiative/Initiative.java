package org.accord.initiative;

import java.time.Instant;
import java.util.List;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;

/**
 * An initiative as it stands. {@code lead} is the leading partner's code, or {@link #AGENCY};
 * {@code leadGroup} reviews requests to join it.
 */
public record Initiative(
    String code,
    String title,
    InitiativeKind kind,
    String lead,
    String leadGroup,
    String description,
    List<String> countries,
    Region region,
    Priority priority,
    String plan,
    int workplanVersion,
    Workplan workplan,
    Instant createdAt,
    String createdBy) {

  /** The lead of an initiative the agency leads itself; also a workplan activity's responsible. */
  public static final String AGENCY = "AGENCY";

  public boolean ledByAgency() {
    return AGENCY.equals(lead);
  }
}
