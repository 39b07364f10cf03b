package org.accord.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import org.accord.agreement.Region;

/**
 * What one indicator of an agreement contributed to a KPI in a year: the value its last accepted
 * report of the year reached, what it gained over the year, the base that weighs a percentage, and
 * the countries named.
 */
public record KpiContributor(
    String reference,
    String title,
    Region region,
    String indicatorCode,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reached,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gained,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal base,
    List<String> countries) {}
