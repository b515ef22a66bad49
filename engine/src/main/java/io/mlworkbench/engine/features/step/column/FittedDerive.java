package io.mlworkbench.engine.features.step.column;

import io.mlworkbench.engine.data.ColumnSchema;
import io.mlworkbench.engine.data.ColumnType;
import io.mlworkbench.engine.data.DatasetSchema;
import io.mlworkbench.engine.features.expression.CompiledExpression;
import io.mlworkbench.engine.features.expression.ValueKind;
import io.mlworkbench.engine.features.step.BoundStep;
import io.mlworkbench.engine.features.step.ColumnPlan;
import io.mlworkbench.engine.features.step.FittedStep;

/**
 * The settings of {@link DeriveStep}.
 *
 * @param name the new column
 * @param expression the expression text
 */
public record FittedDerive(String name, String expression) implements FittedStep {

    @Override
    public BoundStep bind(DatasetSchema input) {
        CompiledExpression compiled = CompiledExpression.compile(expression, input);
        ColumnType type = switch (compiled.kind()) {
            case BOOLEAN -> ColumnType.BOOLEAN;
            case TEXT -> ColumnType.CATEGORICAL;
            case NUMBER -> ColumnType.DECIMAL;
        };
        ColumnPlan plan = ColumnPlan.from(input).append(ColumnSchema.feature(name, type)).build();
        int slot = plan.outputSlot(name);
        boolean text = compiled.kind() == ValueKind.TEXT;
        return plan.bind((in, out) -> {
            if (text) {
                out.setLabel(slot, compiled.evaluateText(in));
            } else {
                out.setNumber(slot, compiled.evaluateNumber(in));
            }
        });
    }
}
