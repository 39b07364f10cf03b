package org.accord.shared.process;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the node in the locks its job executor takes ({@code node-2/3f1c…} instead of a bare UUID),
 * as Camunda's job log already does in its host name: in a cluster, an operator looking at a locked
 * job sees which node holds it, and whether that node is still alive.
 */
@Component
class JobLockOwnerPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      // Still unique per start: a node restarted under the same name must not take over the
      // locks of the run that died, which expire instead.
      configuration
          .getJobExecutor()
          .setLockOwner(configuration.getHostname() + "/" + UUID.randomUUID());
    }
  }
}
