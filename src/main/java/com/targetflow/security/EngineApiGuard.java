package com.targetflow.security;

import com.targetflow.web.UserLocale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the engine's task, form, runtime and identity services behind the rules of
 * {@link TaskApiRules}, {@link VariableRules} and {@link AccountRules}. engine-rest, the webapps
 * and the app all take their services from the engine, so every call a person makes passes the
 * rules, however it arrives. The rules are written against the services' public methods (no
 * command interceptor on the engine's internal commands), so they survive a move to a maintained fork.
 */
@Component
class EngineApiGuard extends AbstractProcessEnginePlugin {

    private final MessageSource messages;
    private final ObjectProvider<UserLocale> userLocale;

    EngineApiGuard(MessageSource messages, ObjectProvider<UserLocale> userLocale) {
        this.messages = messages;
        this.userLocale = userLocale;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        IdentityService identity = engine.getIdentityService();
        EngineRefusals refusals = new EngineRefusals(messages, userLocale);
        TaskApiRules taskRules = new TaskApiRules(engine.getTaskService(), engine.getFormService(), identity, refusals);
        engine.setTaskService(GuardedService.guard(engine.getTaskService(), identity, taskRules));
        engine.setFormService(GuardedService.guard(engine.getFormService(), identity, taskRules));
        engine.setRuntimeService(
                GuardedService.guard(engine.getRuntimeService(), identity, new VariableRules(refusals)));
        engine.setIdentityService(GuardedService.guard(identity, identity, new AccountRules(identity, refusals)));
    }
}
