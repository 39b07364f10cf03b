# Builds and runs Accord. docker-compose.yml uses it with an external PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 accord
WORKDIR /app
COPY --from=build /src/target/accord-*.jar app.jar
USER accord
# 8081 (Actuator) listens on the container's loopback unless ACCORD_MANAGEMENT_ADDRESS says otherwise.
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
