package org.accord.duties;

import java.util.List;

/**
 * Acts on an agreement that are not its task completions, kept by the module that records them (a
 * receipt recorded through the API, its reversal): the separation of duties holds against them as
 * against the agreement's decisions.
 */
public interface EarlierActs {

  List<Act> on(String agreementReference);
}
