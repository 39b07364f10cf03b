package org.accord.shared.process;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.accord.shared.Language;
import org.accord.shared.Translated;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The names of the processes and of their user tasks in the six languages. English is the BPMN's
 * own {@code name} (what Camunda Modeler shows and engine-rest answers); each other language is one
 * bundle, {@code processes/i18n/<code>.json}, keyed by the process key and by {@code <process
 * key>.<task definition key>}. {@code ProcessNamesTest} fails the build when a process or user task
 * of {@code processes/*.bpmn} lacks its name in a bundle, or a bundle names one no BPMN has. A name
 * the bundles do not know (a process deployed by something else) stays as it is.
 */
@Component
public class ProcessNames {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Language, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

  private final ProcessEngine engine;
  private final Map<String, String> keysByDefinitionId = new ConcurrentHashMap<>();

  // Lazy: the engine's plugins name tasks, and they are built with the engine.
  ProcessNames(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  /** The process's name in the language; its English, the BPMN's, when there is none. */
  public static String process(String processKey, String english, Language language) {
    return bundle(language).getOrDefault(processKey, english);
  }

  /** The user task's name in the language; its English, the BPMN's, when there is none. */
  public static String task(String processKey, String taskKey, String english, Language language) {
    return bundle(language).getOrDefault(processKey + "." + taskKey, english);
  }

  /** The user task's name for a text written in each reader's language (an e-mail). */
  public static Translated task(String processKey, String taskKey, String english) {
    return language -> task(processKey, taskKey, english, language);
  }

  /**
   * The key of a deployed process definition, by its id, read from the engine's deployment cache
   * whoever asks (the names of a definition are no secret of it) and kept: ids never change.
   */
  public String keyOf(String processDefinitionId) {
    return keysByDefinitionId.computeIfAbsent(
        processDefinitionId,
        id ->
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(
                    command ->
                        command
                            .getProcessEngineConfiguration()
                            .getDeploymentCache()
                            .findDeployedProcessDefinitionById(id)
                            .getKey()));
  }

  /** The names of one language, by key; English has none: it is the BPMNs'. */
  static Map<String, String> bundle(Language language) {
    if (language == Language.EN) {
      return Map.of();
    }
    return BUNDLES.computeIfAbsent(language, ProcessNames::read);
  }

  private static Map<String, String> read(Language language) {
    ClassPathResource resource = new ClassPathResource(bundlePath(language));
    try (InputStream in = resource.getInputStream()) {
      return Map.copyOf(JSON.readValue(in, new TypeReference<Map<String, String>>() {}));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("No process names in " + resource.getPath(), unreadable);
    }
  }

  static String bundlePath(Language language) {
    return "processes/i18n/" + language.code() + ".json";
  }
}
