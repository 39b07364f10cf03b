/**
 * Notifications by e-mail: an outbox written in the engine's transaction, a dispatcher that sends
 * it over SMTP, templates in the six languages (each recipient's), reminders, escalations and the
 * daily digest.
 */
package org.accord.notification;
