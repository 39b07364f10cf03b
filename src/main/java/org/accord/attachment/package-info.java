/**
 * Files attached to an agreement or to one of its progress reports, amendments or due diligence
 * (issue 23): typed (a signed MoU scan, a bank letter, an audit report, the evidence of results,
 * correspondence), described, and kept for the agency only or shared with the partner on purpose.
 * Each upload is streamed into a PostgreSQL large object with its SHA-256, never whole in memory,
 * within a size limit; what it is is read from its bytes (Apache Tika) and must be on the
 * allow-list and match its name; when a clamd is configured, every upload passes through it first
 * (ADR 0013). The agency's staff see every attachment; a partner's representatives only the shared
 * ones of their own organization's agreements, and what they upload is shared.
 */
package org.accord.attachment;
