/**
 * Exchange rates by date and the conversions that use them: the US-dollar equivalent of an amount
 * for the delegation-of-authority matrix (at the proposal's date), and any conversion at a value
 * date. Rates are never overwritten; administrators record them one by one and finance imports the
 * UN operational rates of exchange.
 */
package org.accord.currency;
