"""The main window: cycle selector, filters, the alignment tree, the detail pane, menus and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.model import Cycle, OwnerKind
from okrdesk.domain.scope import owners_in_scope
from okrdesk.services.errors import OkrdeskError
from okrdesk.services.workspace import Workspace
from okrdesk.ui import commands
from okrdesk.ui import settings as preferences
from okrdesk.ui.controller import Change, Controller
from okrdesk.ui.delegates import ProgressDelegate, StatusDelegate
from okrdesk.ui.detail_pane import DetailPane
from okrdesk.ui.messages import text as message_text
from okrdesk.ui.settings import app_settings, me_for
from okrdesk.ui.tree_filter import TreeFilter
from okrdesk.ui.tree_model import (
    ID_ROLE,
    KIND_ROLE,
    OWNER,
    PROGRESS,
    STATUS,
    TITLE,
    AlignmentTreeModel,
)

ME = "me"


class SampleBanner(QFrame):
    """Says the workspace holds sample data and offers to start empty."""

    start_empty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        from okrdesk.ui.themes import follow_banner

        follow_banner(self, "sampleBanner", "warning")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        label = QLabel(
            self.tr(
                "This workspace holds sample OKRs to explore okrdesk. "
                "Change anything you like, or start afresh."
            )
        )
        label.setWordWrap(True)
        self.button = QPushButton(self.tr("Start with an empty workspace"))
        self.button.clicked.connect(self.start_empty)
        self.button.setAccessibleName(self.tr("Start with an empty workspace"))
        layout.addWidget(label, 1)
        layout.addWidget(self.button)


class MainWindow(QMainWindow):
    """One window on one workspace. File → Open replaces the workspace it shows."""

    workspace_replaced = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.controller = Controller(workspace, self)
        self.model = AlignmentTreeModel(self.controller, self)
        self.proxy = TreeFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_widgets()
        self._build_actions()
        self._connect()
        from okrdesk.ui.file_menu import FileMenu  # after the actions: it adds the File menu in front

        self.file_menu = FileMenu(self)
        from okrdesk.ui.checkin_menu import CheckInMenu

        self.checkin_menu = CheckInMenu(self)
        from okrdesk.ui.retro_menu import RetroMenu

        self.retro_menu = RetroMenu(self)
        from okrdesk.ui.exports import ExportMenu

        self.export_menu = ExportMenu(self)
        from okrdesk.ui.coach import CoachMenu

        self.coach_menu = CoachMenu(self)
        from okrdesk.ui.safety import WorkspaceSafety

        self.safety = WorkspaceSafety(self)
        self._restore_layout()
        self.set_workspace(workspace, first=True)

    # ---- construction -----------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        cycle_label = QLabel(self.tr("&Cycle:"))
        self.cycle_combo = QComboBox()
        self.cycle_combo.setMinimumContentsLength(16)
        self.cycle_combo.setAccessibleName(self.tr("Cycle"))
        cycle_label.setBuddy(self.cycle_combo)
        toolbar.addWidget(cycle_label)
        toolbar.addWidget(self.cycle_combo)
        toolbar.addSeparator()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search titles"))
        self.search.setMaximumWidth(320)
        self.search.setMinimumWidth(180)  # a long toolbar in German must not squeeze it to nothing
        toolbar.addWidget(self.search)
        owner_label = QLabel(self.tr(" &Show:"))
        self.owner_combo = QComboBox()
        self.owner_combo.setMinimumContentsLength(14)
        self.owner_combo.setAccessibleName(self.tr("Show the OKRs of"))
        owner_label.setBuddy(self.owner_combo)
        toolbar.addWidget(owner_label)
        toolbar.addWidget(self.owner_combo)
        toolbar.addSeparator()

        self.banner = SampleBanner()
        self.tree = QTreeView()
        self.tree.setObjectName("alignmentTree")
        self.tree.setAccessibleName(self.tr("Objectives and key results"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.tree))
        self.tree.setItemDelegateForColumn(STATUS, StatusDelegate(self.tree))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OWNER, 150), (PROGRESS, 170), (STATUS, 110), (4, 95), (5, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.detail = DetailPane(self.controller)
        self.detail.setMinimumWidth(300)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 380])
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.resize(1320, 800)

    def _action(self, text: str, slot: object, shortcut: object = None, tip: str = "") -> QAction:
        """An action with translated `text` and `tip` that saves what is typed in the detail pane first."""
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)  # type: ignore[arg-type]
        if tip:
            action.setStatusTip(tip)

        def run(_checked: bool = False) -> None:
            self.detail.commit_pending()  # what was typed in the detail pane is saved first, never lost
            slot()  # type: ignore[operator]

        action.triggered.connect(run)
        return action

    def _build_actions(self) -> None:
        stack = self.controller.undo_stack
        self.undo_action = self._action(
            self.tr("&Undo"), stack.undo, QKeySequence(QKeySequence.StandardKey.Undo)
        )
        self.redo_action = self._action(
            self.tr("&Redo"),
            stack.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)],
        )
        for action, can, text_changed, word in (
            (self.undo_action, stack.canUndoChanged, stack.undoTextChanged, self.tr("&Undo")),
            (self.redo_action, stack.canRedoChanged, stack.redoTextChanged, self.tr("&Redo")),
        ):
            action.setEnabled(False)
            can.connect(action.setEnabled)
            text_changed.connect(lambda text, a=action, w=word: a.setText(f"{w} {text}".strip()))
        S = QKeySequence.StandardKey
        self.add_objective_action = self._action(
            self.tr("Add &objective"),
            self.add_objective,
            [QKeySequence(S.New), QKeySequence(Qt.Key.Key_Insert)],
            self.tr("Add an objective beside the selected one"),
        )
        self.add_child_action = self._action(
            self.tr("Add &aligned objective"),
            self.add_aligned_objective,
            QKeySequence("Ctrl+Shift+N"),
            self.tr("Add an objective that contributes to the selected one"),
        )
        self.add_kr_action = self._action(
            self.tr("Add &key result"),
            self.add_key_result,
            QKeySequence("Ctrl+K"),
            self.tr("Add a key result to the selected objective"),
        )
        self.template_action = self._action(
            self.tr("New from &Template…"),
            self.new_from_template,
            QKeySequence("Ctrl+Shift+T"),
            self.tr(
                "Add a well-formed objective with key results from a template, edited before it is added"
            ),
        )
        self.rename_action = self._action(self.tr("Re&name"), self.rename, QKeySequence(Qt.Key.Key_F2))
        self.delete_action = self._action(self.tr("&Delete"), self.delete_selected, QKeySequence(S.Delete))
        self.align_action = self._action(
            self.tr("A&lign to…"),
            self.align_selected,
            QKeySequence("Ctrl+L"),
            self.tr("Choose the objective the selected one contributes to"),
        )
        self.up_action = self._action(
            self.tr("Move u&p"), lambda: self.move_selected(-1), QKeySequence("Ctrl+Up")
        )
        self.down_action = self._action(
            self.tr("Move do&wn"), lambda: self.move_selected(1), QKeySequence("Ctrl+Down")
        )
        self.find_action = self._action(self.tr("&Find"), self.focus_search, QKeySequence(S.Find))
        self.expand_action = self._action(self.tr("&Expand all"), self.tree.expandAll, QKeySequence("Ctrl+E"))
        self.collapse_action = self._action(
            self.tr("&Collapse all"), self.tree.collapseAll, QKeySequence("Ctrl+Shift+E")
        )
        self.present_action = self._action(
            self.tr("&Present"),
            self.present,
            QKeySequence(Qt.Key.Key_F5),
            self.tr(
                "Show the OKRs full screen for a meeting: slides or the tree, a timer, a confidence round"
            ),
        )
        self.people_action = self._action(
            self.tr("&People and teams…"), self.show_people, QKeySequence("Ctrl+Shift+P")
        )
        self.cycles_action = self._action(self.tr("&Cycles…"), self.show_cycles, QKeySequence("Ctrl+Shift+Y"))
        self.prefs_action = self._action(
            self.tr("P&references…"),
            self.show_preferences,
            [QKeySequence(S.Preferences), QKeySequence("Ctrl+,")],
        )
        self.about_action = self._action(self.tr("&About okrdesk"), self.show_about)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.add_objective_action,
            self.add_child_action,
            self.add_kr_action,
            self.template_action,
            None,
            self.rename_action,
            self.delete_action,
            self.align_action,
            self.up_action,
            self.down_action,
            None,
            self.find_action,
        ):
            edit.addSeparator() if action is None else edit.addAction(action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(self.present_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.expand_action)
        self.view_menu.addAction(self.collapse_action)
        self.view_menu.addSeparator()
        self._add_theme_menu(self.view_menu.addMenu(self.tr("&Theme")))
        workspace_menu = self.menuBar().addMenu(self.tr("&Workspace"))
        for action in (self.people_action, self.cycles_action, None, self.prefs_action):
            workspace_menu.addSeparator() if action is None else workspace_menu.addAction(action)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)
        for action in (self.add_objective_action, self.add_kr_action, None):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)
        self._add_short_undo_buttons()
        for action in (
            self.add_objective_action,
            self.add_child_action,
            self.add_kr_action,
            self.rename_action,
            self.align_action,
            self.up_action,
            self.down_action,
            self.delete_action,
        ):
            self.tree.addAction(action)

    def _add_theme_menu(self, menu: QMenu) -> None:
        """View → Theme: the same choice as in Preferences, one keystroke away for a facilitator."""
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for choice, text in (
            ("system", self.tr("Follow the &system")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
            ("high_contrast", self.tr("&High contrast")),
        ):
            action = QAction(text, self.theme_group)
            action.setCheckable(True)
            action.setChecked(choice == preferences.theme())
            action.triggered.connect(lambda _checked=False, c=choice: self.choose_theme(c))
            menu.addAction(action)
            self.theme_actions[choice] = action

    def choose_theme(self, choice: str) -> None:
        """Shows the app in another theme and remembers it."""
        from okrdesk.ui import themes

        themes.choose(choice)
        action = self.theme_actions.get(preferences.theme())
        if action is not None:
            action.setChecked(True)
        self.tree.viewport().update()

    def _add_short_undo_buttons(self) -> None:
        """Toolbar buttons say just "Undo"/"Redo" (the menu says what); the tooltip names the step."""
        stack = self.controller.undo_stack
        for label, action, can, text_changed in (
            (self.tr("Undo"), self.undo_action, stack.canUndoChanged, stack.undoTextChanged),
            (self.tr("Redo"), self.redo_action, stack.canRedoChanged, stack.redoTextChanged),
        ):
            button = QAction(label, self)
            button.setEnabled(action.isEnabled())
            button.triggered.connect(action.trigger)
            can.connect(button.setEnabled)
            text_changed.connect(lambda text, b=button, name=label: b.setToolTip(f"{name} {text}".strip()))
            self.toolbar.addAction(button)

    def _remember_expansion(self) -> None:
        """Before the model reloads: which branches are open, for the same cycle after the reload."""
        expanded: set[tuple[str, int]] = set()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    expanded.add((index.data(KIND_ROLE), index.data(ID_ROLE)))
                    stack.append(index)
        self._expansion = (self.model.cycle.id if self.model.cycle else None, expanded, self.selected_key())

    def _restore_expansion(self) -> None:
        saved = getattr(self, "_expansion", None)
        self._expansion = None
        if saved is None or self.model.cycle is None or saved[0] != self.model.cycle.id:
            return
        for key in saved[1]:
            index = self.proxy.mapFromSource(self.model.index_for(key))
            if index.isValid():
                self.tree.expand(index)
        if saved[2] is not None:
            self.select(saved[2])

    def _connect(self) -> None:
        self.model.modelAboutToBeReset.connect(self._remember_expansion)
        self.model.modelReset.connect(self._restore_expansion)
        self.controller.changed.connect(self._on_changed)
        self.controller.failed.connect(self.show_error)
        self.cycle_combo.currentIndexChanged.connect(self._on_cycle_chosen)
        self.owner_combo.currentIndexChanged.connect(self._apply_owner_filter)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.banner.start_empty.connect(self.start_empty)
        self.detail.objective_form.align_requested.connect(lambda _id: self.align_selected())

    # ---- the workspace ------------------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        return self.controller.workspace

    def set_workspace(self, workspace: Workspace, first: bool = False) -> None:
        """Shows another workspace in this window (its own undo history starts empty)."""
        if not first:
            old = self.controller.workspace
            self.controller.undo_stack.clear()
            self.controller.workspace = workspace
            old.close()
        self.setWindowFilePath(str(workspace.path))
        self.setWindowTitle(self.tr("{workspace} – okrdesk").format(workspace=workspace.path.stem))
        self.banner.setVisible(workspace.is_sample and not workspace.read_only)
        self._fill_cycles(select=workspace.current_cycle())
        self._fill_owner_filter()
        self.workspace_replaced.emit()

    def _fill_cycles(self, select: Cycle | None = None) -> None:
        """Lists the cycles again, keeping the chosen one (or choosing `select`), and shows its tree."""
        current = select.id if select is not None else self.cycle_combo.currentData()
        with QSignalBlocker(self.cycle_combo):
            self.cycle_combo.clear()
            for cycle in self.workspace.cycles():
                self.cycle_combo.addItem(
                    self.tr("{name}  ·  {state}").format(name=cycle.name, state=self._state_word(cycle)),
                    cycle.id,
                )
            index = self.cycle_combo.findData(current)
            self.cycle_combo.setCurrentIndex(index if index >= 0 else 0)
        self._load_cycle()

    def _state_word(self, cycle: Cycle) -> str:
        return {
            "planning": self.tr("planning"),
            "active": self.tr("active"),
            "closed": self.tr("closed"),
        }.get(cycle.state.value, cycle.state.value)

    def _on_cycle_chosen(self, _index: int) -> None:
        self._load_cycle()

    def _load_cycle(self) -> None:
        try:
            self.model.load(self.cycle_combo.currentData())
        except OkrdeskError as exc:  # a damaged value in this cycle: say so, show nothing rather than half
            self.model.load(None)
            message = message_text(exc)
            QTimer.singleShot(0, self, lambda: self.show_error(message))
        self._expand_top()
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)
        else:
            self.detail.show_item(None)
        self._update_actions()

    def _expand_top(self) -> None:
        """Opens the first two levels (objectives and what hangs below them), not the whole tree."""
        if self.model.rowCount() > 300:
            return
        for row in range(self.proxy.rowCount()):
            self.tree.expand(self.proxy.index(row, 0))

    def _fill_owner_filter(self) -> None:
        current = self.owner_combo.currentData()
        with QSignalBlocker(self.owner_combo):
            self.owner_combo.clear()
            self.owner_combo.addItem(self.tr("Everyone"), None)
            self.owner_combo.addItem(self.tr("My OKRs"), ME)
            owners = self.workspace.owners()
            for team in (o for o in owners if o.kind == OwnerKind.TEAM):
                self.owner_combo.addItem(self.tr("Team: {name}").format(name=team.name), ("team", team.id))
            for person in sorted(
                (o for o in owners if o.kind == OwnerKind.PERSON), key=lambda o: o.name.casefold()
            ):
                self.owner_combo.addItem(person.name, ("person", person.id))
            index = self.owner_combo.findData(current)
            self.owner_combo.setCurrentIndex(max(0, index))
        self._apply_owner_filter()

    def _apply_owner_filter(self) -> None:
        keep = self.selected_key()
        choice = self.owner_combo.currentData()
        owners = self.workspace.owners()
        if choice is None:
            self.proxy.set_owners(None)
        elif choice == ME:
            me = me_for(self.workspace.path)
            if me is None:
                self.statusBar().showMessage(
                    self.tr("Choose who you are in Preferences to see your OKRs."), 8000
                )
            self.proxy.set_owners(frozenset() if me is None else frozenset({me}))
        elif choice[0] == "person":
            self.proxy.set_owners(frozenset({choice[1]}))
        else:  # a team: the team, its sub-teams and their people
            self.proxy.set_owners(owners_in_scope(owners, choice[1]))
        self._after_filter(keep)

    def _apply_search(self) -> None:
        keep = self.selected_key()
        self.proxy.set_text(self.search.text())
        self._after_filter(keep)

    def _after_filter(self, keep: tuple[str, int] | None = None) -> None:
        """After the proxy was reset: open what matters and keep the selection where it can be kept."""
        if self.proxy.active and self.proxy.rowCount() < 200:
            self.tree.expandAll()
        else:
            self._expand_top()
        if keep is not None:
            self.select(keep)
        if not self.tree.currentIndex().isValid() and self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))

    # ---- selection ---------------------------------------------------------------------------------------

    def selected_key(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return (index.data(KIND_ROLE), index.data(ID_ROLE))

    def select(self, key: tuple[str, int]) -> None:
        source = self.model.index_for(key)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_item(self.selected_key())
        self._update_actions()

    def _update_actions(self) -> None:
        key = self.selected_key()
        has_cycle = self.cycle_combo.currentData() is not None
        self.add_objective_action.setEnabled(has_cycle)
        for action in (self.rename_action, self.delete_action, self.up_action, self.down_action):
            action.setEnabled(key is not None)
        self.add_kr_action.setEnabled(key is not None)
        self.add_child_action.setEnabled(key is not None and key[0] == "objective")
        self.align_action.setEnabled(key is not None and key[0] == "objective")

    def _on_changed(self, change: Change) -> None:
        if change.owners:
            self._fill_owner_filter()
        if change.cycles or change.reload:
            self.banner.setVisible(self.workspace.is_sample and not self.workspace.read_only)
            self._fill_cycles()
        else:
            self.model.apply(change)
            if self.proxy.active:  # an edit can change what matches the filter
                keep = change.select or self.selected_key()
                self.proxy.refresh()
                self._after_filter(keep)
        if change.select is not None:
            self.select(change.select)
        self._update_actions()

    # ---- commands ------------------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        """A refusal or failure, in words; user text in it is shown literally, never as rich text."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("okrdesk"), message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.ask(box)

    def _me(self) -> int | None:
        me = me_for(self.workspace.path)
        return me if me in {p.id for p in self.workspace.people()} else None

    def add_objective(self) -> None:
        cycle_id = self.cycle_combo.currentData()
        if cycle_id is None:
            return
        key = self.selected_key()
        parent_id, index = None, None
        if key is not None and key[0] == "objective":
            objective = self.workspace.objective(key[1])
            if objective.cycle_id == cycle_id:
                parent_id, index = objective.parent_id, objective.position + 1
        self._create_objective(cycle_id, parent_id, index)

    def add_aligned_objective(self) -> None:
        key = self.selected_key()
        if key is None or key[0] != "objective":
            return
        parent = self.workspace.objective(key[1])
        self._create_objective(parent.cycle_id, parent.id, None)

    def _create_objective(self, cycle_id: int, parent_id: int | None, index: int | None) -> None:
        command = commands.AddObjective(
            self.controller,
            cycle_id,
            self.tr("New objective"),
            parent_id=parent_id,
            index=index,
            owner_id=self._me(),
        )
        if self.controller.execute(command):
            self.rename()

    def add_key_result(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        objective_id = key[1] if key[0] == "objective" else self.workspace.key_result(key[1]).objective_id
        command = commands.AddKeyResult(
            self.controller,
            objective_id,
            self.tr("New key result"),
            kr_type="increase",
            start=0,
            target=100,
            unit="%",
            owner_id=None,
        )
        if self.controller.execute(command):
            self.tree.expand(self.proxy.mapFromSource(self.model.index_for(("objective", objective_id))))
            self.rename()

    def rename(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(TITLE))

    def delete_selected(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        node = self.model.nodes.get(key)
        if node is None or node.item is None:
            return
        title = node.item.title if len(node.item.title) <= 80 else node.item.title[:79] + "…"
        if key[0] == "objective":
            krs = [c.item.id for c in node.children if c.kind == "key_result" and c.item is not None]
            children = sum(1 for c in node.children if c.kind == "objective")
            check_ins = self.workspace.check_in_count(krs)
            parts = [self.tr("Delete the objective “{title}”?").format(title=title)]
            if krs:
                parts.append(
                    self.tr("Its {n} key result(s) and their {c} check-in(s) will be deleted too.").format(
                        n=len(krs), c=check_ins
                    )
                )
            if children:
                parts.append(
                    self.tr("{n} aligned objective(s) will be kept, no longer aligned.").format(n=children)
                )
            command: commands.EditCommand = commands.DeleteObjective(self.controller, key[1])
        else:
            check_ins = self.workspace.check_in_count([key[1]])
            parts = [self.tr("Delete the key result “{title}”?").format(title=title)]
            if check_ins:
                parts.append(self.tr("Its {c} check-in(s) will be deleted too.").format(c=check_ins))
            command = commands.DeleteKeyResult(self.controller, key[1])
        parts.append(self.tr("You can undo this with Ctrl+Z."))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            "\n\n".join(parts),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if self.ask(box) is delete_button:
            following = self._neighbour_key()
            if self.controller.execute(command) and following is not None:
                self.select(following)

    def _neighbour_key(self) -> tuple[str, int] | None:
        """What to select once the current row is gone: the next sibling, else the previous, else the parent.

        Kept as a key, not an index: the edit may reset the filter model and invalidate every index.
        """
        current = self.tree.currentIndex()
        parent = current.parent()
        for row in (current.row() + 1, current.row() - 1):
            sibling = self.proxy.index(row, 0, parent)
            if sibling.isValid():
                return (sibling.data(KIND_ROLE), sibling.data(ID_ROLE))
        return (parent.data(KIND_ROLE), parent.data(ID_ROLE)) if parent.isValid() else None

    def ask(self, box: QMessageBox) -> object:
        """Runs a message box and returns the clicked button (tests replace this)."""
        box.exec()
        return box.clickedButton()

    def align_selected(self) -> None:
        key = self.selected_key()
        if key is None or key[0] != "objective":
            return
        from okrdesk.ui.dialogs.align import AlignToDialog

        accepted, parent_id = AlignToDialog.ask(self, self.workspace, key[1])
        if accepted:
            objective = self.workspace.objective(key[1])
            if parent_id != objective.parent_id:
                self.controller.execute(
                    commands.MoveObjective(
                        self.controller,
                        key[1],
                        parent_id,
                        None,
                        self.tr("Align “{t}”").format(t=commands.short_title(objective.title)),
                    )
                )

    def move_selected(self, step: int) -> None:
        key = self.selected_key()
        if key is None:
            return
        try:
            if key[0] == "objective":
                objective = self.workspace.objective(key[1])
                if objective.position + step < 0:
                    return
                self.controller.execute(
                    commands.MoveObjective(
                        self.controller, key[1], objective.parent_id, objective.position + step
                    )
                )
            else:
                kr = self.workspace.key_result(key[1])
                if kr.position + step < 0:
                    return
                self.controller.execute(
                    commands.MoveKeyResult(self.controller, key[1], kr.objective_id, kr.position + step)
                )
        except OkrdeskError as exc:
            self.show_error(message_text(exc))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def start_empty(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Start with an empty workspace"),
            self.tr(
                "Remove all sample objectives, key results, check-ins, people, teams and cycles, "
                "and start with just the current quarter? This cannot be undone."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        clear = box.addButton(self.tr("Start empty"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if self.ask(box) is not clear:
            return
        try:
            self.workspace.clear_all()
        except OkrdeskError as exc:
            self.show_error(message_text(exc))
            return
        self.controller.undo_stack.clear()
        self.banner.hide()
        self._on_changed(Change(reload=True, owners=True, cycles=True))

    def new_from_template(self) -> None:
        from okrdesk.ui.dialogs.templates import new_from_template

        new_from_template(self)

    def present(self) -> None:
        """F5: the shown cycle full screen for a meeting; Esc comes back here."""
        from okrdesk.ui.presentation import present

        self.presentation = present(self)

    def show_people(self) -> None:
        from okrdesk.ui.dialogs.people import PeopleTeamsDialog

        PeopleTeamsDialog(self.controller, self).exec()

    def show_cycles(self) -> None:
        from okrdesk.ui.dialogs.cycles import CyclesDialog

        CyclesDialog(self.controller, self).exec()

    def show_preferences(self) -> None:
        from okrdesk.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog.ask(self.controller, self)
        self._apply_owner_filter()
        action = self.theme_actions.get(preferences.theme())
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> None:
        from okrdesk import __version__

        text = self.tr("okrdesk {v}\n\nObjectives and key results, offline.\nWorkspace: {path}")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About okrdesk"),
            text.format(v=__version__, path=self.workspace.path),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.ask(box)

    # ---- layout memory ------------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value("window/tree_header")
        if header is not None:
            self.tree.header().restoreState(header)

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/tree_header", self.tree.header().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.safety.heartbeat.stop()  # a closed window neither refreshes the lock nor pops up about it
        super().closeEvent(event)
