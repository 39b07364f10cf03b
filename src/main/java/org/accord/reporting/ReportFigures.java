package org.accord.reporting;

import java.util.Optional;
import org.accord.agreement.Agreement;

/**
 * Figures another feature keeps about an agreement, which its progress report form shows when a
 * period's report is asked for (a training cooperation's monitoring figures): reporting asks every
 * bean of this kind, and knows none of them.
 */
public interface ReportFigures {

  /** The figures as the officer reads them in the form, or empty when this agreement has none. */
  Optional<String> of(Agreement agreement);
}
