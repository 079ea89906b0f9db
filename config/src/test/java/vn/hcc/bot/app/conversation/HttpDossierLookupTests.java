package vn.hcc.bot.app.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.core.dossier.DossierLookupException;
import vn.hcc.bot.core.dossier.DossierStatus;

class HttpDossierLookupTests {
  private static final WireMockServer SERVICE = new WireMockServer(options().dynamicPort());
  private static final String CODE = "000.00.31.H57-230301-0012";
  private HttpDossierLookup lookup;

  @BeforeAll
  static void start() {
    SERVICE.start();
  }

  @AfterAll
  static void stop() {
    SERVICE.stop();
  }

  @BeforeEach
  void reset() {
    SERVICE.resetAll();
    lookup = new HttpDossierLookup(SERVICE.baseUrl() + "/dossiers", Duration.ofMillis(500));
  }

  @Test
  void readsTheStatusAndDatesOfAKnownDossier() {
    SERVICE.stubFor(get(urlPathEqualTo("/dossiers")).withQueryParam("code", WireMock.equalTo(CODE))
        .willReturn(okJson("{\"status\":\"Đang giải quyết\",\"receivedOn\":\"2023-03-01\","
            + "\"appointmentOn\":\"2023-03-10T17:00:00\"}")));
    DossierStatus s = lookup.find(CODE).orElseThrow();
    assertThat(s.statusText()).isEqualTo("Đang giải quyết");
    assertThat(s.receivedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(s.appointmentOn()).isEqualTo(LocalDate.of(2023, 3, 10));
  }

  @Test
  void anUnknownDossierIsEmpty() {
    SERVICE.stubFor(get(urlPathEqualTo("/dossiers")).willReturn(aResponse().withStatus(404)));
    assertThat(lookup.find(CODE)).isEmpty();
  }

  @Test
  void aSlowServiceIsATimeout() {
    SERVICE.stubFor(get(urlPathEqualTo("/dossiers")).willReturn(okJson("{\"status\":\"x\"}").withFixedDelay(2000)));
    assertThatThrownBy(() -> lookup.find(CODE)).isInstanceOf(DossierLookupException.class)
        .satisfies(e -> assertThat(((DossierLookupException) e).isTimeout()).isTrue());
  }

  @Test
  void serverErrorsAndBadAnswersAreFailures() {
    SERVICE.stubFor(get(urlPathEqualTo("/dossiers")).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> lookup.find(CODE)).isInstanceOf(DossierLookupException.class)
        .hasMessageContaining("503");
    SERVICE.stubFor(get(urlPathEqualTo("/dossiers")).willReturn(okJson("not json")));
    assertThatThrownBy(() -> lookup.find(CODE)).isInstanceOf(DossierLookupException.class);
    SERVICE.stubFor(get(urlPathEqualTo("/dossiers")).willReturn(okJson("{\"receivedOn\":\"2023-03-01\"}")));
    assertThatThrownBy(() -> lookup.find(CODE)).hasMessageContaining("no status");
  }
}
