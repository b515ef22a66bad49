package io.mlworkbench.engine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.fixtures.CustomerTables;
import org.junit.jupiter.api.Test;

class ProfileJsonTest {

    private final ProfileJson json = new ProfileJson();

    @Test
    void roundTripsAProfile() {
        DatasetProfile profile = new DatasetProfiler().profile(CustomerTables.generate(2_000, 5));

        assertThat(json.read(json.write(profile), "test")).isEqualTo(profile);
    }

    @Test
    void writesSnakeCaseNamesAndIsoInstants() {
        String text = json.write(new DatasetProfiler().profile(CustomerTables.generate(50, 5)));

        assertThat(text).contains("\"duplicate_row_count\":0", "\"likely_identifiers\":[\"id\"]",
                "\"date_time_range\":{\"min\":\"20");
    }

    @Test
    void refusesAProfileFromANewerBuild() {
        assertThatThrownBy(() -> json.read("{\"format_version\": 99, \"row_count\": 0}", "dataset version 4"))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("dataset version 4").hasMessageContaining("format version 99");
    }

    @Test
    void namesWhereUnreadableJsonBreaks() {
        assertThatThrownBy(() -> json.read("{\"row_count\": \"many\"}", "dataset version 4"))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("dataset version 4").hasMessageContaining("line 1");
    }
}
