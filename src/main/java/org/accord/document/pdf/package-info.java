/**
 * Writing PDFs: pages of headings, paragraphs and tables in any script, with the fonts Accord
 * ships. Other modules' reports (the annual performance report) are written with it too.
 */
@NamedInterface("pdf")
package org.accord.document.pdf;

import org.springframework.modulith.NamedInterface;
