package org.accord.budget;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** One line of a budget as financed by one source, in the agreement's currency. */
public record BudgetLine(
    BudgetLineType line,
    FundingSource source,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String description) {}
