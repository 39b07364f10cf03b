package org.accord.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.accord.shared.Language;
import org.accord.testing.Translations;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every process and user task of {@code processes/*.bpmn} is named in every language, and the
 * bundles name nothing else: the build fails otherwise, naming the key. After adding a task to a
 * BPMN, this test lists the keys each bundle lacks; after removing one, those it no longer needs.
 */
class ProcessNamesTest {

  /** The BPMNs' own names, English, by the keys the bundles use. */
  private static Map<String, String> english() throws IOException {
    Map<String, String> names = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          names.put(process.getId(), process.getName());
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          names.put(processOf(task).getId() + "." + task.getId(), task.getName());
        }
      }
    }
    return names;
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    return parent instanceof Process process ? process : processOf(parent);
  }

  @Test
  void everyProcessAndUserTask_hasAnEnglishName() throws IOException {
    assertThat(english())
        .as("the BPMNs' names are the English ones")
        .containsEntry("partnership-agreement", "Partnership agreement")
        .containsEntry("partnership-agreement.screenProposal", "Screen proposal")
        .allSatisfy((key, name) -> assertThat(name).as(key).isNotBlank());
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void eachBundle_namesExactlyTheProcessesAndTheirUserTasks_inItsLanguage(Language language)
      throws IOException {
    Map<String, String> english = english();
    Map<String, String> bundle = ProcessNames.bundle(language);

    List<String> problems = new ArrayList<>(Translations.problems(english, bundle));
    english.forEach(
        (key, name) -> {
          String translated = bundle.get(key);
          if (translated == null) {
            return;
          }
          if (translated.isBlank() || translated.equals(name)) {
            problems.add(key + ": not translated: " + translated);
          } else if (!Translations.inItsScript(name, translated, language)) {
            problems.add(key + ": not written in " + language.code() + ": " + translated);
          }
        });
    assertThat(problems).as(ProcessNames.bundlePath(language)).isEmpty();
  }

  @Test
  void theBundlesFolder_holdsOneBundlePerLanguageButEnglish() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes/i18n"))) {
      assertThat(files.map(file -> "processes/i18n/" + file.getFileName()))
          .containsExactlyInAnyOrderElementsOf(
              Stream.of(Language.values())
                  .filter(language -> language != Language.EN)
                  .map(ProcessNames::bundlePath)
                  .toList());
    }
  }

  @Test
  void aNameInAnotherLanguage_comesFromItsBundle_andAnUnknownOneStaysAsItIs() {
    assertThat(
            ProcessNames.task(
                "partnership-agreement", "donorSignOff", "Donor sign-off", Language.AR))
        .isEqualTo("الموافقة النهائية للجهة المانحة");
    assertThat(ProcessNames.process("partnership-agreement", "Partnership agreement", Language.ZH))
        .isEqualTo("伙伴关系协议");
    assertThat(
            ProcessNames.task(
                "partnership-agreement", "donorSignOff", "Donor sign-off", Language.EN))
        .isEqualTo("Donor sign-off");
    assertThat(ProcessNames.task("someone-elses", "review", "Review", Language.FR))
        .isEqualTo("Review");
  }
}
