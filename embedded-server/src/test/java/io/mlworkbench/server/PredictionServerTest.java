package io.mlworkbench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlworkbench.engine.BuildInfo;
import io.mlworkbench.engine.WorkbenchException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real server on a random port, over real HTTP. */
class PredictionServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private PredictionServer server;

    @BeforeEach
    void start() {
        server = PredictionServer.create(ServerConfig.localDefaults()).start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void answersV2Liveness() throws Exception {
        HttpResponse<String> r = get("/v2/health/live");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json.readTree(r.body()).get("live").asBoolean()).isTrue();
    }

    @Test
    void readinessFollowsTheReadyFlag() throws Exception {
        assertThat(get("/v2/health/ready").statusCode()).isEqualTo(200);
        server.setReady(false);
        HttpResponse<String> r = get("/v2/health/ready");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json.readTree(r.body()).get("ready").asBoolean()).isFalse();
        assertThat(get("/ping").statusCode()).isEqualTo(503);
    }

    @Test
    void describesServerInV2Metadata() throws Exception {
        JsonNode body = json.readTree(get("/v2").body());
        assertThat(body.get("name").asText()).isEqualTo("mlworkbench");
        assertThat(body.get("version").asText()).isEqualTo(BuildInfo.version());
        assertThat(body.get("extensions").isArray()).isTrue();
    }

    @Test
    void answersMlflowPingAndVersion() throws Exception {
        assertThat(get("/ping").statusCode()).isEqualTo(200);
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/version").body()).isEqualTo(BuildInfo.version());
    }

    @Test
    void unknownPathIsJson404NamingThePath() throws Exception {
        HttpResponse<String> r = get("/v2/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json.readTree(r.body()).get("error").asText()).contains("GET /v2/nope");
    }

    @Test
    void refusesAPortAlreadyInUse() {
        PredictionServer second = PredictionServer.create(ServerConfig.localDefaults());
        assertThatThrownBy(() -> second.start(server.port()))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("Cannot start the prediction server on 127.0.0.1:" + server.port());
    }

    @Test
    void refusesAnImpossiblePort() {
        assertThatThrownBy(() -> PredictionServer.create(ServerConfig.localDefaults()).start(70_000))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("between 0 and 65535, got 70000");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
