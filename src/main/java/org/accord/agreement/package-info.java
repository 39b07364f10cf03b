/**
 * Partnership agreements from proposal to closure: the proposal rules, the status and its history,
 * and the partnership-agreement process that drives them.
 */
package org.accord.agreement;
