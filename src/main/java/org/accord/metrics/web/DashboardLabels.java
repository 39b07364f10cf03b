package org.accord.metrics.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.reporting.Rating;
import org.accord.security.SystemAuthority;
import org.accord.shared.Language;
import org.accord.shared.Terms;
import org.accord.shared.process.ProcessNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What the dashboard's codes read as, each taken from its one home: priorities, regions, stages and
 * ratings in the page's language from the {@link Terms}, tasks from the deployed processes in the
 * page's language, groups from their names in the engine's identity service, donors from the
 * partners. The page shows labels only.
 */
@Component
class DashboardLabels {

  /** Code to label, in the order the filters offer them. */
  record Labels(
      Map<String, String> priorities,
      Map<String, String> regions,
      Map<String, String> stages,
      Map<String, String> ratings,
      Map<String, String> tasks,
      Map<String, String> groups,
      Map<String, String> donors) {}

  private final PartnerService partners;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final SystemAuthority system;

  DashboardLabels(
      PartnerService partners,
      RepositoryService repository,
      IdentityService identity,
      SystemAuthority system) {
    this.partners = partners;
    this.repository = repository;
    this.identity = identity;
    this.system = system;
  }

  /** The labels of every code in the language, with those of the groups named. */
  Labels labels(Collection<String> groupIds, Language language) {
    Terms terms = Terms.in(language);
    return new Labels(
        of(Priority.values(), terms),
        of(Region.values(), terms),
        of(AgreementStatus.values(), terms),
        of(Rating.values(), terms),
        system.run(() -> taskNames(language)),
        system.run(() -> groupNames(groupIds)),
        partners.all().stream()
            .collect(
                Collectors.toMap(
                    Partner::code, Partner::name, (same, again) -> same, TreeMap::new)));
  }

  /**
   * The user tasks' names in the latest version of each process, in the language ({@link
   * ProcessNames}); a name two processes share (the donor's sign-off of an agreement and of an
   * amendment) is told apart by its process's name.
   */
  private Map<String, String> taskNames(Language language) {
    record Named(String key, String name, String process) {}
    List<Named> tasks =
        repository.createProcessDefinitionQuery().latestVersion().list().stream()
            .flatMap(
                definition ->
                    repository
                        .getBpmnModelInstance(definition.getId())
                        .getModelElementsByType(UserTask.class)
                        .stream()
                        .filter(task -> task.getName() != null && !task.getName().isBlank())
                        .map(
                            task ->
                                new Named(
                                    task.getId(),
                                    ProcessNames.task(
                                        definition.getKey(),
                                        task.getId(),
                                        task.getName().strip(),
                                        language),
                                    name(definition, language))))
            .toList();
    Map<String, Set<String>> keysByName =
        tasks.stream()
            .collect(
                Collectors.groupingBy(
                    task -> task.name().strip(),
                    Collectors.mapping(Named::key, Collectors.toSet())));
    Map<String, String> names = new TreeMap<>();
    for (Named task : tasks) {
      String name = task.name().strip();
      names.putIfAbsent(
          task.key(), keysByName.get(name).size() > 1 ? name + " (" + task.process() + ")" : name);
    }
    return names;
  }

  private static String name(ProcessDefinition definition, Language language) {
    return ProcessNames.process(
        definition.getKey(),
        definition.getName() == null ? definition.getKey() : definition.getName(),
        language);
  }

  private Map<String, String> groupNames(Collection<String> groupIds) {
    if (groupIds.isEmpty()) {
      return Map.of();
    }
    return identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list().stream()
        .filter(group -> group.getName() != null && !group.getName().isBlank())
        .collect(
            Collectors.toMap(Group::getId, Group::getName, (same, again) -> same, TreeMap::new));
  }

  private static Map<String, String> of(Enum<?>[] codes, Terms terms) {
    return Arrays.stream(codes)
        .collect(
            Collectors.toMap(Enum::name, terms::name, (same, again) -> same, LinkedHashMap::new));
  }
}
