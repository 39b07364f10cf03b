/**
 * What managers and operators watch: the pipeline, open and overdue work, and how long tasks take,
 * as Prometheus metrics on the management port.
 */
package org.accord.metrics;
