package com.targetflow.notification;

/** A mail's subject and its two bodies, in the recipient's language. */
record RenderedMail(String subject, String text, String html) {}
