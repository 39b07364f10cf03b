/**
 * Amendments of active agreements: a change of budget, end date, results or administrative terms,
 * typed by what it changes, routed by its type through the officer, the approvers the
 * delegation-of-authority matrix names, and the donor, and applied with its before and after kept.
 */
package org.accord.amendment;
