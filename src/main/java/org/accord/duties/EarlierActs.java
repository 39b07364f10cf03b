package org.accord.duties;

import java.util.List;

/**
 * Acts that are not an agreement's task completions, kept by the module that records them (a
 * receipt recorded through the API, its reversal; a request to join an initiative): the separation
 * of duties holds against them as against the agreement's decisions.
 */
public interface EarlierActs {

  /**
   * The acts recorded under a business key: an agreement's reference, or another process's key
   * (such as a membership request's); none for a key that is not the module's.
   */
  List<Act> on(String reference);
}
