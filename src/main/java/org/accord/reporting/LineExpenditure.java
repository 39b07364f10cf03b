package org.accord.reporting;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.accord.budget.BudgetLineType;

/** What a report says was spent on one line of the agreement's budget, in its currency. */
public record LineExpenditure(
    BudgetLineType line, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {}
