/**
 * Notifications by e-mail: an outbox written in the engine's transaction, a dispatcher that sends
 * it over SMTP, templates, reminders, escalations and the daily digest.
 */
package org.accord.notification;
