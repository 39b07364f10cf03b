# The rewrite list for the copy under target/operaton (perl -0pi, every file that names Camunda).
# BPMN and DMN keep Camunda's extension namespace: Operaton 1.0 reads it (BpmnModelConstants.CAMUNDA_NS).
our $bpmn = ($ARGV =~ /\.(bpmn|dmn|form)$/);
unless ($bpmn) {
  # Packages.
  s/\borg\.camunda\.bpm\b/org.operaton.bpm/g;
  s/\borg\.camunda\.spin\b/org.operaton.spin/g;
  # What a test looks for in an answer that must not leak the engine's classes.
  s/"org\.camunda"/"org.operaton"/g;
  # Operaton moved the mocks (Mocks, MockExpressionManager) out of the test package.
  s/\borg\.operaton\.bpm\.engine\.test\.mock\./org.operaton.bpm.engine.impl.mock./g;
  # Classes and methods named after the product: CamundaRestResources, getCamundaFormRef, ...
  s/\b(\w*?)Camunda(?=[A-Z])/$1Operaton/g;
  # The administrators' group: Groups.CAMUNDA_ADMIN ("camunda-admin") is OPERATON_ADMIN
  # ("operaton-admin"); FirstAdministrator carries the members of "camunda-admin" over.
  s/\bCAMUNDA_ADMIN\b/OPERATON_ADMIN/g;
  # Spring Boot properties: camunda.bpm.* is operaton.bpm.*.
  s/\bcamunda\.bpm\./operaton.bpm./g;
  s/^camunda:(\s*\n\s*bpm:)/operaton:$1/mg;
  # The webapps and their REST API: /camunda/... is /operaton/...
  s{/camunda/(app|api|\*)}{/operaton/$1}g;
  s{\(\?:engine-rest\|camunda/api}{(?:engine-rest|operaton/api}g;
  s{webjars/camunda/}{webjars/operaton/}g;
}
