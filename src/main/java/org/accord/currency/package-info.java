/**
 * US-dollar equivalents of amounts for the delegation-of-authority matrix, from a rates table
 * administrators keep current.
 */
package org.accord.currency;
