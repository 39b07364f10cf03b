/**
 * PostgreSQL: the embedded server used when none is configured, and the start order of Flyway and
 * the engine.
 */
package org.accord.database;
