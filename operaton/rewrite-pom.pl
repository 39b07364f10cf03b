# Accord's pom.xml -> the same build on Operaton (perl -0pi; OPERATON_VERSION from build.sh).
my $v = $ENV{OPERATON_VERSION} || '1.0.3';
# The engine's version property and its BOM.
s{<camunda\.version>[^<]*</camunda\.version>}{<operaton.version>$v</operaton.version>};
s{\$\{camunda\.version\}}{\${operaton.version}}g;
s{<groupId>org\.camunda\.bpm</groupId>(\s*)<artifactId>camunda-bom</artifactId>}{<groupId>org.operaton.bpm</groupId>$1<artifactId>operaton-bom</artifactId>}g;
# Camunda's starters, Spin, JUnit 5 extension and assertions: same names under org.operaton.
s{<groupId>org\.camunda\.(bpm|bpm\.springboot|spin)</groupId>(\s*)<artifactId>camunda-}{<groupId>org.operaton.$1</groupId>$2<artifactId>operaton-}g;
# The process test coverage extension is Camunda-only (its platform-7 module needs camunda-engine):
# the copy's process tests run without the coverage check (see ProcessTests in rewrite.pl).
s{\s*<dependency>\s*<groupId>org\.camunda\.community\.process_test_coverage</groupId>.*?</dependency>}{}s;
# The copy's name, so that its jar is never mistaken for the Camunda one.
s{<artifactId>accord</artifactId>}{<artifactId>accord-operaton</artifactId>};
s{<description>([^<]*) on Camunda 7</description>}{<description>$1 on Operaton $v (rewritten copy, operaton/build.sh)</description>};
# Operaton 1.0 ships the JUnit 5 extension as operaton-engine's junit5 classifier, not as
# operaton-bpm-junit5 (listed in its BOM, absent from Maven Central).
s{<groupId>org\.operaton\.bpm</groupId>(\s*)<artifactId>operaton-bpm-junit5</artifactId>}{<groupId>org.operaton.bpm</groupId>$1<artifactId>operaton-engine</artifactId>$1<classifier>junit5</classifier>}g;
# operaton-bpm-assert 1.0.x is listed in the BOM but not on Maven Central: the process unit tests
# that use it (BpmnAwareTests) are left out of the copy (build.sh) and the dependency with them.
s{\s*<dependency>\s*<groupId>org\.operaton\.bpm</groupId>\s*<artifactId>operaton-bpm-assert</artifactId>.*?</dependency>}{}s;
# Spin's Jackson data format: no 1.0.x release resolves on Maven Central (1.0.3 is absent, the
# 1.0.0 pom names a parent, operaton-spin-root 1.0.0, that is absent), but the 1.0.0 jar is there.
# build.sh fetches it into the copy (lib/) and it is a system-scoped dependency here, with the
# JSON path library it needs; the jar's own dependencies (Spin core, Jackson) come from the BOM.
s{(<artifactId>operaton-spin-dataformat-json-jackson</artifactId>)}{$1
      <version>1.0.0</version>
      <scope>system</scope>
      <systemPath>\${project.basedir}/lib/operaton-spin-dataformat-json-jackson-1.0.0.jar</systemPath>
    </dependency>
    <dependency>
      <groupId>org.operaton.spin</groupId>
      <artifactId>operaton-spin-core</artifactId>
    </dependency>
    <dependency>
      <groupId>com.jayway.jsonpath</groupId>
      <artifactId>json-path</artifactId>};
# ... and the jar carries it like any other library.
s{(<artifactId>spring-boot-maven-plugin</artifactId>)(\s*</plugin>)}{$1
        <configuration>
          <includeSystemScope>true</includeSystemScope>
        </configuration>$2};
# The copy is the Operaton build: it has no operaton profile of its own to recurse into.
s{\s*<profile>\s*<!--\s*\./mvnw -Poperaton verify.*?</profile>}{}s;
