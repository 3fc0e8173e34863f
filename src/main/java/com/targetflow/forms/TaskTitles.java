package com.targetflow.forms;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells tasks of the same kind apart in every task list: the model's name and what this one is about
 * (现场检查：东城科普画廊). A task has one name for all its readers, written the way the model's
 * names are, in Chinese.
 */
@Component
public class TaskTitles {

    private final MessageSource messages;

    TaskTitles(MessageSource messages) {
        this.messages = messages;
    }

    public void about(DelegateTask task, String what) {
        task.setName(messages.getMessage("text.about", new Object[] {task.getName(), what}, Locale.SIMPLIFIED_CHINESE));
    }
}
