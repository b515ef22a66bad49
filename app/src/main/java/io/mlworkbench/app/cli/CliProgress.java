package io.mlworkbench.app.cli;

import io.mlworkbench.engine.task.ProgressListener;

/**
 * Reports a long operation's progress on standard error, so that standard output stays the result: a line at
 * each tenth of the work, or when the message changes while the total is unknown.
 */
final class CliProgress implements ProgressListener {

    private final CliOutput out;
    private int lastTenth = -1;
    private String lastMessage = "";

    CliProgress(CliOutput out) {
        this.out = out;
    }

    @Override
    public void progress(long done, long total, String message) {
        String text = message == null ? "" : message;
        if (total > 0) {
            int tenth = (int) Math.min(10, done * 10 / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.error(text + " " + tenth * 10 + "%");
            }
        } else if (!text.equals(lastMessage)) {
            out.error(text + "...");
        }
        lastMessage = text;
    }
}
