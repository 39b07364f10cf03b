/**
 * Users, groups and Tasklist filters: the demo profile's users and partners, and the filters every
 * installation needs.
 */
package org.accord.identity;
