/**
 * The forum of opportunities (issue 23): proposals and initiatives the partnership officers choose
 * to publish (never by default) to every registered partner, with the amount sought, the funding
 * gap and a deadline; partners search them with PostgreSQL's text search, ask clarification
 * questions (answered by the officers and shown to every partner without the asker's name), and
 * express interest or pledge, a pledge starting a concept note of the pledging partner. Once a day
 * a donor is e-mailed the newly published opportunities that match its profile.
 */
package org.accord.opportunity;
