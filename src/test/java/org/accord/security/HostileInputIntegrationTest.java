package org.accord.security;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Generated malformed and hostile request bodies against every writing endpoint of /api: each is
 * answered 4xx (or accepted), never 5xx, and no answer carries a stack trace or a class name.
 */
@AccordIntegrationTest
class HostileInputIntegrationTest {

  private static final String[] ENDPOINTS = {
    "POST /api/agreements",
    "POST /api/partners",
    "PUT /api/exchange-rates/EUR",
    "PUT /api/notifications/digest"
  };
  private static final Object[] HOSTILE_VALUES = {
    null,
    "",
    " ",
    "'; drop table accord.agreement; --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "${7*7}",
    "#{7*7}",
    "%s%s%s%n",
    "\u0000",
    "\uD83D\uDE00 émoji ✓ 汉字 العربية",
    "x".repeat(100_000),
    -1,
    0,
    Long.MAX_VALUE,
    Double.NaN,
    1e308,
    -1e-308,
    true,
    List.of(),
    List.of(List.of(List.of())),
    Map.of(),
    Map.of("$ne", 1),
    "1e999999",
    "99999999999999999999999999999999.99",
    "2027-02-30",
    "9999-99-99",
    "ZZ"
  };

  @Autowired TestRestTemplate rest;
  @Autowired Api api;
  @Autowired ObjectMapper json;

