package com.targetflow.models;

/**
 * The names bpmn/forms/review-action-item.form uses — the district reviewing an action item (审核交办事项):
 * its fields, the lists and options given to it, the variables its texts and conditions read.
 * FormContractTest fails the build when the form and this class differ; the rows the code gives its
 * lists are @FormRows records.
 */
public final class ReviewActionItemForm {

    public static final String ACTION_ITEM_ACCEPTED = "actionItemAccepted";
    public static final String EVIDENCE_LINK = "evidenceLink";
    public static final String ITEM_DUE = "itemDue";
    public static final String ITEM_RESULT = "itemResult";
    public static final String ITEM_TITLE = "itemTitle";
    public static final String ITEM_UNIT = "itemUnit";
    public static final String REVIEW_COMMENT = "reviewComment";

    private ReviewActionItemForm() {}
}
