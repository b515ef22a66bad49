package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelResolverTest {

    private final RegistryFixture f = new RegistryFixture();
    private final ModelResolver resolver = f.registry.resolver();

    @AfterEach
    void close() {
        f.close();
    }

    private ModelVersion register() {
        return f.registry.registry().register(f.admin, "churn", f.run(null, Map.of()), "", Map.of("team", "risk"));
    }

    @Test
    void resolvesByNumberWithTags() {
        register();
        ModelVersion v2 = register();
        assertThat(resolver.resolve("models:/churn/2")).isEqualTo(v2);
        assertThat(resolver.resolve("models:/churn/2").tags()).containsEntry("team", "risk");
    }

    @Test
    void resolvesByAlias() {
        ModelVersion v1 = register();
        register();
        f.registry.aliases().move(f.admin, v1.uri(), AliasName.CHALLENGER, "try the first");
        assertThat(resolver.resolve("models:/churn@challenger").version()).isEqualTo(1);
    }

    @Test
    void latestIsTheNewestActiveVersion() {
        register();
        ModelVersion v2 = register();
        assertThat(resolver.resolve("models:/churn/latest").version()).isEqualTo(2);
        f.registry.registry().archive(f.admin, v2.uri(), "bad");
        assertThat(resolver.resolve("models:/churn/latest").version()).isEqualTo(1);
    }

    @Test
    void archivedVersionsStillResolveByNumber() {
        ModelVersion v1 = register();
        f.registry.registry().archive(f.admin, v1.uri(), "old");
        assertThat(resolver.resolve(v1.uri()).status()).isEqualTo(VersionStatus.ARCHIVED);
    }

    @Test
    void unknownModelIsNotFound() {
        assertThatThrownBy(() -> resolver.resolve("models:/fraud/1"))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessage("No registered model named 'fraud' in this workspace");
    }

    @Test
    void unknownVersionNamesTheHighestOne() {
        register();
        register();
        assertThatThrownBy(() -> resolver.resolve("models:/churn/7"))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessage("Model 'churn' has no version 7 (its highest version is 2): models:/churn/7");
    }

    @Test
    void unknownAliasListsTheExistingOnes() {
        ModelVersion v1 = register();
        f.registry.aliases().move(f.admin, v1.uri(), AliasName.CHALLENGER, "x");
        f.registry.aliases().move(f.admin, v1.uri(), new AliasName("shadow"), "x");
        assertThatThrownBy(() -> resolver.resolve("models:/churn@champion"))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessage("Model 'churn' has no alias 'champion' (its aliases are challenger, shadow):"
                        + " models:/churn@champion");
    }

    @Test
    void latestFailsWhenEveryVersionIsArchived() {
        ModelVersion v1 = register();
        f.registry.registry().archive(f.admin, v1.uri(), "old");
        assertThatThrownBy(() -> resolver.resolve("models:/churn/latest"))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("has no active version for models:/churn/latest");
    }

    @Test
    void malformedTextIsRefusedBeforeAnyLookUp() {
        assertThatThrownBy(() -> resolver.resolve("churn:3")).isInstanceOf(InvalidModelUriException.class);
    }
}