  @Test
  void hundredsOfGeneratedHostileBodiesNeverCauseAServerError() throws Exception {
    Random random = new Random(20261123);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String endpoint = ENDPOINTS[i % ENDPOINTS.length];
      String body = hostileBody(random);
      String[] parts = endpoint.split(" ");
      ResponseEntity<Map<String, Object>> response =
          parts[0].equals("POST")
              ? api.postRaw("officer", parts[1], body)
              : putRaw(api, parts[1], body);
      int status = response.getStatusCode().value();
      String answer = String.valueOf(response.getBody());
      if (status >= 500
          || answer.contains("Exception")
          || answer.contains("at org.")
          || answer.contains("SQL")) {
        failures.add(
            endpoint + " " + status + " <- " + abbreviate(body) + " -> " + abbreviate(answer));
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void bodiesOverOneMegabyteAreRefusedUnread() {
    String huge = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";

    assertThat(api.postRaw("officer", "/api/agreements", huge).getStatusCode())
        .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(api.postRaw("officer", "/engine-rest/message", huge).getStatusCode())
        .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
  }

  @Test
  void javaSerializedVariableIsRefused_andTheTaskStaysOpen() {
    String reference = api.propose("GSMA", "2200.00");
    // An empty java.util.ArrayList, serialized: a deserialization gadget would look the same.
    Map<String, Object> serialized =
        Map.of(
            "type", "Object",
            "value",
                "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==",
            "valueInfo",
                Map.of(
                    "serializationDataFormat", "application/x-java-serialized-object",
                    "objectTypeName", "java.util.ArrayList"));

    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "officer2",
            reference,
            SCREEN_PROPOSAL,
            // A variable the task sets, so that it is its value that is refused, not its name.
            Map.of("screeningDecision", "ACCEPT", "screeningComment", serialized));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("Java-serialized");
    assertThat(api.tasks("officer2", reference, SCREEN_PROPOSAL)).hasSize(1);
  }

  @Test
  void malformedEngineRestRequestsAreAnswered4xxWithAJsonMessage_neverAServerError() {
    String reference = api.propose("JICA", "2300.00");
    String instance =
        (String)
            api.get("officer", "/api/agreements/" + reference).getBody().get("processInstanceId");
    String task = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");
    String[][] requests = {
      {"GET", "/engine-rest/task?firstResult=-5", null, null},
      {"GET", "/engine-rest/task?firstResult=-5&maxResults=10", null, null},
      {"GET", "/engine-rest/history/task?firstResult=0&maxResults=-3", null, null},
      {"GET", "/engine-rest/task?firstResult=0&maxResults=ten", null, null},
      {"GET", "/engine-rest/process-instance/no-such-instance/variables", null, null},
      {"GET", "/engine-rest/process-instance/no-such-instance/variables/title", null, null},
      {"GET", "/engine-rest/task/no-such-task/variables", null, null},
      {"GET", "/engine-rest/execution/no-such-execution/localVariables", null, null},
      {"POST", "/engine-rest/process-instance/" + instance + "/variables/upload/data", "", null},
      {
        "POST",
        "/engine-rest/process-instance/" + instance + "/variables/upload/data",
        "",
        "multipart/form-data"
      },
      {
        "POST",
        "/engine-rest/process-instance/" + instance + "/variables/upload/data",
        "--x\r\n\r\n",
        "multipart/form-data; boundary=x"
      },
      {"POST", "/engine-rest/task/" + task + "/complete", "{\"variables\":", "application/json"},
      {"POST", "/engine-rest/task?firstResult=0&maxResults=10", "[1, 2]", "application/json"},
      {
        "POST",
        "/engine-rest/process-instance/" + instance + "/modification",
        "{\"instructions\": [{\"type\": \"explode\"}]}",
        "application/json"
      },
      {"POST", "/engine-rest/message", "{}", "application/json"},
      {"POST", "/engine-rest/message", "{\"messageName\": \"NoSuchMessage\"}", "application/json"},
      {"POST", "/engine-rest/task/" + task + "/complete", "not json", "text/plain"},
    };
    List<String> failures = new ArrayList<>();
    for (String[] request : requests) {
      HttpHeaders headers = Api.headersOf("admin");
      headers.remove(HttpHeaders.CONTENT_TYPE);
      if (request[3] != null) {
        headers.set(HttpHeaders.CONTENT_TYPE, request[3]);
      }
      ResponseEntity<String> response =
          rest.exchange(
              request[1],
              HttpMethod.valueOf(request[0]),
              new HttpEntity<>(request[2], headers),
              String.class);
      String body = String.valueOf(response.getBody());
      if (!response.getStatusCode().is4xxClientError()
          || !body.startsWith("{")
          || !body.contains("\"message\"")
          || body.contains("at org.")
          || body.contains("org.camunda")
          || body.contains("SQL")) {
        failures.add(
            request[0]
                + " "
                + request[1]
                + " ("
                + request[3]
                + ") -> "
                + response.getStatusCode().value()
                + " "
                + abbreviate(body));
      }
    }
    assertThat(failures).isEmpty();
  }

  private ResponseEntity<Map<String, Object>> putRaw(Api api, String path, String body) {
    return api.putRaw("admin", path, body);
  }

  private String hostileBody(Random random) throws Exception {
    return switch (random.nextInt(6)) {
      case 0 -> mutatedProposal(random);
      case 1 -> mutatedProposal(random) + "}";
      case 2 -> "[".repeat(random.nextInt(2_000) + 1);
      case 3 -> json.writeValueAsString(hostile(random));
      case 4 -> truncated(mutatedProposal(random), random);
      default -> new String(randomBytes(random), java.nio.charset.StandardCharsets.ISO_8859_1);
    };
  }

  private String mutatedProposal(Random random) throws Exception {
    Map<String, Object> proposal = new HashMap<>(Proposals.valid("JICA", "1000.00", "USD"));
    List<String> fields = new ArrayList<>(proposal.keySet());
    for (int mutations = random.nextInt(4) + 1; mutations > 0; mutations--) {
      proposal.put(fields.get(random.nextInt(fields.size())), hostile(random));
    }
    if (random.nextBoolean()) {
      proposal.put("unexpected" + random.nextInt(100), hostile(random));
    }
    return json.writeValueAsString(proposal);
  }

  private static Object hostile(Random random) {
    Supplier<Object> pick = () -> HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)];
    Object value = pick.get();
    if (value instanceof Double number && number.isNaN()) {
      return "NaN";
    }
    return value;
  }

  private static String truncated(String body, Random random) {
    return body.substring(0, random.nextInt(body.length()));
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(512)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
