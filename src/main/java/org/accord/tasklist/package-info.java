/**
 * What Camunda Tasklist shows around Accord's forms: the forms in the user's language, choices from
 * the registers in the forms, the shared and per-group task filters with their columns, and the
 * scripts that fit Tasklist's header and dialogs to each role.
 */
package org.accord.tasklist;
