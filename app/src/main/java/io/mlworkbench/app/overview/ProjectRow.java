package io.mlworkbench.app.overview;

/**
 * A project as one row of the overview's project table.
 *
 * @param name the project's name
 * @param description its description
 * @param createdBy who created it
 * @param createdAt when, formatted for the user
 * @param archived whether it is archived
 * @param status "Active" or "Archived since …"
 */
public record ProjectRow(String name, String description, String createdBy, String createdAt, boolean archived,
                         String status) {
}
