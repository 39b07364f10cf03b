/**
 * Documents of an agreement as PDFs: the Memorandum of Understanding to sign, stored with its
 * SHA-256 so that anyone can check that what was signed is what is kept.
 */
package org.accord.document;
