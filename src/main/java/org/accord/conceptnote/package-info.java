/**
 * Concept notes from members (issue 23): a partner's representative proposes what its organization
 * would do with the agency (title, priority, region, countries, summary, estimated budget, what it
 * would contribute and what it seeks); the partnership officers review it in the {@code
 * concept-note-intake} process, ask questions back, accept it as a proposal pre-filled from it, or
 * decline it with a reason, and the member is told at each step.
 */
package org.accord.conceptnote;
