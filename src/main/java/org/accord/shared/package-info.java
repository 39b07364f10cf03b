/**
 * Small, stable pieces every feature uses: validation, errors, the clock, the six languages, and
 * the rules that check each task's decision.
 */
package org.accord.shared;
