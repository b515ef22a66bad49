package io.mlworkbench.app.registry;

import io.mlworkbench.app.view.TableColumns;
import io.mlworkbench.app.view.ViewLoader;
import io.mlworkbench.engine.access.Member;
import io.mlworkbench.engine.access.Role;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Binds the members tab: the members table, and for admins the grant / change / revoke editor. */
public final class MembersView {

    private final MembersViewModel viewModel;
    private final Parent root;

    @FXML private TableView<Member> memberTable;
    @FXML private TableColumn<Member, String> loginColumn;
    @FXML private TableColumn<Member, String> roleColumn;
    @FXML private TableColumn<Member, String> grantedByColumn;
    @FXML private TableColumn<Member, String> grantedAtColumn;
    @FXML private HBox editor;
    @FXML private TextField loginField;
    @FXML private ComboBox<Role> roleChoice;
    @FXML private Button revokeButton;
    @FXML private Label viewerNote;

    /**
     * @param viewModel the members and the editor's state
     * @param loader the FXML loader
     */
    public MembersView(MembersViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.root = loader.load(this);
    }

    /** @return the view's root node */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        memberTable.setItems(viewModel.members());
        TableColumns.text(loginColumn, Member::login);
        TableColumns.text(roleColumn, member -> member.role().storedName());
        TableColumns.text(grantedByColumn, Member::grantedBy);
        TableColumns.text(grantedAtColumn, member -> member.grantedAt().toString());
        roleChoice.getItems().setAll(Role.values());
        roleChoice.valueProperty().bindBidirectional(viewModel.roleProperty());
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        editor.disableProperty().bind(viewModel.adminProperty().not());
        viewerNote.visibleProperty().bind(viewModel.adminProperty().not());
        revokeButton.disableProperty().bind(memberTable.getSelectionModel().selectedItemProperty().isNull());
        memberTable.getSelectionModel().selectedItemProperty().addListener((obs, old, member) -> {
            if (member != null) {
                viewModel.loginProperty().set(member.login());
                viewModel.roleProperty().set(member.role());
            }
        });
    }

    @FXML
    private void grant() {
        viewModel.grant();
    }

    @FXML
    private void revoke() {
        viewModel.revoke(memberTable.getSelectionModel().getSelectedItem());
    }
}
