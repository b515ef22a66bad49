package io.mlworkbench.engine.validation.expectation;

/** Whether the present value in one row meets a column value rule. */
@FunctionalInterface
interface RowCheck {

    /**
     * @param row a 0-based row whose value is present
     * @return true when the value is as expected
     */
    boolean isExpected(int row);
}
