package org.accord.shared.process;

/**
 * What a decision does to the work in hand, whatever the task: it goes ahead, stops, goes back to
 * whoever sent it, or records something (a finding, a rating, a signature) that is not itself a yes
 * or a no. The managers' decision rates count by it.
 */
public enum Verdict {
  APPROVED,
  REJECTED,
  SENT_BACK,
  RECORDED
}
