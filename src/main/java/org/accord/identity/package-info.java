/**
 * Users and groups: the first administrator, the demo profile's users and partners, deputyships (a
 * deputy lent an absent colleague's groups, approved by the head of partnerships), people's names
 * as forms, documents and e-mails show them, and each user's language, with the page where they
 * choose it and the language of the pages Accord draws for them.
 */
package org.accord.identity;
