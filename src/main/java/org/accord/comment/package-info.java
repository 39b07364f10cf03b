/**
 * Comments on tasks: whoever may work on a task asks or notes something on it, a partner's
 * representative on their own tasks too, from Tasklist or engine-rest.
 */
package org.accord.comment;
