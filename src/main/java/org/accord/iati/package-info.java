/**
 * Transparency: agreements published as IATI Activity Standard 2.03 XML, checked against the main
 * rules of the IATI ruleset before they leave.
 */
package org.accord.iati;
