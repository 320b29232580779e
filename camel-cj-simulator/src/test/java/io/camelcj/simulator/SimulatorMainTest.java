package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    @Test
    void optionsConfigureTheSimulator() {
        try (CjSimulator sim = SimulatorMain.start(new String[] {"--port", "0", "--products", "7", "--seed", "3",
                "--api-key", Fixtures.KEY, "--qps", "1000", "--balance", "12.50"})) {
            assertThat(sim.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/api2.0/v1");
            assertThat(sim.defaultApiKey()).isEqualTo(Fixtures.KEY);
            assertThat(sim.catalogue().productCount()).isEqualTo(7);
            assertThat(sim.admin().balance(Fixtures.KEY)).isEqualByComparingTo("12.50");
            TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
            assertThat(c.get("setting/get").data().path("setting").path("qpsLimit").asInt()).isEqualTo(1000);
        }
        assertThat(SimulatorMain.start(new String[] {"--help"})).isNull();
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--bogus"})).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--port"})).hasMessageContaining("needs a value");
    }
}
