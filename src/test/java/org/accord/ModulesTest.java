package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Accord's modules are its top-level packages, and the build holds their boundaries (Spring
 * Modulith): a module uses another only through that module's own package (or a named interface
 * such as {@code shared::process}), never its {@code process}, {@code persistence} or {@code web}
 * internals, and no modules depend on each other in a circle. The map of who uses whom is written
 * from the code into {@code docs/modules.md}.
 */
class ModulesTest {

  private static final ApplicationModules MODULES = ApplicationModules.of(AccordApplication.class);
  private static final Path MAP = Path.of("docs/modules.md");

  @Test
  void modulesUseOnlyWhatOthersExpose_andNoneDependOnEachOtherInACircle() {
    MODULES.verify();
  }

  /** Run with {@code -Daccord.modules.write=true} to write the map after changing a module. */
  @Test
  void theModuleMapInTheDocsIsTheCodes() throws IOException {
    String map = map();
    if (Boolean.getBoolean("accord.modules.write")) {
      Files.writeString(MAP, map);
    }
    assertThat(Files.readString(MAP))
        .as("docs/modules.md is out of date: run ModulesTest with -Daccord.modules.write=true")
        .isEqualTo(map);
  }

  private static String map() {
    StringBuilder text =
        new StringBuilder(
            """
            # Accord's modules

            Written by `ModulesTest` from the code (do not edit by hand: run `./mvnw test \
            -Dtest=ModulesTest -Daccord.modules.write=true`). Each module is a top-level package of \
            `org.accord`; another module uses it only through its own package or a named interface \
            (`shared::process`), never its `process`, `persistence` or `web` internals, and no \
            modules depend on each other in a circle (`ModulesTest`).

            | module | what it is | uses |
            |---|---|---|
            """);
    MODULES.stream()
        .sorted(
            Comparator.comparing(
                ApplicationModule::getIdentifier, Comparator.comparing(Object::toString)))
        .forEach(
            module ->
                text.append("| `")
                    .append(module.getIdentifier())
                    .append("` | ")
                    .append(firstSentence(module))
                    .append(" | ")
                    .append(
                        module.getDirectDependencies(MODULES).stream()
                            .map(ApplicationModuleDependency::getTargetModule)
                            .map(target -> "`" + target.getIdentifier() + "`")
                            .distinct()
                            .sorted()
                            .collect(Collectors.joining(", ")))
                    .append(" |\n"));
    return text.toString();
  }

  /** The first sentence of the module's package Javadoc. */
  private static String firstSentence(ApplicationModule module) {
    Path packageInfo =
        Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'))
            .resolve("package-info.java");
    try {
      String javadoc = Files.readString(packageInfo).split("\\*/")[0];
      String text =
          javadoc
              .replaceAll("(?m)^\\s*/?\\*+ ?", " ")
              .replaceAll("\\s+", " ")
              .replaceAll("\\{@code ([^}]*)}", "`$1`")
              .strip();
      int end = text.indexOf(". ");
      return end < 0 ? text : text.substring(0, end + 1);
    } catch (IOException none) {
      return "";
    }
  }
}
