package org.accord.document;

import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.shared.Language;

/**
 * Articles a feature adds to the MoU of the agreements it gives terms to, printed after the results
 * framework: the cooperation terms of a training cooperation, for one. The feature implements it as
 * a bean, so that documents depend on no feature that uses them (the training feature prints its
 * certificates with the document's PDF tools).
 */
public interface MouArticles {

  /**
   * The articles for this agreement, in order, written in the language (one of the agreement's);
   * none when it has nothing to add. A bilingual MoU asks once per language, and expects the same
   * articles in each.
   */
  List<MouArticle> articles(Agreement agreement, Language language);
}
