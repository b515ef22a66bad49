package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.data.Column;
import io.mlworkbench.engine.data.StringColumn;
import io.mlworkbench.engine.validation.ExpectationNames;
import io.mlworkbench.engine.validation.ParameterSpec;
import io.mlworkbench.engine.validation.ParameterType;
import io.mlworkbench.engine.validation.RuleArguments;
import java.util.regex.Pattern;

/**
 * {@code expect_column_values_to_match_regex}: each value contains a match of the expression (Python's
 * {@code re.search}, as GX; anchor with ^ and $ to match whole values). Numbers are matched as the column writes
 * them. Each distinct label is matched once.
 */
final class RegexExpectation extends ColumnValueExpectation {

    private static final String REGEX = "regex";

    RegexExpectation() {
        super(ExpectationNames.MATCH_REGEX, "Each value contains a match of regex (use ^ and $ to match the whole "
                        + "value).", Parameters.ALL_TYPES, true,
                ParameterSpec.required(REGEX, ParameterType.REGEX, "The regular expression, Java syntax."));
    }

    @Override
    RowCheck rowCheck(Column column, RuleArguments arguments) {
        Pattern pattern = arguments.regex(REGEX);
        if (column instanceof StringColumn labels) {
            byte[] known = new byte[labels.dictionary().size()];
            return r -> {
                int code = labels.code(r);
                if (known[code] == 0) {
                    known[code] = (byte) (pattern.matcher(labels.dictionary().get(code)).find() ? 1 : 2);
                }
                return known[code] == 1;
            };
        }
        return r -> pattern.matcher(column.format(r)).find();
    }
}
