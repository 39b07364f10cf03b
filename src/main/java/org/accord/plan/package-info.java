/**
 * The strategic plan above the agreements (issue 18): a plan period such as the Baku Action Plan
 * 2026–2029, its outcomes per ITU-D priority, the six output types, and its KPIs with a baseline, a
 * contribution rule and a target per year. Managers change it; agency staff read it; every change
 * is kept with who, when and the record before and after it, so the targets in force at any date
 * can be read back. Agreements' indicators linked to a KPI contribute to it by its rule, from their
 * accepted progress reports, year by year and by region.
 */
package org.accord.plan;
