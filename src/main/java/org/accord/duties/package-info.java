/**
 * Separation of duties: which duties one person may not both do (the table {@code
 * separation-of-duties}, a DMN decision), held at every task completion of an agreement's processes
 * for the person who acts and for the person a deputy acts for.
 */
package org.accord.duties;
