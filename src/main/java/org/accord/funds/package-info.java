/**
 * The money actually mobilized: each instalment of a partner's contribution called when it falls
 * due, the receipts finance records against it, and what is still owed.
 */
package org.accord.funds;
