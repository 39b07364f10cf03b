package org.accord.document.process;

import org.accord.document.DocumentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The documents the agreement's process asks for: {@code ${documentSteps.prepareMou(execution)}}.
 */
@Component("documentSteps")
public class DocumentSteps {

  private final DocumentService documents;

  DocumentSteps(DocumentService documents) {
    this.documents = documents;
  }

  public void prepareMou(DelegateExecution execution) {
    documents.prepareMou(execution.getProcessBusinessKey());
  }
}
