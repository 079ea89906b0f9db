package vn.hcc.bot.app.conversation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hcc.bot.core.dossier.DossierLookup;
import vn.hcc.bot.core.dossier.DossierLookupException;
import vn.hcc.bot.core.dossier.DossierStatus;

/**
 * Asks the province's dossier service: {@code GET {bot.dossier.lookup-url}?code=CODE} answering
 * 200 with {@code {"status": "...", "receivedOn": "YYYY-MM-DD", "appointmentOn": "YYYY-MM-DD"}}
 * or 404 when there is no such dossier. Anything else, or no answer in time, is a failure.
 */
public class HttpDossierLookup implements DossierLookup {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final String url;
  private final Duration timeout;
  private final HttpClient http;

  public HttpDossierLookup(String url, Duration timeout) {
    this.url = url;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public Optional<DossierStatus> find(String code) {
    String sep = url.contains("?") ? "&" : "?";
    var request = HttpRequest.newBuilder(URI.create(url + sep + "code="
            + URLEncoder.encode(code, StandardCharsets.UTF_8)))
        .timeout(timeout).header("Accept", "application/json").GET().build();
    HttpResponse<String> res;
    try {
      res = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new DossierLookupException("dossier service did not answer in " + timeout, true, e);
    } catch (IOException e) {
      throw new DossierLookupException("dossier service unreachable: " + e.getMessage(), false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DossierLookupException("interrupted", false, e);
    }
    if (res.statusCode() == 404) {
      return Optional.empty();
    }
    if (res.statusCode() != 200) {
      throw new DossierLookupException("dossier service answered HTTP " + res.statusCode(), false, null);
    }
    try {
      JsonNode n = JSON.readTree(res.body());
      String status = n.path("status").asString("");
      if (status.isBlank()) {
        throw new DossierLookupException("dossier service answer has no status", false, null);
      }
      return Optional.of(new DossierStatus(code, status, date(n, "receivedOn"), date(n, "appointmentOn")));
    } catch (RuntimeException e) {
      if (e instanceof DossierLookupException d) {
        throw d;
      }
      throw new DossierLookupException("dossier service answer is not valid JSON", false, e);
    }
  }

  private static LocalDate date(JsonNode n, String field) {
    String s = n.path(field).asString("");
    try {
      return s.isBlank() ? null : LocalDate.parse(s.substring(0, Math.min(10, s.length())));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
