/**
 * What managers and operators watch: the pipeline, the money (pledged, committed, received, spent,
 * owed and expected), open and overdue work, how long tasks take and this year's plan KPIs, on the
 * managers' dashboard and as Prometheus metrics on the management port; the exports of agreements
 * and of the ledger.
 */
package org.accord.metrics;
