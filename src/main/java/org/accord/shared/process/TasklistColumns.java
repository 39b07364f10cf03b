package org.accord.shared.process;

import java.util.List;

/**
 * The variables Tasklist shows under each task in the list, so that twenty "Screen proposal" tasks
 * can be told apart: the filters name them, and tasks whose readers may not read their process's
 * variables (a partner's) carry them as their own.
 */
public final class TasklistColumns {

  public record Column(String variable, String label) {}

  public static final List<Column> COLUMNS =
      List.of(
          new Column("agreementReference", "Reference"),
          new Column("title", "Title"),
          new Column("partnerName", "Partner"),
          new Column("reportingPeriodLabel", "Period"),
          new Column("amendmentNumber", "Amendment"));

  private TasklistColumns() {}
}
