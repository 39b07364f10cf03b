package org.accord.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.accord.identity.Languages;
import org.accord.shared.Language;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Camunda Forms in the six languages (ADR 0016). Each English form the engine deploys is deployed
 * beside it in the five other languages, generated from the form and the language's bundle; and
 * every form reference answers the form in the language of the user who fetches it ({@link
 * Languages#of}: their choice, or the agency's default), so Tasklist and engine-rest show it with
 * nothing of theirs changed.
 */
@Component
class TranslatedFormsPlugin extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Languages languages;
  private final Set<String> translatedForms = ConcurrentHashMap.newKeySet();
  private final ThreadLocal<Reader> lastReader = new ThreadLocal<>();

  // Lazy: the identity module's beans need the engine this plugin helps build.
  TranslatedFormsPlugin(@Lazy Languages languages) {
    this.languages = languages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                  inReadersLanguage(behavior.getTaskDefinition().getFormDefinition());
                }
              }

              @Override
              public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                inReadersLanguage(definition.getStartFormDefinition());
              }
            });
  }

  /** After the starter has listed what it deploys, before it deploys it. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration instanceof SpringProcessEngineConfiguration spring
        && spring.getDeploymentResources() != null) {
      List<Resource> resources = new ArrayList<>(Arrays.asList(spring.getDeploymentResources()));
      resources.addAll(translationsOf(resources));
      spring.setDeploymentResources(resources.toArray(Resource[]::new));
    }
  }

  private List<Resource> translationsOf(List<Resource> resources) {
    Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
    List<Resource> translations = new ArrayList<>();
    for (Resource resource : resources) {
      if (resource.getFilename() == null || !resource.getFilename().endsWith(".form")) {
        continue;
      }
      JsonNode form = read(resource);
      String formId = form.path("id").asText();
      for (Language language : Language.values()) {
        if (language != Language.EN) {
          byte[] translated =
              FormTexts.translated(
                      form, language, bundles.computeIfAbsent(language, FormBundles::of))
                  .toPrettyString()
                  .getBytes(StandardCharsets.UTF_8);
          translations.add(
              new DeployedAs("forms/" + language.code() + "/" + formId + ".form", translated));
        }
      }
      translatedForms.add(formId);
    }
    return translations;
  }

  private void inReadersLanguage(FormDefinition form) {
    if (form != null && form.getCamundaFormDefinitionKey() != null) {
      Expression english = form.getCamundaFormDefinitionKey();
      form.setCamundaFormDefinitionKey(
          new FormInUserLanguage(english, translatedForms, this::readersLanguage));
    }
  }

  /**
   * The language of the user the engine acts for; the agency's default when it acts for none. A
   * list of tasks from engine-rest ({@code GET /task}) initializes every task's form reference in
   * one command: the user's language is read once per command, not once per task.
   */
  private Language readersLanguage() {
    CommandContext command = Context.getCommandContext();
    String userId = command == null ? null : command.getAuthenticatedUserId();
    if (userId == null) {
      return languages.agencyDefault();
    }
    Reader last = lastReader.get();
    if (last != null && last.command().get() == command && last.userId().equals(userId)) {
      return last.language();
    }
    Language language = languages.of(userId);
    lastReader.set(new Reader(new WeakReference<>(command), userId, language));
    return language;
  }

  /** Whose language this thread read last, in which command (held weakly: it may be over). */
  private record Reader(WeakReference<CommandContext> command, String userId, Language language) {}

  private static JsonNode read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return JSON.readTree(in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Not readable as a form: " + resource, unreadable);
    }
  }

  /**
   * Bytes deployed under a name: Spring's auto-deployment names a byte array by its description,
   * which {@link ByteArrayResource} wraps in words of its own, and Camunda knows a form by its name
   * ending in {@code .form}.
   */
  private static final class DeployedAs extends ByteArrayResource {

    private final String name;

    DeployedAs(String name, byte[] content) {
      super(content, name);
      this.name = name;
    }

    @Override
    public String getDescription() {
      return name;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof DeployedAs deployed && deployed.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }
}
