package org.accord.operations;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.List;
import org.accord.metrics.PipelineMetrics;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Metrics and health for the operator on a port of their own; users' port shows only probes. */
@AccordIntegrationTest
class ManagementPortIntegrationTest {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  @Autowired TestRestTemplate rest;
  @Autowired Api api;
  @Autowired PipelineMetrics pipeline;

  @Test
  void prometheusMetricsAreOnTheManagementPortOnly() {
    ResponseEntity<String> metrics =
        rest.getForEntity(
            "http://localhost:" + managementPort + "/actuator/prometheus", String.class);

    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody()).contains("accord_notifications_pending");
    assertThat(
            rest.getForEntity("http://localhost:" + port + "/actuator/prometheus", String.class)
                .getStatusCode())
        .isIn(HttpStatus.NOT_FOUND, HttpStatus.UNAUTHORIZED);
  }

  @Test
  void pipelineAndTaskDurationsAreMetrics() {
    String reference = api.propose("JICA", "600.00");
    api.complete(
        "officer2", reference, SCREEN_PROPOSAL, java.util.Map.of("screeningDecision", "ACCEPT"));
    api.propose("JICA", "650.00");
    pipeline.refresh();

    String metrics =
        rest.getForEntity(
                "http://localhost:" + managementPort + "/actuator/prometheus", String.class)
            .getBody();

    assertThat(metrics)
        .containsPattern("accord_agreements\\{[^}]*status=\"SCREENING\"[^}]*\\} [1-9]")
        .containsPattern("accord_agreements\\{[^}]*status=\"CLOSED\"[^}]*\\} \\d")
        .containsPattern("accord_tasks_open\\{[^}]*group=\"partnership-officers\"")
        .contains("accord_tasks_overdue")
        .contains("accord_incidents")
        .contains("accord_jobs_due")
        .containsPattern("accord_task_duration_seconds_count\\{[^}]*task=\"screenProposal\"");
  }

  @Test
  void probesAnswerOnTheApplicationPortWithoutCredentials() {
    assertThat(
            rest.getForEntity("http://localhost:" + port + "/readyz", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            rest.getForEntity(
                    "http://localhost:" + managementPort + "/actuator/health", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void managementPortListensOnLoopbackOnly() throws Exception {
    List<InetAddress> otherAddresses =
        NetworkInterface.networkInterfaces()
            .flatMap(NetworkInterface::inetAddresses)
            .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
            .toList();
    assumeThat(otherAddresses).as("a network address other than loopback").isNotEmpty();

    for (InetAddress address : otherAddresses) {
      try (Socket socket = new Socket()) {
        assertThatThrownBy(
                () -> socket.connect(new InetSocketAddress(address, managementPort), 2000))
            .as("management port on %s", address)
            .isInstanceOf(IOException.class);
      }
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), managementPort), 2000);
    }
  }
}
