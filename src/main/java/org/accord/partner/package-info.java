/**
 * Partners the agency signs agreements with: their register, their Camunda group of representatives
 * (donor-CODE) and their latest due diligence.
 */
package org.accord.partner;
