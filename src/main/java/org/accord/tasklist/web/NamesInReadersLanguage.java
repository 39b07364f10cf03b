package org.accord.tasklist.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accord.identity.Languages;
import org.accord.security.RequestUser;
import org.accord.shared.Language;
import org.accord.shared.process.ProcessNames;
import org.accord.shared.web.RequestPaths;
import org.accord.tasklist.FilterWords;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The names of tasks and processes in the webapps' engine API, in their reader's language ({@link
 * ProcessNames}): Tasklist's list, a task's header, the processes it offers to start, a task's
 * history in Cockpit. The engine keeps and answers the BPMN's names; only the answer to the webapps
 * is rewritten, so engine-rest, the API external clients read, keeps them (ADR 18).
 *
 * <p>The reader's language is the one their webapp speaks: their choice in Accord, else their
 * browser's, else English ({@link Languages#ofPage}); a name is part of the page around it.
 */
class NamesInReadersLanguage extends JsonAnswerFilter {

  /**
   * Where the webapps read tasks, process definitions and Tasklist's filters (counts answer no
   * names: no harm).
   */
  private static final Pattern NAMED =
      Pattern.compile(
          "/camunda/api/engine/engine/[^/]+/(?:task(?:/[^/]+)?|filter(?:/[^/]+(?:/list)?)?"
              + "|process-definition(?:/key/[^/]+(?:/tenant-id/[^/]+)?|/[^/]+)?|history/task)");

  private final ObjectProvider<Languages> languages;
  private final ObjectProvider<ProcessNames> names;
  private final ObjectProvider<IdentityService> identity;

  /** Beans looked up at the first request, as {@link FormsWithChoices} says why. */
  NamesInReadersLanguage(
      ObjectProvider<Languages> languages,
      ObjectProvider<ProcessNames> names,
      ObjectProvider<IdentityService> identity,
      ObjectMapper json) {
    super(json);
    this.languages = languages;
    this.names = names;
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !NAMED.matcher(RequestPaths.of(request)).matches();
  }

  @Override
  protected boolean amend(HttpServletRequest request, JsonNode answer, int status) {
    if (status != HttpServletResponse.SC_OK) {
      return false;
    }
    Authentication user = RequestUser.of(request, identity.getObject());
    Language language =
        languages
            .getObject()
            .ofPage(user == null ? null : user.getUserId(), request.getHeader("Accept-Language"));
    return language != Language.EN && rename(answer, language);
  }

  /** Renames every task and process definition in the answer, at any depth (HAL embeds them). */
  private boolean rename(JsonNode node, Language language) {
    boolean renamed = false;
    if (node instanceof ObjectNode object && object.path("name").isTextual()) {
      renamed =
          renameTask(object, language)
              || renameProcess(object, language)
              || renameFilter(object, language);
    }
    for (JsonNode child : node) {
      renamed |= rename(child, language);
    }
    return renamed;
  }

  private boolean renameTask(ObjectNode task, Language language) {
    if (!task.path("taskDefinitionKey").isTextual()) {
      return false;
    }
    String processKey =
        task.path("processDefinitionKey").isTextual()
            ? task.get("processDefinitionKey").asText()
            : task.path("processDefinitionId").isTextual()
                ? names.getObject().keyOf(task.get("processDefinitionId").asText())
                : null;
    return processKey != null
        && renamed(
            task,
            ProcessNames.task(
                processKey,
                task.get("taskDefinitionKey").asText(),
                task.get("name").asText(),
                language));
  }

  /** A process definition: a key, a version and a suspension state (a decision's has none). */
  private boolean renameProcess(ObjectNode definition, Language language) {
    return definition.path("key").isTextual()
        && definition.has("version")
        && definition.has("suspended")
        && renamed(
            definition,
            ProcessNames.process(
                definition.get("key").asText(), definition.get("name").asText(), language));
  }

  /**
   * A Tasklist filter ({@code resourceType} Task): its name, description and list columns, where
   * they are the words Accord gave it ({@link FilterWords}). Only the answer is rewritten: an
   * administrator who edits the filter in Tasklist saves it with the words they read, which are
   * then theirs and stay as written.
   */
  private static boolean renameFilter(ObjectNode filter, Language language) {
    if (!"Task".equals(filter.path("resourceType").asText())
        || !(filter.get("properties") instanceof ObjectNode properties)) {
      return false;
    }
    String english = filter.get("name").asText();
    boolean renamed =
        FilterWords.translatedName(english, language)
            .map(name -> renamed(filter, name))
            .orElse(false);
    if (properties.path("description").isTextual()) {
      renamed |=
          FilterWords.translatedDescription(
                  english, properties.get("description").asText(), language)
              .map(
                  description -> {
                    properties.put("description", description);
                    return true;
                  })
              .orElse(false);
    }
    for (JsonNode column : properties.path("variables")) {
      if (column instanceof ObjectNode variable
          && variable.path("name").isTextual()
          && variable.path("label").isTextual()) {
        Optional<String> label =
            FilterWords.translatedColumn(
                variable.get("name").asText(), variable.get("label").asText(), language);
        if (label.isPresent()) {
          variable.put("label", label.get());
          renamed = true;
        }
      }
    }
    return renamed;
  }

  private static boolean renamed(ObjectNode named, String name) {
    if (name.equals(named.get("name").asText())) {
      return false;
    }
    named.put("name", name);
    return true;
  }
}
