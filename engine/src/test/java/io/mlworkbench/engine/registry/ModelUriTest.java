package io.mlworkbench.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelUriTest {

    @Test
    void parsesVersionUri() {
        ModelUri uri = ModelUri.parse("models:/churn/3");
        assertThat(uri.modelName()).isEqualTo("churn");
        assertThat(uri.version()).hasValue(3);
        assertThat(uri.alias()).isEmpty();
    }

    @Test
    void parsesAliasUri() {
        ModelUri uri = ModelUri.parse("models:/churn.v2_eu-west@champion");
        assertThat(uri.modelName()).isEqualTo("churn.v2_eu-west");
        assertThat(uri.alias()).contains(AliasName.CHAMPION);
        assertThat(uri.version()).isEmpty();
    }

    @Test
    void parsesLatestUri() {
        assertThat(ModelUri.parse("models:/churn/latest").isLatest()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"models:/churn/3", "models:/churn@champion", "models:/churn/latest"})
    void printsTheCanonicalTextItParsed(String text) {
        assertThat(ModelUri.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "churn/3                 | it must start with 'models:/'",
        "model:/churn/3          | it must start with 'models:/'",
        "models:/churn           | no version or alias after the model name",
        "models:/churn/          | the version after '/' is empty",
        "models:/@champion       | the model name is empty",
        "models:/churn@          | the alias after '@' is empty",
        "models:/churn/3/4       | too many '/' parts",
        "models:/churn/three     | version 'three' is not a positive whole number or 'latest'",
        "models:/churn/-1        | version '-1' is not a positive whole number",
        "models:/churn/99999999999 | version '99999999999' is not a positive whole number",
        "models:/churn/3@champion | an alias URI has no version part",
        "models:/churn/0         | versions are numbered from 1",
        "models:/churn@Champion  | Invalid alias 'Champion'",
        "models:/churn@latest    | 'latest' and v<number> are reserved",
        "models:/churn@v2        | 'latest' and v<number> are reserved",
        "models:/../3            | Invalid model name '..'",
        "models:/my model/3      | Invalid model name 'my model'",
    })
    void rejectsMalformedUriNamingTheProblem(String text, String problem) {
        assertThatThrownBy(() -> ModelUri.parse(text))
                .isInstanceOf(InvalidModelUriException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining(problem);
    }

    @Test
    void errorForMissingSchemeListsTheAcceptedForms() {
        assertThatThrownBy(() -> ModelUri.parse("churn@champion"))
                .hasMessageContaining("expected models:/<name>/<version>, models:/<name>@<alias>"
                        + " or models:/<name>/latest");
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> ModelUri.parse(null)).isInstanceOf(InvalidModelUriException.class);
    }

    @Test
    void onlyChampionIsProtected() {
        assertThat(AliasName.CHAMPION.isProtected()).isTrue();
        assertThat(AliasName.CHALLENGER.isProtected()).isFalse();
        assertThat(new AliasName("shadow-eu").isProtected()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1st", "UPPER", "with space", "a.b", "latest", "v12"})
    void rejectsAliasesOutsideThePattern(String alias) {
        assertThatThrownBy(() -> new AliasName(alias)).isInstanceOf(InvalidModelUriException.class)
                .hasMessageContaining("Invalid alias '" + alias + "'");
    }
}
