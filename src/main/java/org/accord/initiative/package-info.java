/**
 * Initiatives above the agreements (issue 18): the regional initiatives of the Baku Action Plan and
 * the thematic and geographic Partnership Initiatives of the Cusco Plan of Action, each with a
 * lead, its countries and a workplan in the annex's shape (objectives, activities with their
 * time-frame, indicators, responsible member, outputs and the support they need). Partners join
 * through the {@code initiative-membership} process with a role, a national focal point and
 * committed inputs, report each year what they delivered, and may leave. The agency's staff see
 * every initiative; a partner's representatives only those their organization is a member of.
 */
package org.accord.initiative;
