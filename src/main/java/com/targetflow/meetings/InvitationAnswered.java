package com.targetflow.meetings;

/** 参会回执: an invitee comes, sends a deputy (named), or cannot come (and says why). */
public record InvitationAnswered(long meetingId, String username, Reply reply, String deputyName, String reason) {}
