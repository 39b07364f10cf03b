/**
 * Amendments of active agreements: a change of budget (restated by line, with its payment
 * schedule), end date, results, administrative terms or a training cooperation's terms, typed by
 * what it changes (a budget change by how far it has moved since signature), routed by its type
 * through the officer, the approvers the delegation-of-authority matrix names, and the donor, and
 * applied with its before and after kept; instalments already called or received stay as they are.
 */
package org.accord.amendment;
