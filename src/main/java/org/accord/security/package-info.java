/**
 * Authentication of engine-rest and the API against Camunda's identity service, and the current
 * user as the features see it.
 */
package org.accord.security;
