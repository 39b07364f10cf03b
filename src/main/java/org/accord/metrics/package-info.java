/**
 * What managers and operators watch: the pipeline, the money (pledged, committed, received, spent,
 * owed and expected), open and overdue work, and how long tasks take, on the managers' dashboard
 * and as Prometheus metrics on the management port; the exports of agreements and of the ledger.
 */
package org.accord.metrics;
