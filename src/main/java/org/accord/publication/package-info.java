/**
 * Published reports (issue 23): the consolidated report (by priority, region or donor) and the
 * annual performance report that managers publish to partners, listed in the partners' portal with
 * only the figures that concern no other partner: a report by donor is published to one donor with
 * its own figures alone, the others show totals that name no partner.
 */
package org.accord.publication;
