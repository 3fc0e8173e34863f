package com.targetflow.forms;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Why a reviewer sent work back, kept as a Camunda comment on the process instance: Tasklist shows
 * it under the task, the workbench shows it as the notice of returned work. Comments are stored
 * data, written once, so they are written in the office's language with a fixed mark in front.
 */
public final class ReturnNote {

    public static final String MARK = "【退回】";

    private ReturnNote() {}

    public static void write(DelegateTask reviewTask, String reason) {
        String text = reason == null || reason.isBlank() ? MARK : MARK + reason.strip();
        // A comment's message column holds 4,000 characters; the reasons are checked to 1,000 each.
        if (text.length() > 3900) {
            text = text.substring(0, 3899) + "…";
        }
        reviewTask
                .getProcessEngineServices()
                .getTaskService()
                .createComment(reviewTask.getId(), reviewTask.getProcessInstanceId(), text);
    }

    public static boolean isReturn(String message) {
        return message != null && message.startsWith(MARK);
    }

    public static String reasonOf(String message) {
        return isReturn(message) ? message.substring(MARK.length()) : message;
    }
}
