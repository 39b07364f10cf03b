/**
 * The partners' portal (issue 23): the page a partner's or member's representatives open with their
 * Accord user, showing their organization's agreements with where each stands, their own next steps
 * and deadlines, documents, reports, schedule and receipts, their open tasks with a link into
 * Tasklist, and their initiatives; each figure through the same API and the same partner rule as
 * everywhere else.
 */
package org.accord.portal;
