package com.targetflow.models;

/**
 * The names bpmn/forms/complete-action-item.form uses — a unit doing a meeting's action item (办理交办事项):
 * its fields, the lists and options given to it, the variables its texts and conditions read.
 * FormContractTest fails the build when the form and this class differ; the rows the code gives its
 * lists are @FormRows records.
 */
public final class CompleteActionItemForm {

    public static final String EVIDENCE_LINK = "evidenceLink";
    public static final String ITEM_COMMENT = "itemComment";
    public static final String ITEM_DUE = "itemDue";
    public static final String ITEM_TITLE = "itemTitle";
    public static final String RESULT = "result";

    private CompleteActionItemForm() {}
}
