package org.accord.document;

import java.util.List;
import org.accord.agreement.Agreement;

/**
 * Articles a feature adds to the MoU of the agreements it gives terms to, printed after the results
 * framework: the cooperation terms of a training cooperation, for one. The feature implements it as
 * a bean, so that documents depend on no feature that uses them (the training feature prints its
 * certificates with the document's PDF tools).
 */
public interface MouArticles {

  /** The articles for this agreement, in order; none when it has nothing to add. */
  List<MouArticle> articles(Agreement agreement);
}
