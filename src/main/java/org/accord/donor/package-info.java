/**
 * Donor relations: each donor's profile (what it funds, where, how much, how it wants to be
 * reported to) and the matching of proposals to donors by fit.
 */
package org.accord.donor;
